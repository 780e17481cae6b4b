# code.replace() of the naming fields and flags, assigning __code__ (types.coroutine does both)
def f(): return 1
c = f.__code__
c2 = c.replace(co_flags=c.co_flags | 0x100)
print(c2.co_flags - c.co_flags, c2.co_name, c2 is c)
f.__code__ = c2
print(f())
c3 = c.replace(co_name="g", co_qualname="g")
print(c3.co_name, c3.co_qualname)
try:
    c.replace(co_bogus=1)
except TypeError as e:
    print("TypeError", e)
try:
    c.replace(1)
except TypeError as e:
    print("TypeError", e)
import types, asyncio
@types.coroutine
def sleep0():
    yield
print(sleep0.__code__.co_flags & 0x100)
