# Calls: argument binding of Python functions, *args/**kwargs, and CPython's messages for bad calls.
def f(a, b=1, /, c=2, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw
print(f(1, d=4), f(1, 2, 3, 4, 5, d=6, z=7), f(*[1, 2], **{"d": 0, "c": 9}))
print(f(*range(3), d=1), f(*"ab", **dict(d=2, q=3)), f(1, *(), d=1, **{}))
def v(*args, **kwargs):
    return args, kwargs
class M:
    def keys(self):
        return ["x", "y"]
    def __getitem__(self, k):
        return k.upper()
print(v(**M()), v(1, *[2], 3, *(4,), a=1, **{"b": 2}, c=3, **M()))
tests = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3, b=4, d=1),
    lambda: f(a=1, d=2),
    lambda: f(1, d=1, **{"c": 1, "d": 2}),
    lambda: f(1, **{"d": 1}, **{"d": 2}),
    lambda: f(1, d=1, **{5: 1}),
    lambda: f(*None),
    lambda: f(1, *None),
    lambda: f(**None),
    lambda: f(1, d=1, **[("e", 1)]),
    lambda: print(*1),
    lambda: [*5],
    lambda: {**[1]},
    lambda: [].append(*[1, 2]),
    lambda: (lambda: 1)(**{"a": 1}),
    lambda: (lambda *, k: k)(1),
    lambda: (lambda a, b, *, k: k)(1, 2, 3, k=1),
    lambda: (lambda a, b=2, *, k: k)(1, 2, 3, k=1),
    lambda: (lambda a, /: a)(a=1),
    lambda: (lambda a, b, /, **k: (a, b, k))(1, 2, a=3),
    lambda: (lambda a, b, /: a)(a=1, b=2),
    lambda: (lambda **kw: kw)(**{"a": 1}, a=2),
    lambda: len(*[[1], [2]]),
    lambda: len(obj=[]),
    lambda: abs(),
    lambda: abs(1, 2),
    lambda: getattr(),
    lambda: getattr(1, "real", 2, 3),
    lambda: setattr(1, 2),
    lambda: hasattr(1),
    lambda: isinstance(1, 2, 3),
    lambda: isinstance(x=1),
    lambda: divmod(1),
    lambda: iter(),
    lambda: next(),
    lambda: hash(1, 2),
    lambda: id(),
    lambda: chr(),
    lambda: ord(),
    lambda: repr(),
    lambda: sorted(),
    lambda: sorted([2, 1], None),
    lambda: globals(1),
    lambda: float(1, 2),
    lambda: float(x=1),
    lambda: str(1, 2, 3, 4),
    lambda: list(1, 2),
    lambda: tuple(1, 2),
    lambda: dict(1, 2),
    lambda: set(1, 2),
    lambda: bool(1, 2),
    lambda: type(1, 2),
    lambda: object(1),
    lambda: int(x=1),
    lambda: int("1", 2, 3),
    lambda: "abc".split(1, 2, 3),
    lambda: "a b".split(sep=None, maxsplit=1, x=2),
    lambda: {}.get(),
    lambda: {}.get(x=1),
    lambda: print(foo=1),
    lambda: max([1], bar=2),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, "|", e)
class K:
    def m(self, x, /, y):
        return x, y
    @classmethod
    def c(cls, a):
        return cls.__name__, a
    @staticmethod
    def s(a, b=2):
        return a, b
for t in [lambda: K().m(1, 2), lambda: K().m(1, x=2), lambda: K.m(1, 2), lambda: K.c(), lambda: K().c(1, 2),
          lambda: K.s(), lambda: K().s(1, 2, 3), lambda: K.m(), lambda: K().m(*5), lambda: K.c(**[1]),
          lambda: K.s(**{"a": 1}, **{"a": 2})]:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, "|", e)
def deco(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def g(x, *, y):
    return x + y
try:
    g(1, 2)
except TypeError as e:
    print(e)
print(g(1, y=2), K.s.__qualname__, K.m.__qualname__, deco.__qualname__, g.__qualname__)
def many(a, b, c, d, e):
    pass
for call in [lambda: many(), lambda: many(1, 2), lambda: many(1, 2, 3, 4), lambda: many(1, e=5), lambda: many(1, 2, 3, 4, 5, 6)]:
    try:
        call()
    except TypeError as e:
        print(e)
class A: pass
class B:
    def __init__(self, x): self.x = x
class C:
    def __new__(cls, *a): return super().__new__(cls)
class D:
    def __init__(self, *a): pass
class E:
    def __new__(cls, x): return super().__new__(cls, x)
class F(B): pass
class G:
    def __init__(self): return 5
for t in [lambda: A(1), lambda: A(x=1), lambda: B(), lambda: B(1, 2), lambda: C(1), lambda: D(1, 2), lambda: E(1), lambda: F(), lambda: G(), lambda: object.__init__(A(), 1), lambda: object().__init__(), lambda: int.__init__(5, 6), lambda: A.__init__(A(), 1)]:
    try:
        r = t()
        print(type(r).__name__)
    except TypeError as e:
        print("TypeError |", e)
