# Classes derived from the built-in types: instances carry the built-in value and a __dict__;
# inherited methods and operators work on the value, overrides in the class come first.
class MyInt(int):
    def double(self):
        return self * 2
a = MyInt(21)
print(a, repr(a), type(a).__name__, a.double(), type(a.double()).__name__, a + 1, 1 + a, a * a, -a, abs(MyInt(-3)), ~a)
print(a == 21, 21 == a, a < 22, a > 22, hash(a) == hash(21), bool(MyInt(0)), int(a), type(int(a)).__name__, float(a))
print(isinstance(a, int), issubclass(MyInt, int), MyInt.__mro__)
a.tag = "x"
print(a.tag, vars(a), a.real, a.numerator, a.bit_length(), a.to_bytes(2, "big"))
print([1, 2, 3][MyInt(1)], "ab" * MyInt(2), range(MyInt(3)), f"{a}", f"{a:5d}", "%d|%s|%r" % (a, a, a), format(a, "x"), hex(a))
print(divmod(MyInt(7), 2), pow(MyInt(2), 10), MyInt(2) ** 3, 7 // MyInt(2), MyInt(7) % 3, round(MyInt(15), -1))
print(MyInt("ff", 16), MyInt(3.9), MyInt(), MyInt(True), type(MyInt(True)).__name__)
d = {a: "v"}
print(d[a], a in d)
class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
    def __repr__(self):
        return f"Pos({int(self)})"
    def __add__(self, o):
        return Pos(int(self) + int(o))
print(Pos(3), Pos(3) + 4, 4 + Pos(3), str(Pos(5)), [Pos(1)])
try:
    Pos(-1)
except ValueError as e:
    print("ValueError", e)
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
s = MyStr("hello")
print(s, repr(s), s.shout(), len(s), s[1], s[1:3], s + " world", "say " + s, s * 2, s == "hello", "hello" == s, s < "z")
print(s.upper(), type(s.upper()).__name__, s.split("l"), "-".join([s, s]), s in "a hello b", "ell" in s, list(s)[:2])
print(f"{s}", f"{s:>8}", "%s" % s, "{}!".format(s), str(s), type(str(s)).__name__, hash(s) == hash("hello"), sorted([MyStr("b"), "a"]))
print({s: 1}[s], s.startswith("he"), "hello".startswith(s), s.replace("l", "L"), s.encode(), int(MyStr("42")), float(MyStr("1.5")))
class MyFloat(float):
    pass
f = MyFloat(2.5)
print(f, repr(f), f + 1, 1 + f, f * 2, -f, abs(MyFloat(-1.5)), round(f), int(f), f == 2.5, f.is_integer(), f"{f:.3f}", MyFloat("3.25"))
import math
print(math.floor(f), math.sqrt(MyFloat(4.0)), max(f, 1), min([MyFloat(1.5), 2]))
class MyTuple(tuple):
    def first(self):
        return self[0]
t = MyTuple([1, 2, 3])
print(t, repr(t), t.first(), len(t), t[1:], t + (4,), (0,) + t, t * 2, t == (1, 2, 3), hash(t) == hash((1, 2, 3)), list(t), type(t[1:]).__name__)
x, y, z = t
print(x, y, z, 2 in t, t.count(2), t.index(3), isinstance(t, tuple), sorted(MyTuple((3, 1, 2))))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return f"Point{tuple.__repr__(self)}"
p = Point(1, 2)
print(p, p.x, p[1], p == (1, 2), "%s and %s" % p)
class MyList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.log = []
    def append(self, v):
        self.log.append(v)
        super().append(v)
ml = MyList([1])
ml.append(2)
ml += [3]
print(ml, ml.log, len(ml), ml == [1, 2, 3], type(ml + [4]).__name__, ml * 2, ml[0], ml[-1:], list(reversed(ml)), sorted(ml, reverse=True))
class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
md = MyDict(a=1)
md["b"] = 2
print(md, md["b"], len(md), list(md), md == {"a": 1, "b": 20}, md | {"c": 3}, type(md | {"c": 3}).__name__)
class MySet(set):
    pass
ms = MySet([1, 2, 3])
print(ms, len(ms), 2 in ms, ms | {4}, type(ms | {4}).__name__, ms == {1, 2, 3}, sorted(ms), MySet())
class MyFrozen(frozenset):
    pass
fz = MyFrozen([1, 2])
print(fz, hash(fz) == hash(frozenset([1, 2])), fz & {2}, MyFrozen())
class I(int):
    pass
i = I(5)
print(type(i + 1), type(-i), type(abs(i)), type(i // 2), type(i ** 2), type(+i), type(i & 3), type(int(i)), type(i.__index__()))
print(i.__class__, I.__bases__, I.__base__, type(i).__mro__)
print(i.__add__(2), i.__add__(2.5), i.__radd__(3), (3).__add__(i), int.__add__(i, i), int.__mul__(i, 2))
print(i.__eq__(5), i.__eq__(5.0), i.__lt__("x"), (5).__eq__(i), i != 5, i != 6)
try:
    int.__add__("a", 1)
except TypeError as e:
    print("TypeError", e)
try:
    (1).__add__()
except TypeError as e:
    print("TypeError", e)
class B(int):
    def __bool__(self):
        return False
print(bool(B(3)), not B(3), "yes" if B(1) else "no")
class Cmp(int):
    def __eq__(self, o):
        return "custom"
    __hash__ = int.__hash__
print(Cmp(1) == 1, 1 == Cmp(1), Cmp(1) != 1, hash(Cmp(7)) == hash(7))
class Rev(int):
    def __radd__(self, o):
        return "Rev.__radd__"
    def __rsub__(self, o):
        return "Rev.__rsub__"
print(1 + Rev(2), Rev(2) + 1, 5 - Rev(1), Rev(1) - 5)
class S(str):
    def __str__(self):
        return "S:" + self
    def __repr__(self):
        return "S(" + str.__repr__(self) + ")"
s = S("x")
print(s, str(s), repr(s), [s], f"{s}", "%s %r" % (s, s), "{} {!r}".format(s, s), s + "y", s.upper(), len(s))
class Up(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(Up("abc"), type(Up("abc")).__name__, Up("abc") == "ABC", Up("q").lower())
class L(list):
    def __getitem__(self, i):
        return super().__getitem__(i) * 2
    def __len__(self):
        return 42
    def __iter__(self):
        return iter([7, 8])
    def __contains__(self, x):
        return x == "magic"
l = L([1, 2, 3])
print(l[0], len(l), list(l), "magic" in l, 1 in l, bool(l), l == [1, 2, 3], sum(l))
class D(dict):
    def __missing__(self, k):
        return k * 2
    def __contains__(self, k):
        return True
d = D()
print(d["ab"], "zz" in d, d.get("x"), len(d))
class T(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)
    def __eq__(self, o):
        return "eq!"
    __hash__ = tuple.__hash__
    def __len__(self):
        return 99
t = T(1, 2)
print(t, t == (1, 2), (1, 2) == t, len(t), t[0], t.count(1), hash(t) == hash((1, 2)))
class F(float):
    def __repr__(self):
        return "F!"
f = F(1.5)
print(f, repr(f), str(f), [f], f + 1, f"{f}", f"{f:.2f}", float(f), type(float(f)).__name__)
class E(Exception):
    pass
print(isinstance(E(), Exception))
class WithSlots(int):
    __slots__ = ()
w = WithSlots(3)
try:
    w.x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    class Bad(int):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError", e)
try:
    class Bad2(int, str):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Bad3(bool):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    object.__new__(I)
except TypeError as e:
    print("TypeError", e)
try:
    int.__new__(str)
except TypeError as e:
    print("TypeError", e)
print(I.__new__(I, 7), type(I.__new__(I, 7)).__name__, int.__new__(int, "8"), str.__new__(S, 5), tuple.__new__(T, [1]))
class Inited(int):
    def __init__(self, v):
        self.orig = v
n = Inited("12")
print(n, n.orig, n + 1)
import sys
print(isinstance(sys.maxsize, int), I(2**70), I(2**70) + 1, type(I(2**70)).__name__, I(-3) // 2, I(10) % I(3), divmod(I(7), I(2)))
print(sorted([I(3), 1, I(2)]), max(I(3), 4), min([S("b"), "a"]), sorted({I(1): "a", I(0): "b"}.items()))
print(str.__len__("abc"), list.__len__([1]), tuple.__getitem__((1, 2), 1), dict.__getitem__({1: 2}, 1), int.__neg__(3), float.__abs__(-2.0))
print(list.__add__([1], [2]), list.__mul__([1], 2), list.__eq__([1], [1]), tuple.__lt__((1,), (2,)), str.__lt__("a", "b"), dict.__eq__({}, {}))
print(int.__truediv__(7, 2), int.__floordiv__(7, 2), int.__pow__(2, 10), int.__pow__(2, 10, 1000), float.__pow__(2.0, 2), int.__rpow__(2, 3), int.__divmod__(7, 2))
x = L([5])
x += [6]
print(type(x).__name__, x.__class__.__name__)

class T(tuple):
    def __iter__(self):
        return iter(["x", "y"])
a, b = T((1, 2))
print(a, b, [*T((1, 2))], list(T((1, 2))), T((1, 2))[0])
