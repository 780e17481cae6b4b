# Annotations: functions (parameters in order, then return), class and module level (simple names stored,
# others evaluated), functools.singledispatch by annotation, typing over them.
import functools
import typing


def f(a: int, b: "text" = 1, *args: str, c: float = 2.0, **kw: bool) -> list:
    return [a, b]


print(f.__annotations__, (lambda x: x).__annotations__)


def g():
    pass


print(g.__annotations__)
g.__annotations__["x"] = 1
print(g.__annotations__)
side = []


def note(v):
    side.append(v)
    return v


class C:
    a: note(int)
    b: note(str) = "b"
    (c): note(float) = 1.0
    if True:
        d: note(bytes)

    def m(self) -> "C":
        e: note(complex) = 1
        return e


print(C.__annotations__, side, C.b, C.c, C().m(), side)
x: int = 5
y: note(list)
print(__annotations__, x)


@functools.singledispatch
def show(v):
    return "any"


@show.register
def _(v: int):
    return "int"


@show.register
def _(v: list):
    return "list"


print(show(1), show([1]), show("s"), typing.get_type_hints(C))
