# Iterator types and protocols, ranges (including big ones), iteration built-ins.
for obj in [[1], (1,), "ab", "é", b"x", bytearray(b"x"), {1: 2}, {1: 2}.values(), {1: 2}.items(), {1}, frozenset([5]),
            range(3), range(2 ** 64)]:
    it = iter(obj)
    print(type(it).__name__, iter(it) is it, type(it.__next__()).__name__)
for obj in [[1], (1,), "ab", range(3), {1: 2}, {1: 2}.keys()]:
    print(type(reversed(obj)).__name__, end=" ")
print()
print(type(enumerate([])).__name__, type(zip()).__name__, type(map(len, [])).__name__, type(filter(None, [])).__name__,
      type(iter(int, 1)).__name__, enumerate, zip, map, filter, reversed)
print(isinstance(enumerate([]), enumerate), isinstance(iter([]), type(iter([1]))))
# list iterators see appends until exhausted, then stay exhausted
l = [1, 2]
it = iter(l)
print(next(it), next(it), next(it, "end"))
l.append(3)
print(next(it, "still end"))
l2 = [1]
it2 = iter(l2)
l2.append(2)
print(list(it2))
r = reversed(l2)
l2.append(3)
print(list(r))
# iter(callable, sentinel)
vals = iter([1, 2, 3, None, 4])
ci = iter(lambda: next(vals), None)
print(list(ci), list(ci), next(vals))
# __getitem__ sequences and StopIteration inside them
class Seq:
    def __getitem__(self, i):
        if i > 3:
            raise StopIteration
        return i * 10
print(list(Seq()), 20 in Seq(), type(iter(Seq())).__name__)
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
i = It()
print(iter(i) is i, list(i), list(i), list(zip(It(), "abcd")))
# ranges
r = range(3, 30, 4)
print(r, len(r), r[2], r[-1], r[1:5], r[::-2], r[10:], list(reversed(r)), r.index(11), r.count(11), 11 in r, 12 in r)
print(range(5) == range(0, 5, 1), range(0) == range(4, 2), range(1, 2, 5) == range(1, 3, 9), range(3) != range(4))
print(hash(range(0)) == hash(range(5, 5)), hash(range(1, 2, 5)) == hash(range(1, 3, 9)), bool(range(0)), bool(range(1)))
print(range(-5, 5, 3)[::-1], range(10, -10, -7), list(range(10, -10, -7)), range(0, 10, 3)[-2:], 2.0 in range(5), True in range(2))
big = range(10 ** 20, 10 ** 20 + 30, 7)
print(big, len(big), big[1], big[-1], big[1:3], 10 ** 20 + 14 in big, big.index(10 ** 20 + 21), list(big)[:2])
huge = range(-(2 ** 70), 2 ** 70, 2 ** 60)
print(huge[5], huge[-1], huge.start, huge.step, len(huge[::2 ** 40]), list(reversed(range(2 ** 64, 2 ** 64 + 2))))
for bad in [lambda: range(), lambda: range(1.0), lambda: range(1, 2, 0), lambda: range(1, 2, 3, 4), lambda: range(5)[5],
            lambda: range(5)["a"], lambda: len(range(2 ** 64)), lambda: range(3).index(7), lambda: range(1) < range(2),
            lambda: range(x=1)]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
# iteration built-ins
print(list(enumerate("ab", 2 ** 63 - 1)), list(enumerate("ab", start=-1)), list(enumerate(iterable="xy")))
print(list(zip("abc", "de", strict=False)), list(zip(strict=True)), list(zip([], [], strict=True)))
for args in [("ab", "abc"), ("abc", "ab"), ("a", "a", "ab"), ("ab", "ab", "a")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
print(list(map(lambda *a: a, "ab", "xyz")), list(filter(bool, [0, 1, 2, ""])), list(filter(None, ())))
print(sum([0.1] * 10), sum(range(10 ** 6)), sum([[1], [2]], start=[0]), sum((2 ** 64, 1)), sum([1, 2.5, True]))
print(any(iter([])), all(iter([])), any(x for x in [0, 0, 3]), all(x for x in [1, 0, 1 / 1]))
for bad in [lambda: sum([], 1, 2), lambda: sum(), lambda: sum(["a"], ""), lambda: sum([b"a"], b""), lambda: sum([1], bytearray()),
            lambda: map(len), lambda: filter(len), lambda: zip(1), lambda: enumerate(), lambda: next(iter([])),
            lambda: next([]), lambda: reversed(5), lambda: reversed({1}), lambda: iter(1, 2), lambda: iter(),
            lambda: enumerate([], 1.5), lambda: zip([], strict=True, x=1), lambda: any()]:
    try:
        print(bad())
    except (TypeError, ValueError, StopIteration) as e:
        print(type(e).__name__, e)
