# threading on real threads: start/join, Event, Condition, Semaphore, Barrier, Timer, queue, excepthook, switch interval
import sys
import threading
import time
import queue

print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(1e-9)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError", e)
sys.setswitchinterval(0.005)

main = threading.current_thread()
print(main.name, main is threading.main_thread(), threading.active_count())

# CPU-bound threads interleave (the interpreter lock is handed over) and all finish
results = {}
def spin(n):
    s = 0
    for i in range(50000):
        s += i % 7
    results[n] = s
threads = [threading.Thread(target=spin, args=(i,), name=f"spin-{i}") for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()), [t.is_alive() for t in threads], threading.active_count())
print(threads[0].name, threads[0].ident is not None, threads[0].native_id is not None)

# Event
ev = threading.Event()
def setter():
    time.sleep(0.01)
    ev.set()
threading.Thread(target=setter).start()
print("event", ev.wait(10), ev.is_set())
ev2 = threading.Event()
print("event timeout", ev2.wait(0.01))

# Condition: producer/consumer
cond = threading.Condition()
items = []
def producer():
    for i in range(5):
        with cond:
            items.append(i)
            cond.notify()
consumed = []
t = threading.Thread(target=producer)
t.start()
with cond:
    while len(consumed) < 5:
        cond.wait_for(lambda: items, timeout=10)
        consumed.extend(items)
        items.clear()
t.join()
print("condition", consumed)

# Semaphore bounds concurrency
sem = threading.BoundedSemaphore(2)
active = [0]
peak = [0]
guard = threading.Lock()
def limited():
    with sem:
        with guard:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.005)
        with guard:
            active[0] -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("semaphore peak <= 2:", peak[0] <= 2, active[0])
try:
    sem.release()
except ValueError as e:
    print("ValueError", e)

# Barrier
barrier = threading.Barrier(3)
order = []
def at_barrier(n):
    i = barrier.wait(10)
    with guard:
        order.append(n)
ts = [threading.Thread(target=at_barrier, args=(n,)) for n in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("barrier", sorted(order))

# Timer
fired = []
tm = threading.Timer(0.01, lambda: fired.append("fired"))
tm.start()
tm.join()
cancelled = threading.Timer(10, lambda: fired.append("never"))
cancelled.start()
cancelled.cancel()
cancelled.join()
print("timer", fired)

# queue between threads
q = queue.Queue()
def produce():
    for i in range(10):
        q.put(i * i)
    q.put(None)
threading.Thread(target=produce).start()
got = []
while (v := q.get(timeout=10)) is not None:
    got.append(v)
print("queue", got)
try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print("queue.Empty")

# thread-local data
local = threading.local()
local.v = "main"
seen = []
def show():
    seen.append(getattr(local, "v", "unset"))
    local.v = "worker"
    seen.append(local.v)
t = threading.Thread(target=show)
t.start()
t.join()
print("local", seen, local.v)

# an exception in a thread goes to threading.excepthook
caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook
def fails():
    raise RuntimeError("in thread")
t = threading.Thread(target=fails, name="failing")
t.start()
t.join()
threading.excepthook = threading.__excepthook__
print("excepthook", caught)

# RLock and daemon flag
rl = threading.RLock()
with rl:
    with rl:
        print("rlock", rl._is_owned())
d = threading.Thread(target=lambda: None, daemon=True)
print("daemon", d.daemon)
d.start()
d.join()

# a non-daemon thread still running when the main thread ends is joined at exit
def late():
    time.sleep(0.02)
    print("late thread done")
threading.Thread(target=late).start()
print("main done")
