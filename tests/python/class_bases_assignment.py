class A:
    def f(self): return "A"
class B:
    def f(self): return "B"
    def g(self): return "Bg"
class C(A):
    pass
class D(C):
    pass
d = D()
print(d.f(), [k.__name__ for k in D.__mro__])
for _ in range(3):
    C.__bases__ = (B,)
    print(d.f(), d.g(), [k.__name__ for k in D.__mro__], isinstance(d, B), isinstance(d, A), issubclass(D, B))
    C.__bases__ = (A,)
    print(d.f(), hasattr(d, "g"), [k.__name__ for k in D.__mro__])
for bad in [(), [A], (1,), (D,)]:
    try:
        C.__bases__ = bad
    except TypeError as e:
        print("TypeError:", e)
class S:
    __slots__ = ("x",)
try:
    C.__bases__ = (S,)
except TypeError as e:
    print("TypeError:", e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print("TypeError:", e)
try:
    del C.__bases__
except TypeError as e:
    print("TypeError:", e)
print(B.__subclasses__(), len(A.__subclasses__()))
