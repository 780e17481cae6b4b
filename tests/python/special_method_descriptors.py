# Operator special methods that are other descriptors are bound first (a failing comparison binding is NotImplemented); bound methods hash by self identity and function.
def booh(self):
    raise AttributeError("booh")
class E:
    __eq__ = property(booh)
print(E() == E())
class S:
    @staticmethod
    def __add__(other): return ("static", other)
    @classmethod
    def __sub__(cls, other): return ("class", cls.__name__, other)
    __lt__ = staticmethod(lambda other: ("lt", other))
print(S() + 1, S() - 2, S() < 3)
class P:
    __add__ = property(booh)
try: P() + 1
except AttributeError as e: print("AttributeError", e)
class A:
    def f(self): pass
a1 = A()
print(hash(a1.f) == hash(a1.f), a1.f == a1.f, {a1.f: 1}[a1.f])
class H:
    def __eq__(self, o): return True
    def __hash__(self): raise TypeError
    def f(self): pass
h = H()
print(hash(h.f) == hash(h.f))
class I:
    __init__ = property(booh)
try: I()
except AttributeError as e: print("AttributeError", e)
class J:
    @staticmethod
    def __init__(*args): print("init", len(args))
J(1, 2)
