# Special methods: operator dispatch order, reflected operands, subclass priority, NotImplemented,
# in-place operators, comparisons, hashing, truth, containers, calls.
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "V" + repr(self.c)
    def __add__(self, o):
        return V(*(a + b for a, b in zip(self.c, o.c))) if isinstance(o, V) else NotImplemented
    def __radd__(self, o):
        return ("radd", o)
    def __mul__(self, k):
        return V(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __neg__(self):
        return V(*(-a for a in self.c))
    def __abs__(self):
        return sum(a * a for a in self.c)
    def __eq__(self, o):
        return isinstance(o, V) and self.c == o.c
    __hash__ = None
    def __divmod__(self, o):
        return ("divmod", o)
    def __rdivmod__(self, o):
        return ("rdivmod", o)
    def __pow__(self, e, m=None):
        return ("pow", e, m)
    def __rpow__(self, b):
        return ("rpow", b)
    def __matmul__(self, o):
        return "matmul"
    def __rlshift__(self, o):
        return "rlshift"
print(V(1, 2) + V(3, 4), 1 + V(1), V(1) * 3, 3 * V(2), -V(5), abs(V(3, 4)), V(1) == V(1), V(1) != V(2))
print(divmod(V(), 2), divmod(2, V()), V() ** 2, pow(V(), 2, 5), 2 ** V(), V() @ V(), 1 << V())
for op in [lambda: V() - 1, lambda: 1 - V(), lambda: V() < V(), lambda: hash(V()), lambda: ~V(), lambda: +V(),
           lambda: V() / 2, lambda: divmod(V(), "x") and divmod("x", 1), lambda: [] + V(), lambda: "s" * V()]:
    try:
        print(op())
    except TypeError as e:
        print(type(e).__name__, "|", e)
class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
    def __lt__(self, o):
        return "Base.lt"
    def __gt__(self, o):
        return "Base.gt"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.radd"
class Plain(Base):
    pass
print(Base() + Derived(), Derived() + Base(), Base() + Plain(), 1 + Derived(), Base() < Derived(), Derived() < Base(), Base() < Plain())
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __ior__(self, o):
        return NotImplemented
    def __or__(self, o):
        return "or fallback"
a = Acc()
b = a
a += 1
a += 2
print(a is b, a.items)
a |= 3
print(a)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq called")
        return NotImplemented
print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(1), Cmp(1) == 1)
x = Cmp(2)
print(x == x, x != x)
class OnlyEq:
    def __eq__(self, o):
        return True
print(OnlyEq() != 1, OnlyEq.__hash__ is None)
class H:
    def __hash__(self):
        return 2 ** 100
print(hash(H()) == hash(2 ** 100), hash(H()) == (2 ** 100) % (2 ** 61 - 1))
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, "|", e)
class T:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 3
class BadLen:
    def __len__(self):
        return -1
print(bool(T()), not T(), bool(L()), len(L()), "t" if L() else "f")
FIVE = 5
for op in [lambda: bool(BadLen()), lambda: len(BadLen()), lambda: len(5), lambda: FIVE[0], lambda: 5 in FIVE, lambda: iter(5)]:
    try:
        print(op())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, "|", e)
class Box:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __contains__(self, k):
        return k in self.d
    def __iter__(self):
        return iter(sorted(self.d))
    def __len__(self):
        return len(self.d)
    def __reversed__(self):
        return iter(sorted(self.d, reverse=True))
bx = Box()
bx["b"] = 1
bx["a"] = 2
bx["a"] += 5
del bx["b"]
bx[1, 2] = "tuple key"
print(bx["a"], "a" in bx, "b" in bx, len(bx), list(reversed(Box())), bx[1, 2])
class Idx:
    def __index__(self):
        return 2
print([10, 20, 30][Idx()], "abc"[Idx()], range(10)[Idx()], bin(Idx()), [1, 2, 3, 4][Idx():], (1, 2, 3) * Idx())
class Callable:
    def __call__(self, *a, **k):
        return a, k
print(Callable()(1, x=2), callable(Callable()), callable(Callable))
class G:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
class Meta(type):
    def __getitem__(cls, item):
        return "meta getitem"
class W(metaclass=Meta):
    pass
print(G[int], G["x"], W[1])
try:
    V[1]
except TypeError as e:
    print(type(e).__name__, "|", e)
print((1).__add__(2), (1).__add__(2.0), (1.5).__add__(1), "a".__add__("b"), [1].__eq__((1,)), (2).__rsub__(5))
for op in [lambda: "a".__add__(1), lambda: [1].__add__((2,)), lambda: (1,).__mul__("x"), lambda: [1].__rmul__(1.5)]:
    try:
        print(op())
    except TypeError as e:
        print(type(e).__name__, "|", e)
print((3).__pow__(2, 5), (2.0).__rpow__(3), (7).__divmod__(2), (1).__lt__(1.5), (1.0).__lt__(2), "b".__gt__("a"))
print(int.__neg__(True), bool.__and__(True, False), bool.__or__(True, 1), type(True & False).__name__, type(True & 1).__name__)

# Errors of special methods that return the wrong kind of value, and of operations the operand types lack.
NONE, FIVE, ABC = None, 5, "abc"
class BadIndex:
    def __index__(self): return "x"
class NoIter:
    __iter__ = None
class BadIter:
    def __iter__(self): return 5
class BadRepr:
    def __repr__(self): return 5
class BadStr:
    def __str__(self): return None
class BadInt:
    def __int__(self): return "no"
class BadFloat:
    def __float__(self): return 1
class BadLen:
    def __len__(self): return "3"
class BigLen:
    def __len__(self): return 2 ** 100
class BadBool:
    def __bool__(self): return 0
class BadNext:
    def __iter__(self): return self
    def __next__(self): raise ValueError("boom")
for t in [lambda: [1][BadIndex()], lambda: list(NoIter()), lambda: iter(BadIter()), lambda: repr(BadRepr()), lambda: str(BadStr()),
          lambda: int(BadInt()), lambda: float(BadFloat()), lambda: len(BadLen()), lambda: len(BigLen()), lambda: bool(BadBool()),
          lambda: list(BadNext()), lambda: 1 in NoIter(), lambda: hex(BadIndex()), lambda: range(BadIndex()), lambda: "ab" * BadIndex(),
          lambda: [x for x in 5], lambda: sorted(5), lambda: sum([1, "a"]), lambda: -"a", lambda: ~1.5, lambda: abs("x"),
          lambda: round("x"), lambda: divmod("a", 1), lambda: pow("a", 2), lambda: 1 < "a", lambda: [] < (), lambda: {} < {},
          lambda: None + 1, lambda: len(None), lambda: NONE[0], lambda: NONE(), lambda: FIVE(), lambda: ABC(1)]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, "|", e)
