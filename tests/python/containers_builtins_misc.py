# print() to Python file objects, min/max/sum/map/filter/zip/enumerate, and dicts and sets changed by __eq__ while looked up.
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
w = W()
print("a", 1, None, sep="-", end="!", file=w, flush=True)
print(file=w)
print(w.parts)
print("x", file=None)
for bad in [dict(sep=1), dict(end=[]), dict(file=1), dict(flush=1, x=2)]:
    try:
        print("q", **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(max("abc", key=lambda c: -ord(c)), min([[3], [1, 2]], key=len), max(range(5), default=9), min((), default=[]))
print(max(1, 2.5, True), min(3, 2.0, 2), max([1, 1.0]), min([1.0, 1]), max("b", "a", "c"), max([(1, 2), (1, 3)]))
for bad in [lambda: max(), lambda: max([]), lambda: min(1, 2, k=3), lambda: max(1), lambda: max([1, "a"]), lambda: min([], default=1, key=len, x=1)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sorted({3: "a", 1: "b"}.items()), sorted(set("cab")), list(reversed(sorted("bca"))), sorted([True, False, 0, 1]))
print(list(map(abs, [-1, -2])), list(map(divmod, [7, 9], [2, 4])), list(filter(lambda s: s.strip(), [" ", "a", ""])))
print(list(zip(*zip("ab", "cd"))), dict(zip("ab", range(5))), list(enumerate(reversed("abc"), 1)))
print(all(map(str.isdigit, "123")), any(map(str.isspace, "ab")), sum(map(len, ["ab", "c"])), sum(1 for _ in filter(None, [0, 1, 1])))
r = range(0, 100, 7)
print(sum(r), max(r), min(r), sorted(r, reverse=True)[:3], list(r[::-5]), 49 in r, r.index(49), len(r), r[-1], bool(r))
print(list(iter([1, 2, 3].pop, 1)), repr(range(0)), repr(range(-3, 3)), repr(range(1, 10, -2)), list(range(1, 10, -2)))
it = enumerate(["a", "b"])
print(next(it), it.__next__(), next(it, None), iter(it) is it)
print(*range(3), sep=",")
print(*[], "x", *(), sep="|")
print("%s" % [1, "a"], "%r" % {"k": (1,)}, str([1.5, None, "s", b"b"]), repr([float("inf"), -0.0]))
print([], {}, (), set(), frozenset(), [[]], [{}], {1: []}, ((),), ([],), {()})
d = {}
class Grow:
    def __hash__(self):
        return 7
    def __eq__(self, o):
        for j in range(20):
            d[str(j) * 3] = j
        return False
d = {Grow(): 1}
d[Grow()] = 2
print(len(d))
class BadHash:
    def __hash__(self):
        raise ValueError("no hash")
try:
    {}[BadHash()] = 1
except ValueError as e:
    print(e)
try:
    {1: 2}.get(BadHash())
except ValueError as e:
    print(e)
d = {1: 1, 2: 2}
for k in d:
    d.clear()
    break
print(d)
d = {i: i for i in range(10)}
it = iter(d.items())
next(it)
d.clear()
try:
    next(it)
except RuntimeError as e:
    print(e)
s = set(range(5))
class EvilS:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        s.clear()
        return False
s.add(EvilS())
s.add(EvilS())
print(len(s))
d = {}
for i in range(1000):
    d[i] = i
    if i % 3 == 0:
        del d[i // 2]
print(len(d), sum(d), list(d)[:5], list(d)[-3:])
while d:
    d.popitem()
d[5] = 5
print(d)
e = dict.fromkeys(range(100))
for i in range(100):
    del e[i]
    e[i + 1000] = i
print(len(e), list(e)[:3])
