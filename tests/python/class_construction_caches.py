# Calling a class: the cached construction of plain classes (object base, Python __init__) must
# never change what a call means. Every case runs one call site many times, in a loop (so the
# baseline JIT's inline cache sees it too), while the class, a base or the metaclass changes.


def make(cls, *args, **kw):
    return [cls(*args, **kw) for _ in range(30)][-1]


def err(f, *args):
    try:
        f(*args)
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
    return "no error"


class Point:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __repr__(self):
        return "Point(%r, %r, %r)" % (self.x, self.y, self.z)


def points(n):
    out = []
    for i in range(n):
        out.append(Point(i, i * 2.0, "z"))
    return out


ps = points(50)
print(ps[0], ps[-1], len(ps), type(ps[7]) is Point, ps[7].__dict__)


# no __init__ at all: object's; arguments are an error
class Empty:
    pass


def empties(n):
    return [Empty() for _ in range(n)]


print(len(empties(40)), type(empties(1)[0]).__name__)
for _ in range(3):
    print(err(Empty, 1), err(lambda: Empty(a=1)))


# wrong argument counts and keywords, CPython's messages
class Two:
    def __init__(self, a, b=2):
        self.a, self.b = a, b


for _ in range(3):
    print(err(Point, 1, 2), err(Point, 1, 2, 3, 4), err(Point), err(Two), err(lambda: Two(1, c=3)))
    print(vars(Two(1)), vars(Two(1, 5)), vars(Two(b=7, a=8)), vars(Point(z=3, y=2, x=1)))


# __init__ returning something else than None
class BadInit:
    def __init__(self, v):
        self.v = v
        return v


for v in (None, 0, "s"):
    print(err(lambda: [BadInit(v) for _ in range(30)]))


# a generator __init__: calling it makes a generator, which is not None
class GenInit:
    def __init__(self):
        yield 1


print(err(lambda: [GenInit() for _ in range(30)]))


# __init__ replaced on the class after the call site cached it
class Mutable:
    def __init__(self, a):
        self.a = a


def build(n, *args):
    return [Mutable(*args) for _ in range(n)][-1]


print(vars(build(40, 1)))
Mutable.__init__ = lambda self, a, b: setattr(self, "ab", (a, b))
print(vars(build(40, 1, 2)), err(build, 1, 1))
del Mutable.__init__
print(vars(build(40)), err(build, 1, 1))


# a base changing underneath: __init__ inherited, then overridden on the base
class Base:
    def __init__(self, v):
        self.v = v


class Derived(Base):
    pass


def derived(n):
    return [Derived(i) for i in range(n)][-1]


print(vars(derived(40)))
Base.__init__ = lambda self, v: setattr(self, "w", v * 10)
print(vars(derived(40)))


# __new__ defined later on a base: it runs, and __init__ too when it returns an instance
def new(cls, *args):
    o = object.__new__(cls)
    o.made_by_new = args
    return o


Base.__new__ = new
print(vars(derived(40)))
Base.__new__ = lambda cls, *args: 42
print(derived(40))


# a custom __new__ from the start, and one returning another class's instance
class WithNew:
    def __new__(cls, a):
        o = super().__new__(cls)
        o.order = ["new"]
        return o

    def __init__(self, a):
        self.order.append("init")
        self.a = a


print(vars(make(WithNew, 3)))


class Other:
    def __new__(cls, a):
        return Point(a, a, a)

    def __init__(self, a):
        print("never")


print(make(Other, 5))


# metaclass with __call__ (from the start, and added later)
class Meta(type):
    def __call__(cls, *args, **kw):
        o = super().__call__(*args, **kw)
        o.via_meta = True
        return o


class M(metaclass=Meta):
    def __init__(self, a):
        self.a = a


print(vars(make(M, 1)))


class Meta2(type):
    pass


class M2(metaclass=Meta2):
    def __init__(self, a):
        self.a = a


print(vars(make(M2, 1)))
Meta2.__call__ = lambda cls, *args: ("meta2 call", cls.__name__, args)
print(make(M2, 1))
del Meta2.__call__
print(vars(make(M2, 2)))


# builtin bases: their own construction rules
class MyInt(int):
    def __init__(self, v):
        self.half = v // 2


class MyList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = 1


class MyDict(dict):
    pass


class MyError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


class MyTuple(tuple):
    pass


for _ in range(2):
    mi = make(MyInt, 9)
    ml = make(MyList, (1, 2))
    md = make(MyDict, a=1)
    me = make(MyError, "boom", 7)
    print(mi, mi.half, type(mi).__name__, ml, ml.extra, md, me, me.args, me.code, make(MyTuple, [1, 2]))


# abstract classes: instantiation refused, then allowed once no abstract method is left
import abc


class Abstract(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


class Concrete(Abstract):
    def __init__(self, v):
        self.v = v

    def f(self):
        return self.v


print(err(make, Abstract), vars(make(Concrete, 4)), make(Concrete, 5).f())


# __slots__: no instance dict; __init__ stores into the slots
class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


s = make(Slotted, 1, 2)
print(s.x, s.y, hasattr(s, "__dict__"), err(lambda: setattr(s, "z", 3)))


class SlottedBad:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x
        self.y = x


print(err(make, SlottedBad, 1))


# __setattr__ override: every store in __init__ goes through it
class Logged:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __setattr__(self, name, value):
        object.__setattr__(self, name, (name, value))


print(vars(make(Logged, 1, 2)))


# __setattr__ added later to a class whose __init__ stores were cached as plain stores
class LateSet:
    def __init__(self, a):
        self.a = a


print(vars(make(LateSet, 1)))
LateSet.__setattr__ = lambda self, name, value: object.__setattr__(self, name, value * 2)
print(vars(make(LateSet, 1)))
del LateSet.__setattr__
print(vars(make(LateSet, 1)))


# a property on the class takes the first `self.x = ...` in __init__
class Prop:
    def __init__(self, x):
        self.x = x
        self.y = x

    @property
    def x(self):
        return self._x * 100

    @x.setter
    def x(self, v):
        self._x = v


p = make(Prop, 3)
print(p.x, vars(p))


# a property added to the class after the stores were cached as new instance attributes
class LateProp:
    def __init__(self, x):
        self.x = x


print(vars(make(LateProp, 1)))
LateProp.x = property(lambda self: "got", lambda self, v: object.__setattr__(self, "_x", v))
q = make(LateProp, 2)
print(q.x, vars(q))
LateProp.x = property(lambda self: "read-only")
print(err(make, LateProp, 3))
del LateProp.x
print(vars(make(LateProp, 4)))


# a read-only data descriptor without __set__ but with __get__: a plain store; with __set__: called
class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"


class WithNonData:
    attr = NonData()

    def __init__(self):
        self.attr = "instance"


print(make(WithNonData).attr)


# instances of the same class whose dicts were built in different orders
class Order:
    def __init__(self, first):
        if first:
            self.a = 1
            self.b = 2
        else:
            self.b = 3
            self.a = 4


print([vars(Order(i % 2 == 0)) for i in range(6)])

# a class attribute shadowed by the new instance attribute, and class attributes changing
class Shadow:
    v = "class"

    def __init__(self, v):
        self.v = v


print(make(Shadow, "inst").v, Shadow.v)
Shadow.v = "class2"
print(make(Shadow, "inst2").v, Shadow.v)


# the class passed around and called from many sites, and through map / functools.partial
import functools

print([vars(o) for o in map(Two, [1, 2], [3, 4])], vars(functools.partial(Point, 1, 2)(3)))


def megamorphic(classes):
    return [type(c(1)).__name__ for c in classes]


class C1:
    def __init__(self, v):
        self.v = v


class C2(C1):
    pass


class C3(C1):
    pass


class C4(C1):
    pass


class C5(C1):
    pass


for _ in range(10):
    r = megamorphic([C1, C2, C3, C4, C5, MyInt, Shadow, Two, float, str])
print(r)


# __init__ raising: the exception propagates with its traceback
class Raises:
    def __init__(self, v):
        if v > 20:
            raise ValueError("too big: %d" % v)
        self.v = v


def raising(n):
    try:
        for i in range(n):
            Raises(i)
    except ValueError as e:
        return str(e), e.__traceback__.tb_next.tb_frame.f_code.co_name


print(raising(30))


# __class__ of instances made by the fast path, and isinstance
class K:
    def __init__(self):
        pass


k = make(K)
print(type(k) is K, isinstance(k, K), k.__class__.__name__, vars(k))


# the class's __init__ is a staticmethod / classmethod / a callable object
class StaticInit:
    @staticmethod
    def __init__(*args):
        print("static init", len(args))


make(StaticInit)


class CallableInit:
    class _Init:
        def __call__(self, *args):
            print("callable init", len(args))

    __init__ = _Init()


make(CallableInit)


# new attributes stored by a cached site: many (the dict grows), after deletions, into a replaced
# __dict__, and over a non-str key that compares equal to the name
class Many:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i)
        self.p = 1
        self.q = 2
        self.r = 3
        self.s = 4
        self.t = 5
        self.u = 6
        self.v = 7


print([len(vars(Many(i))) for i in range(12)], list(vars(Many(3)))[-8:])


class Redo:
    def __init__(self):
        self.a = 1
        self.b = 2


def refill(o):
    o.a = "A"
    o.b = "B"
    o.c = "C"
    return o


rs = [Redo() for _ in range(30)]
for i, o in enumerate(rs):
    if i % 3 == 0:
        del o.a
    elif i % 3 == 1:
        o.__dict__ = {"z": 0}
    refill(o)
print([list(vars(o).items()) for o in rs[:3]])


class EqX:
    def __hash__(self):
        return hash("x")

    def __eq__(self, other):
        return other == "x" or isinstance(other, EqX)

    def __repr__(self):
        return "EqX()"


class HasX:
    pass


def store_x(o, v):
    o.x = v


hs = []
for i in range(30):
    h = HasX()
    if i % 2:
        h.__dict__[EqX()] = "odd"
    store_x(h, i)
    hs.append(h)
print([vars(h) for h in hs[:4]], hs[3].x)
