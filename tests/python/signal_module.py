# signal: handlers run in the main thread at a safe point; SIGINT's default handler raises KeyboardInterrupt
import signal
import os
import time
import _thread

print(signal.SIG_DFL, signal.SIG_IGN, signal.NSIG, int(signal.SIGINT), int(signal.SIGALRM))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGUSR1))
print(sorted(signal.valid_signals())[:5], len(signal.valid_signals()))
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM), signal.strsignal(40))
for bad in (0, 65, -1):
    try:
        signal.getsignal(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    signal.signal(signal.SIGINT, 5)
except TypeError as e:
    print("TypeError", e)
try:
    signal.signal(signal.SIGKILL, signal.SIG_IGN)
except OSError as e:
    print("OSError", e)

# a Python handler, run by raise_signal
got = []
def handler(signum, frame):
    got.append((signum, type(frame).__name__))
old = signal.signal(signal.SIGUSR1, handler)
print(old, signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print(got)

# a signal from outside (os.kill on ourselves) arrives asynchronously, at a check point
os.kill(os.getpid(), signal.SIGUSR1)
deadline = time.monotonic() + 10
while len(got) < 2 and time.monotonic() < deadline:
    time.sleep(0.001)
print(len(got), got[-1][0] == signal.SIGUSR1)

# the default SIGINT handler raises KeyboardInterrupt, inside the running loop's try statement
try:
    signal.raise_signal(signal.SIGINT)
    print("not raised")
except KeyboardInterrupt:
    print("KeyboardInterrupt from raise_signal")
try:
    os.kill(os.getpid(), signal.SIGINT)
    while True:
        pass
except KeyboardInterrupt:
    print("KeyboardInterrupt in a loop")
try:
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(10)
    print("slept")
except KeyboardInterrupt:
    print("KeyboardInterrupt in sleep")

# a handler that raises interrupts a blocking lock acquire
class Stop(Exception):
    pass
def stop(signum, frame):
    raise Stop(signum)
signal.signal(signal.SIGUSR2, stop)
lock = _thread.allocate_lock()
lock.acquire()
_thread.start_new_thread(lambda: (time.sleep(0.05), os.kill(os.getpid(), signal.SIGUSR2)), ())
try:
    lock.acquire(timeout=10)
    print("acquired")
except Stop as e:
    print("Stop", e.args)

# ignored signals
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
print("ignored", len(got))

# alarm: SIGALRM after the delay
alarms = []
signal.signal(signal.SIGALRM, lambda s, f: alarms.append(s))
print(signal.alarm(1), signal.alarm(2) in (0, 1))
print(signal.alarm(0) in (1, 2))
print(signal.getitimer(signal.ITIMER_REAL))
signal.setitimer(signal.ITIMER_REAL, 0.02)
deadline = time.monotonic() + 10
while not alarms and time.monotonic() < deadline:
    time.sleep(0.001)
print("alarms", alarms)
try:
    signal.setitimer(5, 1)
except signal.ItimerError as e:
    print("ItimerError", e)

# interrupt_main goes through the SIGINT handler
signal.signal(signal.SIGINT, lambda s, f: got.append("int"))
_thread.interrupt_main()
for i in range(10000):
    pass
print(got[-1])
signal.signal(signal.SIGINT, signal.SIG_IGN)
_thread.interrupt_main()
for i in range(10000):
    pass
print("no KeyboardInterrupt")
signal.signal(signal.SIGINT, signal.default_int_handler)
print(signal.set_wakeup_fd(-1))

# after SIG_IGN and back, SIGINT from outside is delivered again (the JVM refuses to re-handle an OS-ignored SIGINT)
signal.signal(signal.SIGINT, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGINT)
for i in range(10000):
    pass
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    os.kill(os.getpid(), signal.SIGINT)
    while True:
        pass
except KeyboardInterrupt:
    print("KeyboardInterrupt after SIG_IGN")
