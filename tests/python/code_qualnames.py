# Qualified names made from the code unit's prefix and name when read (functions, nested
# functions, lambdas, nested classes, generators), and an assigned __qualname__.
class C:
    def m(self):
        def inner():
            return lambda: 0
        return inner
    class D:
        def n(self): pass
def f():
    return [x for x in (1,)]
print(C.m.__qualname__, C.m(None).__qualname__, C.m(None)().__qualname__, C.D.n.__qualname__, C.D.__qualname__)
print(f.__code__.co_qualname, C.m.__code__.co_qualname)
f.__qualname__ = "renamed"
print(f.__qualname__, repr(f).split(" at ")[0])
def g():
    yield 1
print(repr(g()).split(" at ")[0], g().__qualname__)
import functools
@functools.wraps(C.m)
def w(): pass
print(w.__qualname__)
