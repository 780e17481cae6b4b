# concurrent.futures.ThreadPoolExecutor on real threads (and logging, which it imports)
from concurrent.futures import ThreadPoolExecutor, as_completed, wait
import threading

with ThreadPoolExecutor(4) as ex:
    print(list(ex.map(lambda x: x * x, range(10))))
    f = ex.submit(pow, 2, 10)
    print(f.result(timeout=10))
    futures = [ex.submit(sum, range(n)) for n in (10, 100, 1000)]
    print(sorted(f.result() for f in as_completed(futures, timeout=10)))
    bad = ex.submit(int, "x")
    done, not_done = wait([bad], timeout=10)
    print(len(done), len(not_done), type(bad.exception()).__name__, bad.exception())
    names = set(ex.map(lambda _: threading.current_thread().name.startswith("ThreadPoolExecutor"), range(8)))
    print(names)
