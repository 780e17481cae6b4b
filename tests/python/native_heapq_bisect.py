# _heapq and _bisect (native, for speed): the same heaps, insertion points and errors as CPython
import heapq, bisect, random, _heapq, _bisect
print(heapq.heappush is _heapq.heappush, bisect.bisect is _bisect.bisect_right)
r = random.Random(5)
data = [r.randrange(1000) for _ in range(3000)]
h = list(data); heapq.heapify(h); print(h[:20], sum(i * v for i, v in enumerate(h)))
h2 = list(data[:100]); heapq.heapify(h2); print(h2[:20])
out = [heapq.heappop(h) for _ in range(50)]; print(out == sorted(data)[:50])
print(heapq.nlargest(5, data), heapq.nsmallest(5, data, key=lambda x: -x))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
m = list(data[:50]); heapq._heapify_max(m); print(m[:10], heapq._heappop_max(m), heapq._heapreplace_max(m, 500))
print(heapq.heappushpop([1, 2], 0), heapq.heappushpop([1, 2], 5), heapq.heapreplace([1, 2], 5))
s = sorted(data[:40])
print([bisect.bisect_left(s, x) for x in (0, 100, 500, 999)], [bisect.bisect_right(s, x, 2, 30) for x in (100, 500)])
bisect.insort(s, 333); bisect.insort_left(s, 333); print(s.count(333), s == sorted(s))
print(bisect.bisect([(1, 'a'), (3, 'b')], 2, key=lambda p: p[0]))
recs = [(1, 'a'), (3, 'b')]; bisect.insort(recs, (2, 'c'), key=lambda p: p[0]); print(recs)
for f in (lambda: heapq.heappush(1, 2), lambda: heapq.heappop([]), lambda: heapq.heapify(()), lambda: heapq.heappush([]),
          lambda: bisect.bisect_right([1], 1, -1), lambda: bisect.bisect_right(1, 1), lambda: bisect.bisect_right([1], 1, hi='x'),
          lambda: bisect.insort_right((1,), 2), lambda: bisect.bisect_right([1, 2, 3], 2, key=None, hi=-1),
          lambda: bisect.bisect_left([1, 2, 3], 2, 0, 10), lambda: heapq.heapreplace([], 1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class Evil:
    def __init__(self, h): self.h = h
    def __lt__(self, other):
        self.h.clear(); return False
h = []
h.append(Evil(h)); h.append(Evil(h))
try:
    heapq.heappush(h, Evil(h))
except Exception as e:
    print(type(e).__name__, e)
