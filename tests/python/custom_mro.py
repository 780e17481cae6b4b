# A metaclass's mro() gives the MRO of its classes, when created and when __bases__ change.
class A(object):
    def f(self): return "A"
class B(A): pass
class C(A):
    def f(self): return "C"
class D(B, C): pass
print([k.__name__ for k in D.mro()], D.__mro__ == tuple(D.mro()))


class PerverseMetaType(type):
    def mro(cls):
        L = type.mro(cls)
        L.reverse()
        return L


class X(D, B, C, A, metaclass=PerverseMetaType):
    pass
print([k.__name__ for k in X.__mro__], X().f())

for ret in ("[self, dict, object]", "[1]", "1", "[]"):
    try:
        class _metaclass(type):
            def mro(self):
                return eval(ret)
        class Y(object, metaclass=_metaclass):
            pass
        print("no error")
    except TypeError as e:
        print(type(e).__name__, e)

# the __class__ cell is set before mro() runs
test_class = None
class Meta(type):
    def mro(self):
        self.__dict__["f"]()
        return super().mro()
class E(metaclass=Meta):
    def f():
        global test_class
        test_class = __class__
print(test_class is E)

# an MRO without the class itself fails __init_subclass__'s super(cls, cls)
class Bx: pass
class M(type):
    def mro(cls):
        del M.mro
        return (Bx,)
try:
    class F(metaclass=M): pass
except TypeError as e:
    print(e)

# while mro() runs, the class is incomplete
class M2(type):
    def mro(cls):
        if cls.__mro__ is None and cls.__name__ != 'Z':
            try:
                class Z(cls): pass
            except TypeError as e:
                print(e)
            try:
                super(cls, cls).xxx
            except AttributeError as e:
                print("AttributeError")
        return type.mro(cls)
class G(metaclass=M2): pass
print([k.__name__ for k in G.__mro__])

# a failing mro() while __bases__ change restores every MRO
class WorkOnce(type):
    def __new__(self, name, bases, ns):
        self.flag = 0
        return super(WorkOnce, self).__new__(WorkOnce, name, bases, ns)
    def mro(self):
        if self.flag > 0:
            raise RuntimeError("bozo")
        self.flag += 1
        return type.mro(self)
class C1(object): pass
class C2(object): pass
class D1(C1): pass
class E1(D1): pass
class F1(D1, metaclass=WorkOnce): pass
before = (D1.__mro__, E1.__mro__)
try:
    D1.__bases__ = (C2,)
except RuntimeError as e:
    print("RuntimeError", e, (D1.__mro__, E1.__mro__) == before, D1.__bases__ == (C1,))

# reentrant __bases__ assignment from mro()
class M3(type):
    ready = False
    def mro(cls):
        if M3.ready and cls.__name__ == 'C3':
            M3.ready = False
            C3.__bases__ = (B32,)
        return type.mro(cls)
class A3(metaclass=M3): pass
class B31(A3): pass
class B32(A3): pass
class C3(A3): pass
M3.ready = True
C3.__bases__ = (B31,)
B31.__bases__ = (C3,)
print(C3.__bases__ == (B32,), B32.__subclasses__() == [C3], B31.__subclasses__(), B31.__bases__ == (C3,))

class M4(type):
    ready = False
    def mro(cls):
        if M4.ready:
            if cls.__name__ == 'B41':
                B42.__bases__ = (B41,)
            if cls.__name__ == 'B42':
                B41.__bases__ = (B42,)
        return type.mro(cls)
class A4(metaclass=M4): pass
class B41(A4): pass
class B42(A4): pass
M4.ready = True
try:
    B41.__bases__ += ()
except TypeError as e:
    print(e)
print(D1.__base__, E1.__base__, int.__base__, bool.__base__, object.__base__)
