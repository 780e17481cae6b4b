# super is a type: unbound super(C) binds as a descriptor, super.__init__ refills, subclasses work.
class A:
    def meth(self): return "A"
class B(A):
    def meth(self): return "B" + self.__super.meth()
B._B__super = super(B)
class C(A):
    def __init__(self):
        self.__super = super(C, self)
    def meth(self): return "C" + self.__super.meth()
class D(C, B):
    def meth(self): return "D" + super().meth()
print(B().meth(), C().meth(), D().meth())

s = super(int, 1)
print(repr(s), s.__thisclass__, s.__self__, s.__self_class__, isinstance(s, super), type(s) is super)
u = super(int)
print(repr(u), u.__self__, u.__self_class__, u.__get__(None, int) is u)
print(repr(u.__get__(True, bool)))
for args in [(int, int, int), (1, int), (int, "x")]:
    try:
        super(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    super(int, obj=1)
except TypeError as e:
    print(type(e).__name__, e)
sp = super(float, 1.0)
super.__init__(sp, int, 5)
print(repr(sp))
try:
    super()
except RuntimeError as e:
    print(type(e).__name__, e)

class mysuper(super):
    def __init__(self, *args):
        return super(mysuper, self).__init__(*args)
class A1:
    def meth(self): return "A1"
class B1(A1):
    def meth(self): return "B1" + mysuper(B1, self).meth()
print(B1().meth(), type(mysuper(B1)).__name__)
ms = mysuper(B1)
ms.extra = 1
print(ms.extra, type(ms.__get__(B1(), B1)).__name__)

# classmethods through super
class K:
    @classmethod
    def make(cls): return cls.__name__
class L(K):
    @classmethod
    def make(cls): return "L+" + super().make()
print(L.make(), super(L, L).make())

# type.__prepare__ and a metaclass's __prepare__ with class keywords
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        ns = super().__prepare__(name, bases, **kw)
        ns['prepared'] = sorted(kw)
        return ns
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class P(metaclass=Meta, z=2, y=1): pass
print(P.prepared, type.__prepare__("x", (), a=1), type(type.__prepare__()))
class NotAType:
    @classmethod
    def __prepare__(*args):
        return None
    def __call__(self, *args):
        return args
try:
    class Q(metaclass=NotAType()): pass
except TypeError as e:
    print(e)
