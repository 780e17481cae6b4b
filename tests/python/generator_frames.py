# gi_frame / cr_frame / ag_frame, f_back of suspended and delegating frames, gi_yieldfrom while
# running, generator attribute descriptors, throw() with an exception class that fails to build.
import sys
import inspect


def names(frame, stop):
    out = []
    while frame is not None and frame.f_code.co_name != stop:
        out.append(frame.f_code.co_name)
        frame = frame.f_back
    return out


def gen():
    yield sys._getframe()
    yield 2


g = gen()
print(type(g.gi_frame).__name__, g.gi_frame.f_back)
f = next(g)
print(f is g.gi_frame, g.gi_frame.f_back, g.gi_frame.f_code.co_name, g.gi_frame.f_lineno)
list(g)
print(g.gi_frame, inspect.getgeneratorstate(g))


async def co():
    pass

c = co()
print(type(c.cr_frame).__name__, c.cr_frame.f_back)
c.close()
print(c.cr_frame)


async def ag():
    yield 1

a = ag()
print(type(a.ag_frame).__name__, a.ag_frame.f_back)


def inner():
    yield names(sys._getframe(), "main")


def outer():
    yield from inner()


def main():
    o = outer()
    print(o.send(None))
    try:
        o.throw(ValueError)
    except ValueError:
        print("thrown through")


main()


def b():
    print("while running:", gb.gi_yieldfrom)
    yield 1

def a2():
    yield from b()

gb = a2()
next(gb)
print("suspended:", gb.gi_yieldfrom.gi_code.co_name)

# attribute descriptors
try:
    g.gi_running = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    del g.__name__
except TypeError as e:
    print("TypeError", e)
g.__name__ = "renamed"
print(g.__name__)
print(type(g).__dict__["__name__"].__doc__)
print(type(c).__dict__["__qualname__"].__doc__)
print(type(g).send.__doc__)
print(type(c).close.__doc__)


# a class whose __new__ returns no exception: the TypeError goes into the generator
class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls

def boring():
    yield

bg = boring()
try:
    bg.throw(E)
except TypeError as e:
    print("TypeError", e)
print(next(bg, "exhausted"))

def catching():
    try:
        yield
    except TypeError as e:
        print("caught inside:", e)
        yield "after"

cg = catching()
next(cg)
print(cg.throw(E))

# clearing a suspended generator's frame closes it; a running one cannot be cleared
def closing():
    try:
        yield 1
    finally:
        print("closed by clear")

cl = closing()
next(cl)
cl.gi_frame.clear()
print(inspect.getgeneratorstate(cl))

def selfclear():
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        print("RuntimeError", e)
    yield

next(selfclear())
