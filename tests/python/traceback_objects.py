# Traceback objects: identity along the chain, with_traceback, TracebackType(), tb_next checks, an explicit re-raise adds an entry; implicit chaining does not make cycles; throw() with a traceback.
import traceback, sys, types
def f():
    x = 1
    return 1/0
def g():
    f()
try:
    g()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_next.tb_next is tb.tb_next.tb_next, tb.tb_frame is sys._getframe())
    print([ln for _, ln in traceback.walk_tb(tb)])
    e2 = ValueError().with_traceback(tb)
    print(e2.__traceback__ is tb)
def raiser():
    try:
        1/0
    except Exception as e:
        raise e
try:
    raiser()
except Exception as e:
    print([ln for _, ln in traceback.walk_tb(e.__traceback__)])
t = types.TracebackType(None, sys._getframe(), 4, 99)
print(t.tb_lasti, t.tb_lineno, t.tb_next)
try:
    types.TracebackType("no", sys._getframe(), 1, 2)
except TypeError as e:
    print(e)
try:
    t.tb_next = t
except ValueError as e:
    print(e)

# implicit chaining cuts a cycle it would make
class A(Exception): pass
class B(Exception): pass
class C(Exception): pass
try:
    try:
        raise A
    except A as a_:
        a = a_
        try:
            raise B
        except B as b_:
            b = b_
            try:
                raise C
            except C as c_:
                c = c_
                raise a
except A as e:
    print(e is a, type(a.__context__).__name__, type(c.__context__).__name__, b.__context__)

try:
    try:
        xyzzy
    except NameError as na:
        try:
            1/0
        except ZeroDivisionError:
            raise na
except NameError as e:
    print(type(e.__context__).__name__, e.__context__.__context__)

# throw(type, value, tb): the generator's entry goes in front of tb
def gen():
    yield

try:
    raise KeyError("k")
except KeyError as ke:
    saved = ke.__traceback__
g = gen()
next(g)
try:
    g.throw(KeyError, KeyError("x"), saved)
except KeyError as e:
    print([ln for _, ln in traceback.walk_tb(e.__traceback__)][-2:] == [gen.__code__.co_firstlineno + 1, saved.tb_lineno])

# positions in code objects agree with tb_lasti
def h():
    return 1/0
try:
    h()
except ZeroDivisionError as e:
    t = e.__traceback__.tb_next
    pos = list(t.tb_frame.f_code.co_positions())[t.tb_lasti // 2]
    print(pos[0] == t.tb_lineno, t.tb_lasti % 2)
