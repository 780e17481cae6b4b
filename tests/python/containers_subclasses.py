class D(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v * 2)
    def __missing__(self, k):
        return "missing:" + str(k)
d = D(a=1)
d["b"] = 2
d.update(c=3)
print(d, d["zz"], d.get("zz"), len(d), "a" in d, list(d), type(d).__name__, isinstance(d, dict))
print(d == {"a": 1, "b": 4, "c": 3}, dict(d), D.fromkeys("xy", 0), type(D.fromkeys("x", 1)).__name__, d.copy(), type(d.copy()).__name__)
class L(list):
    def __getitem__(self, i):
        return "L" + str(list.__getitem__(self, i))
l = L([1, 2, 3])
print(l[0], l, len(l), list(l), l + [4], type(l + [4]).__name__, l * 2, sorted(l, reverse=True), [x for x in l])
l.append(4)
l.sort(reverse=True)
print(l, l == [4, 3, 2, 1], l.index(3), list(reversed(l)))
class S(set):
    pass
s = S([3, 1, 2])
print(s, type(s).__name__, s | {9}, type(s | {9}).__name__, len(s), 2 in s, sorted(s))
class FS(frozenset):
    pass
fs = FS([1, 2])
print(fs, type(fs).__name__, hash(fs) == hash(frozenset([1, 2])), {fs: 1}[frozenset([1, 2])])
class T(tuple):
    def first(self):
        return self[0]
t = T((5, 6))
print(t, t.first(), len(t), t + (7,), type(t + (7,)).__name__, t == (5, 6), hash(t) == hash((5, 6)))
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "hello":
    c[ch] += 1
print(c, c["z"], sorted(c.items()))
# a namedtuple-like class built the way collections.namedtuple builds them
class Point(tuple):
    __slots__ = ()
    _fields = ("x", "y")
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return "Point(x=%r, y=%r)" % self
    def _replace(self, **kw):
        return Point(kw.get("x", self.x), kw.get("y", self.y))
p = Point(1, 2)
print(p, p.x, p.y, p[1], len(p), p == (1, 2), p._replace(y=5), hash(p) == hash((1, 2)), isinstance(p, tuple))
x, y = p
print(x, y, list(p), sorted([Point(2, 1), Point(1, 5)]), {p: "pt"}[(1, 2)], tuple(p), type(tuple(p)).__name__)
class Hashy(tuple):
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return True
print(hash(Hashy((1,))), Hashy(()) == 5, {Hashy((1,)), Hashy((2,))}.__len__())
class Unhashable(tuple):
    def __eq__(self, other):
        return tuple.__eq__(self, other)
try:
    hash(Unhashable())
except TypeError as e:
    print(type(e).__name__, e)
class Guarded(list):
    def __setitem__(self, i, v):
        if v is None:
            raise ValueError("no None")
        list.__setitem__(self, i, v)
    def __contains__(self, v):
        return list.__contains__(self, v) or v == "always"
    def __iter__(self):
        return iter(list.__iter__(self).__next__, 3)
g = Guarded([1, 2, 3, 4])
g[0] = 9
try:
    g[1] = None
except ValueError as e:
    print(type(e).__name__, e)
print(g, "always" in g, 9 in g, 7 in g, list(g), [v for v in g], list.__len__(g))
class Attr(set):
    pass
at = Attr({1})
at.note = "n"
print(at.note, at, frozenset(at), set(at), type(at.copy()).__name__, at == {1}, hash(frozenset(at)) == hash(frozenset({1})))
print(frozenset(fs) is fs, frozenset([1]).copy(), (frozenset([1]) | frozenset()) is not None, type(fs.copy()).__name__)
