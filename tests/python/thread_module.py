# _thread: locks, thread start and identity, thread-local data, interrupt_main, excepthook
import _thread
import sys
import io
import time

# -- locks
lock = _thread.allocate_lock()
print(type(lock).__name__, lock.locked())
print(lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
for args, kw in [((False, 1), {}), ((True, -2), {}), ((), {"timeout": 1e20})]:
    try:
        lock.acquire(*args, **kw)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
with lock:
    print("in with", lock.locked())
print("after with", lock.locked())
print(repr(lock).startswith("<unlocked _thread.lock object at"))

r = _thread.RLock()
print(r.acquire(), r.acquire(), r._recursion_count(), r._is_owned())
r.release()
r.release()
print(r._recursion_count(), r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)

# -- threads
print(type(_thread.get_ident()).__name__, type(_thread.get_native_id()).__name__)
main_ident = _thread.get_ident()
done = _thread.allocate_lock()
done.acquire()
seen = {}

def worker(a, b, *, c):
    seen["args"] = (a, b, c)
    seen["other_ident"] = _thread.get_ident() != main_ident
    seen["count"] = _thread._count()
    done.release()

_thread.start_new_thread(worker, (1, 2), {"c": 3})
done.acquire()
print(seen)
while _thread._count():
    time.sleep(0.001)
print("count after", _thread._count())

for bad in [(1, ()), (worker, [1]), (worker, (), [])]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print("TypeError", e)

# sentinel: released when the thread ends
holder = {}
def with_sentinel():
    s = _thread._set_sentinel()
    s.acquire()
    holder["lock"] = s
    done.release()

_thread.start_new_thread(with_sentinel, ())
done.acquire()
holder["lock"].acquire()  # returns once the thread finished
print("sentinel released")

# many threads incrementing under a lock
total = [0]
counter_lock = _thread.allocate_lock()
finished = []
def add(n):
    for i in range(n):
        with counter_lock:
            total[0] += 1
    with counter_lock:
        finished.append(n)

for i in range(5):
    _thread.start_new_thread(add, (2000,))
while True:
    with counter_lock:
        if len(finished) == 5:
            break
    time.sleep(0.001)
print("total", total[0])

# -- stack_size
print(_thread.stack_size())
try:
    _thread.stack_size(100)
except ValueError as e:
    print("ValueError", e)
print(_thread.stack_size(1 << 20), _thread.stack_size(0), _thread.stack_size())

# -- thread-local data
loc = _thread._local()
loc.x = 1
out = {}
def look():
    out["has_x"] = hasattr(loc, "x")
    loc.x = 2
    out["x"] = loc.x
    done.release()
_thread.start_new_thread(look, ())
done.acquire()
print(out, loc.x)

class MyLocal(_thread._local):
    def __init__(self, v):
        self.v = v
        self.inits = getattr(self, "inits", 0) + 1

ml = MyLocal(7)
def look2():
    out["v"] = (ml.v, ml.inits)
    ml.v = 8
    done.release()
_thread.start_new_thread(look2, ())
done.acquire()
print(out["v"], ml.v, ml.inits)
try:
    _thread._local(1)
except TypeError as e:
    print("TypeError", e)

# -- interrupt_main: KeyboardInterrupt in the main thread at its next check
try:
    _thread.interrupt_main()
    for i in range(100000):
        pass
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt")

# -- exceptions in threads
old = sys.stderr
sys.stderr = buf = io.StringIO()
def fails():
    try:
        raise ValueError("boom")
    finally:
        done.release()
_thread.start_new_thread(fails, ())
done.acquire()
while _thread._count():
    time.sleep(0.001)
sys.stderr = old
text = buf.getvalue()
print(text.startswith("Exception ignored in thread started by: <function fails at"), text.strip().splitlines()[-1])

args = _thread._ExceptHookArgs((ValueError, ValueError("x"), None, None))
print(args.exc_type, args.exc_value, args.thread)
sys.stderr = buf = io.StringIO()
_thread._excepthook(_thread._ExceptHookArgs((SystemExit, SystemExit(), None, None)))
class T:
    name = "worker-1"
try:
    raise KeyError("k")
except KeyError as e:
    _thread._excepthook(_thread._ExceptHookArgs((KeyError, e, e.__traceback__, T())))
sys.stderr = old
lines = buf.getvalue().splitlines()
print(lines[0], lines[1], lines[-1])
print(_thread.TIMEOUT_MAX > 1e9, _thread.error is RuntimeError)
