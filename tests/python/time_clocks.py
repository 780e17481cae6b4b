# CPU-time clocks: process_time/thread_time count CPU time, not wall time; a sleep adds no CPU
# time to the sleeping thread.
import time

for name in ("process_time", "thread_time"):
    clock = getattr(time, name)
    clock_ns = getattr(time, name + "_ns")
    a = clock()
    t0 = time.perf_counter()
    x = 0
    while clock() - a < 0.05 and time.perf_counter() - t0 < 60:
        x += 1
    print(name, type(a).__name__, type(clock_ns()).__name__, clock() - a >= 0.05)

b = time.thread_time()
time.sleep(0.3)
print("sleep", time.thread_time() - b < 0.1)
