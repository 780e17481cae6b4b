# Attributes: descriptors, __slots__, properties, getset attributes, __class__ assignment, private names.
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, cls=None):
        return self if obj is None else getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
class OnlySet:
    def __get__(self, obj, cls=None):
        return "got"
    def __set__(self, obj, value):
        obj.__dict__["seen"] = value
class OnlyDelete:
    def __get__(self, obj, cls=None):
        return "got"
    def __delete__(self, obj):
        print("deleted")
class Rec:
    n = Typed(int)
    s = OnlySet()
    d = OnlyDelete()
r = Rec()
r.n = 3
r.s = 9
print(r.n, r.s, r.seen, Rec.n.name, type(Rec.n).__name__, sorted(vars(r)))
del r.d
for op in [lambda: setattr(r, "n", "x"), lambda: delattr(r, "s"), lambda: setattr(r, "d", 1)]:
    try:
        op()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, "|", e)
class P:
    __slots__ = ("x", "y")
class Q(P):
    __slots__ = ("z", "__dict__")
class R(P):
    pass
p, q, r2 = P(), Q(), R()
p.x = 1
q.x, q.z, q.extra = 1, 2, 3
r2.x, r2.w = 4, 5
print(p.x, q.z, q.extra, vars(q), r2.w, hasattr(p, "__dict__"), hasattr(r2, "__dict__"), P.x, type(P.y).__name__)
print(set(P.__dict__) >= {"x", "y"}, "__dict__" in Q.__dict__, "__weakref__" in P.__dict__, "__dict__" in R.__dict__)
for op in [lambda: p.y, lambda: setattr(p, "w", 1), lambda: delattr(p, "y"), lambda: P.x.__get__(5),
           lambda: type("Bad", (), {"__slots__": ("a",), "a": 1}), lambda: type("Bad", (), {"__slots__": (1,)}),
           lambda: type("Bad", (), {"__slots__": ("1x",)}), lambda: type("Bad", (int,), {"__slots__": ("a",)}),
           lambda: type("Bad", (P, type("O", (), {"__slots__": ("o",)})), {})]:
    try:
        print(op())
    except (AttributeError, TypeError, ValueError) as e:
        print(type(e).__name__, "|", e)
print(p.__getstate__(), q.__getstate__(), r2.__getstate__())
class Circle:
    def __init__(self):
        self._r = 1
    @property
    def r(self):
        "the radius"
        return self._r
    @r.setter
    def r(self, v):
        self._r = v
    area = property(lambda self: self._r ** 2)
c = Circle()
c.r = 3
print(c.r, c.area, Circle.r.__doc__, Circle.area.fget(c))
for op in [lambda: setattr(c, "area", 1), lambda: delattr(c, "r"), lambda: delattr(c, "area")]:
    try:
        op()
    except AttributeError as e:
        print(type(e).__name__, "|", e)
class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
class S1:
    __slots__ = ("v",)
a = A()
a.__class__ = B
print(a.who(), type(a).__name__, a.__class__.__name__)
for op in [lambda: setattr(a, "__class__", 1), lambda: setattr(a, "__class__", S1), lambda: setattr(1, "__class__", bool),
           lambda: setattr(object(), "__class__", A)]:
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, "|", e)
a.__dict__ = {"k": 1}
print(a.k, vars(a))
try:
    a.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, "|", e)
class Named:
    pass
Named.__name__ = "Renamed"
Named.__qualname__ = "Outer.Renamed"
print(Named.__name__, Named.__qualname__, Named, Named.__mro__[0] is Named, Named.__bases__, Named.__base__)
try:
    Named.__name__ = 5
except TypeError as e:
    print(type(e).__name__, "|", e)
try:
    int.__name__ = "x"
except TypeError as e:
    print(type(e).__name__, "|", e)
print(repr(object.__dict__["__class__"]), repr(Named.__dict__["__dict__"]), type(Named.__dict__["__weakref__"]).__name__)
class Private:
    __count = 0
    def __init__(self, __start=1):
        self.__value = __start
        Private.__count += 1
    def value(self):
        return self.__value, self.__count
    def __helper(self):
        return "helper"
    def call(self):
        return self.__helper()
pv = Private(5)
print(pv.value(), pv._Private__value, pv.call(), hasattr(pv, "__value"), Private.__init__.__code__.co_varnames[:2])
class _Lead:
    __x = 1
class Sub(Private):
    def peek(self):
        try:
            return self.__value
        except AttributeError as e:
            return str(e)
print(Sub().peek(), [k for k in _Lead.__dict__ if k.endswith("__x")])
class Dyn:
    def __getattr__(self, name):
        return name.upper()
    @property
    def broken(self):
        raise AttributeError("inside")
print(Dyn().anything, Dyn().broken, getattr(Dyn(), "q"), hasattr(Dyn(), "zz"))
class Dirs:
    def __init__(self):
        self.a = 1
    def m(self):
        pass
print([n for n in dir(Dirs()) if not n.startswith("__")], "__class__" in dir(Dirs()), "__dict__" in dir(Dirs()))
class CustomDir:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(CustomDir()))
for e in [lambda: (1).x, lambda: setattr(1, "x", 2), lambda: setattr(1, "real", 2), lambda: object().y,
          lambda: setattr(object(), "y", 1), lambda: "s".upper.x, lambda: setattr(len, "x", 1), lambda: int.nope]:
    try:
        print(e())
    except (AttributeError, TypeError) as ex:
        print(type(ex).__name__, "|", ex)
print(type([].append).__name__, type(len).__name__, repr(str.upper), repr(int.__add__), repr(len))
print(type(Dirs().m).__name__, type(Dirs.m).__name__, Dirs.m.__qualname__, Dirs().m.__self__.__class__.__name__)

# Subclasses of property, classmethod and staticmethod; final built-in types
class cached(property):
    def __init__(self, fget):
        super().__init__(fget)
        self.hits = 0
    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        self.hits += 1
        return super().__get__(obj, cls)
class logged(property):
    pass
class Named(property):
    def __set_name__(self, owner, name):
        super().__set_name__(owner, name)
        self.attr = name
class A:
    @cached
    def v(self):
        return 42
    @logged
    def w(self):
        return "w"
    @w.setter
    def w(self, value):
        self._w = value
    n = Named(lambda self: "n")
a = A()
print(a.v, a.v, A.v.hits, type(A.v).__name__, isinstance(A.v, property), A.v.fget.__name__)
a.w = 5
print(a.w, a._w, type(A.w).__name__, A.n.attr, a.n)
try:
    a.v = 1
except AttributeError as e:
    print(e)
class tagged_classmethod(classmethod):
    def __init__(self, f):
        super().__init__(f)
        self.tag = "t"
class tagged_static(staticmethod):
    pass
class B:
    @tagged_classmethod
    def make(cls):
        return cls.__name__
    @tagged_static
    def util(x):
        return x * 2
print(B.make(), B().make(), B.__dict__["make"].tag, type(B.__dict__["make"]).__name__, B.util(3), B().util(4))
print(staticmethod(len).__get__(1) is len, property(len).__get__(None, int) is not None)
try:
    class R(range): pass
except TypeError as e:
    print(e)

class S(str): pass
class O: pass
o = O()
setattr(o, S("a"), 1)
print(getattr(o, S("a")), hasattr(o, S("a")), vars(o))
delattr(o, S("a"))
for f in [lambda: getattr(o, 1), lambda: setattr(o, 1, 2), lambda: hasattr(o, 1), lambda: delattr(o, 1), lambda: getattr(o, "x", 1, 2)]:
    try: f()
    except TypeError as e: print(e)
