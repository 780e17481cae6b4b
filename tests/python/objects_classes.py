# Classes: metaclasses, __init_subclass__, __class_getitem__, dir, __class__ assignment, hashing rules,
# private name mangling, class decorators, __getattribute__/__delattr__ overrides, special conversions.
class Meta(type):
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a, k)
        return super().__call__(*a, **k)
    def __getitem__(cls, item):
        return f"{cls.__name__}[{item}]"
    @property
    def label(cls):
        return "label of " + cls.__name__
class A(metaclass=Meta):
    def __init__(self, x=0):
        self.x = x
a = A(5)
print(a.x, A[int], A.label, type(A).__name__)
class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)
class C1(Base, tag="one"): pass
class C2(C1): pass
print(Base.registry, C1.tag, C2.tag)
class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(G[int], G[1, 2])
K = type("K", (object,), {"v": 3, "m": lambda self: self.v * 2})
print(K().m(), K.__name__, type(K))
class Dir:
    def __init__(self):
        self.a = 1
    def __dir__(self):
        return ["z", "a"]
print(dir(Dir()))
class P:
    pass
p = P()
p.__dict__["q"] = 7
print(p.q, vars(p), P.__dict__["__module__"], "__dict__" in dir(p))
class Old:
    def who(self):
        return "Old"
class New:
    def who(self):
        return "New"
o = Old()
o.__class__ = New
print(o.who(), type(o).__name__, isinstance(o, New))
class Inst:
    def __repr__(self):
        return "Inst()"
print(repr(Inst()), str(Inst()), f"{Inst()}", [Inst()], "%s" % Inst())
class HashEq:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, HashEq) and o.k == self.k
    def __hash__(self):
        return hash(self.k)
print(len({HashEq(1), HashEq(1), HashEq(2)}), HashEq(1) == HashEq(1), HashEq(1) != HashEq(2), HashEq(1) in [HashEq(1)])
class NoHash:
    def __eq__(self, o):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError", e)
print(NoHash.__hash__)
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(range(self.n))[i]
        if i >= self.n:
            raise IndexError(i)
        return i * i
print(list(Seq(4)), Seq(5)[1:3], 9 in Seq(4), list(reversed(Seq(3))), sorted(Seq(3), reverse=True))
class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return True
with Ctx() as c:
    raise ValueError("swallowed")
print("after")
class CallMe:
    def __call__(self, a, *, b=2):
        return a + b
cm = CallMe()
print(cm(1), cm(1, b=5), callable(cm))
try:
    cm(1, 2)
except TypeError as e:
    print("TypeError", e)
class Num:
    def __init__(self, v):
        self.v = v
    def __ipow__(self, o):
        self.v **= o
        return self
    def __matmul__(self, o):
        return self.v * o.v
    def __rmatmul__(self, o):
        return "rmatmul"
    def __index__(self):
        return self.v
n = Num(2)
n **= 3
print(n.v, Num(2) @ Num(3), bin(Num(5)), list(range(10))[Num(1):Num(3)], "ab"[Num(1)])
class Slotted:
    __slots__ = ("a", "__dict__")
s = Slotted()
s.a = 1
s.b = 2
print(s.a, s.b, s.__dict__)
def f(a, b=2, *args, c, d=4, **kw):
    pass
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__defaults__, f.__kwdefaults__, f.__name__, f.__qualname__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__, outer.__module__)
f.attr = 1
print(f.attr, f.__dict__)
print(type(f).__name__, type(len).__name__, type([].append).__name__, type(A.__init__).__name__, type(a.__init__).__name__)
__g = "module private"
class _Under:
    __a = 1
    def f(self, __p=2, *, __k=3):
        __local = __p + __k
        return __local, self.__a, [__local for _ in range(1)], (lambda: __local)()
    def g(self):
        return __g
    class __Inner:
        __z = 5
        def h(self):
            return self.__z
    def inner(self):
        return self.__Inner().h()
    def __dunder__(self):
        return "dunder"
u = _Under()
print(u.f(), u.f(_Under__p=10), u.inner(), u.__dunder__(), sorted(k for k in _Under.__dict__ if not k.startswith("__")))
print(_Under.f.__code__.co_varnames, _Under.f.__kwdefaults__, _Under._Under__Inner.__name__, _Under._Under__Inner.__qualname__)
try:
    u.g()
except NameError as e:
    print("NameError", e)
class ___:
    __x = 1
print([k for k in ___.__dict__ if "x" in k])
class C:
    def __m(self):
        return "private method"
    def call(self):
        return self.__m(), getattr(self, "_C__m")()
print(C().call(), C.__m.__name__ if False else C._C__m.__name__, C._C__m.__qualname__)
class D(C):
    def call2(self):
        try:
            return self.__m()
        except AttributeError as e:
            return str(e)
print(D().call2())
class A:
    def __eq__(self, o): return True
class B(A):
    pass
class C(A):
    def __hash__(self): return 7
print(A.__hash__, B.__hash__ is None, hash(C()))
try: hash(B())
except TypeError as e: print(e)
class D:
    pass
d = D()
print(d == d, d != D(), d.__eq__(d), d.__eq__(1), d.__ne__(d), D.__eq__ is object.__eq__)
print(repr(d).startswith("<__main__.D object at 0x"), str(d) == repr(d))
class Deco:
    pass
def add_attr(cls):
    cls.added = True
    return cls
@add_attr
class Decorated:
    pass
print(Decorated.added)
class GA:
    def __getattribute__(self, name):
        if name == "secret":
            return 42
        return super().__getattribute__(name)
g = GA()
g.x = 1
print(g.secret, g.x, getattr(g, "secret"))
try:
    g.missing
except AttributeError as e:
    print(e)
class DA:
    def __delattr__(self, name):
        print("delattr", name)
        super().__delattr__(name)
da = DA()
da.q = 1
del da.q
print(hasattr(da, "q"))
try:
    vars(1)
except TypeError as e:
    print(e)
class SlotsOnly:
    __slots__ = ("a",)
try:
    vars(SlotsOnly())
except TypeError as e:
    print(e)
print(type(D.__dict__).__name__)
class Meta(type):
    def mro(cls):
        return [cls, object]
class Weird(metaclass=Meta):
    pass
class Base1: pass
class Base2: pass
class Both(Base1, Base2): pass
print(Base1.__subclasses__(), Both.__mro__)
class WithCM:
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def util():
        return "util"
class SubCM(WithCM): pass
print(type(SubCM.make()).__name__, SubCM.util(), WithCM.make.__self__ is WithCM, type(WithCM.__dict__["make"]).__name__)
print(WithCM.__dict__["make"].__func__.__name__, WithCM.__dict__["util"].__func__.__name__)
class Order:
    log = []
    class D1:
        def __set_name__(self, owner, name):
            print("set_name", owner.__name__, name)
    a = D1()
    b = D1()
print(Order.log)
class InitSub:
    def __init_subclass__(cls, /, **kwargs):
        cls.kw = kwargs
class IS1(InitSub, x=1, y=2): pass
print(IS1.kw)
try:
    class Bad(object, z=1): pass
except TypeError as e:
    print(e)
class Rich:
    def __lt__(self, o): return "lt"
    def __le__(self, o): return "le"
print(Rich() < 1, Rich() <= 1, 1 > Rich(), 1 >= Rich())
try:
    Rich() > 1
except TypeError as e:
    print(e)
class NumLike:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1j
    def __round__(self, n=None): return "rounded"
    def __trunc__(self): return 3
print(int(NumLike()), float(NumLike()), round(NumLike()), round(NumLike(), 2))
class Fmt:
    def __format__(self, spec):
        return "fmt:" + spec
print(format(Fmt(), "x"), f"{Fmt():abc}", "{:q}".format(Fmt()))
class Rep:
    def __repr__(self): return "R"
print(f"{Rep()!r}", f"{Rep()!s}", str([Rep()]), repr({Rep(): 1}) if False else "", "%r" % (Rep(),))
class A:
    x = 1
    def __init__(self):
        self.y = 2
    def __eq__(self, other):
        return NotImplemented
a = A()
print(a == a, a != a, a == 1, 1 == a, a != 1)
class B:
    def __lt__(self, o):
        return "B.lt"
class C(B):
    def __gt__(self, o):
        return "C.gt"
print(B() < C(), C() < B(), B() > C())
try:
    A() < A()
except TypeError as e:
    print(e)
class Counter:
    count = 0
    def __init__(self):
        type(self).count += 1
        self.__class__.count += 0
Counter(); Counter()
print(Counter.count)
class Priv:
    def __init__(self):
        self.__secret = 1
    def get(self):
        return self.__secret
p = Priv()
print(p.get(), p._Priv__secret, hasattr(p, "__secret"))
class WithClassVar:
    items = []
    def add(self, x):
        self.items.append(x)
w1, w2 = WithClassVar(), WithClassVar()
w1.add(1)
print(w2.items)
class Desc:
    def __get__(self, obj, cls):
        return ("get", obj is None, cls.__name__)
class Host:
    d = Desc()
class Sub(Host):
    pass
print(Host.d, Sub.d, Sub().d[0:2])
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns["created_by"] = "Meta"
        cls = super().__new__(mcs, name, bases, ns)
        cls.kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.inited = True
    def hello(cls):
        return "hello from " + cls.__name__
class M(metaclass=Meta, flag=1):
    pass
print(M.created_by, M.kw, M.inited, M.hello(), type(M).__name__, isinstance(M, Meta))
try:
    M().hello()
except AttributeError as e:
    print(e)
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
s1, s2 = Singleton(1), Singleton(2)
print(s1 is s2, s1.v)
class NotInst:
    def __new__(cls):
        return 42
print(NotInst())
class Abstract:
    def method(self):
        raise NotImplementedError
try:
    Abstract().method()
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
class Prop:
    @property
    def p(self):
        "doc of p"
        return 1
print(Prop.p.__doc__, Prop().p, isinstance(Prop.p, property))
class Ordered:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"O{self.v}"
print(sorted([Ordered(3), Ordered(1)]), max(Ordered(1), Ordered(5)), min([Ordered(2), Ordered(0)]))
class Str:
    def __str__(self): return "str!"
print(str(Str()), f"{Str()}", "%s" % Str(), repr(Str())[:14])
class Boolish:
    def __len__(self): return 0
print(bool(Boolish()), not Boolish())
class GetItemIter:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
print(list(GetItemIter()), 2 in GetItemIter(), [x for x in GetItemIter()])
class NextOnly:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(NextOnly()), sum(NextOnly()))
print(type(None).__name__, type(NotImplemented).__name__, type(...).__name__, type(type).__name__, type(object).__name__)
print(object.__name__, int.__qualname__, A.__qualname__, A.__module__, int.__module__)
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object), isinstance(type, type), isinstance(object, type))
print(A.__dict__["x"], "y" in A.__dict__, type(A.__dict__).__name__ in ("dict", "mappingproxy"))
print(callable(A), callable(a), callable(A.__init__), callable(len))
print(hasattr(A, "__init__"), getattr(A, "nope", "dflt"), getattr(a, "x"), A.__init__ is A.__dict__["__init__"])
class Slots2:
    __slots__ = "only"
print(Slots2.__slots__, Slots2.only)
s = Slots2()
try:
    s.only
except AttributeError as e:
    print(e)
s.only = 5
del s.only
try:
    del s.only
except AttributeError as e:
    print(e)

# super() in its forms
class A:
    x = "A.x"
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
    @staticmethod
    def s(): return "A.s"
    @property
    def p(self): return "A.p"
class B(A):
    def f(self): return "B.f>" + super().f()
    @classmethod
    def c(cls): return "B.c>" + super().c()
    def g(self):
        return super().x, super().s(), super().p, super(B, self).f(), super(A, self).__class__.__name__
    def h(self):
        try:
            return super().nope
        except AttributeError as e:
            return str(e)
class C(B): pass
print(C().f(), C.c(), C().g(), C().h())
print(super(B, C()).f(), super(B, C).c(), super(A, C()).__init__())
sup = super(B, C())
print(type(sup).__name__, sup.__thisclass__.__name__ if hasattr(sup, "__thisclass__") else "-", sup.__self__.__class__.__name__ if hasattr(sup, "__self__") else "-")
def outside():
    try:
        super()
    except RuntimeError as e:
        return str(e)
print(outside())
try:
    super(B, 1)
except TypeError as e:
    print(e)
class M(type):
    def __call__(cls, *a):
        inst = super().__call__(*a)
        inst.via = "M"
        return inst
class K(metaclass=M):
    def __init__(self, v): self.v = v
k = K(3)
print(k.v, k.via)
import sys
print(sys.__class__.__name__, type(sys).__name__, sys.__name__, hasattr(sys, "nope"))

# Metaclasses: attribute hooks and special methods of classes
class Meta(type):
    def __getattr__(cls, name):
        return f"meta-getattr {name}"
    def __setattr__(cls, name, value):
        print("meta setattr", name)
        super().__setattr__(name, value)
    def __len__(cls):
        return 7
    def __iter__(cls):
        return iter([1, 2])
    def __repr__(cls):
        return f"<Meta {cls.__name__}>"
    def __eq__(cls, other):
        return True
    __hash__ = type.__hash__
    def __or__(cls, other):
        return "union"
    def __contains__(cls, x):
        return x == 1
    def __bool__(cls):
        return False
class A(metaclass=Meta):
    x = 1
print(A.x, A.missing, len(A), list(A), repr(A), A == 5, A | int, 1 in A, bool(A), str(A))
A.y = 2
print(A.y, {A: 1}[A])
class Reg(type):
    registry = {}
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Reg.registry[name] = cls
class P(metaclass=Reg): pass
class Q(P): pass
print(sorted(Reg.registry), type(Q) is Reg)
class Abstract(type):
    def __call__(cls, *a, **k):
        if getattr(cls, "abstract", False):
            raise TypeError(f"Can't instantiate {cls.__name__}")
        return super().__call__(*a, **k)
class Base(metaclass=Abstract):
    abstract = True
class Impl(Base):
    abstract = False
    def __init__(self, v):
        self.v = v
print(Impl(3).v)
try:
    Base()
except TypeError as e:
    print(e)
print(type(type), type.__mro__, isinstance(A, type), issubclass(Meta, type), Meta.__base__)

# object.__reduce_ex__ (protocol 2+), how copy and pickle rebuild objects
class A:
    def __init__(self): self.x = 1
class L(list): pass
class I(int): pass
class S:
    __slots__ = ('a',)
s = S(); s.a = 2
r = A().__reduce_ex__(2)
print(r[0].__name__, r[1:], L([1]).__reduce_ex__(2)[1:3], list(L([1]).__reduce_ex__(2)[3]), I(5).__reduce_ex__(4)[1:], s.__reduce_ex__(4)[1:])
obj = r[0](*r[1])
obj.__dict__.update(r[2])
print(type(obj).__name__, obj.x)
class Custom:
    def __reduce__(self):
        return (Custom, ())
print(Custom().__reduce_ex__(4))
