# type.__annotations__: a class's own annotations only (CPython's type_get_annotations), set and deleted in its dict.
class A:
    attr: int
class B(A):
    pass
class C(A):
    attr: str
print(A.__annotations__, B.__annotations__, C.__annotations__, B.__annotations__ is B.__dict__['__annotations__'])
print(B().__annotations__, A().__annotations__)
try:
    int.__annotations__
except AttributeError as e:
    print(e)
class D: pass
D.__annotations__ = {'x': 1}
print(D.__annotations__)
del D.__annotations__
print('__annotations__' in D.__dict__)
try:
    del D.__annotations__
except AttributeError as e:
    print("AttributeError", e)
import typing
class E(typing.NamedTuple):
    a: int
print(E.__annotations__, typing.get_type_hints(E))
import dataclasses
@dataclasses.dataclass
class F(A):
    b: int = 0
print(F.__annotations__, [f.name for f in dataclasses.fields(F)])
