# exec()/eval() argument rules and messages of CPython 3.11, exec of a code object with closure=, type() argument checks
import collections
from types import CellType
for args in [('x=1', {}, 5), ('x=1', [], None), ('x=1', None, 5)]:
    try: exec(*args); print('ok')
    except TypeError as e: print(e)
for args in [('1', {}, 5), ('1', [], None), ('1', 5)]:
    try: eval(*args); print('ok')
    except TypeError as e: print(e)
try: eval('1', collections.UserDict())
except TypeError as e: print(e)
for call in [lambda: exec(), lambda: exec('1','2','3','4'), lambda: eval('1', closure=()), lambda: eval(),
             lambda: eval('1','2','3','4'), lambda: exec('1', foo=1), lambda: exec('x=1', closure=())]:
    try: call()
    except TypeError as e: print(e)
def outer():
    a = 2
    def inner():
        nonlocal a
        a = a * 21
        return a
    return inner
f = outer()
exec(f.__code__, f.__globals__, closure=f.__closure__)
print(f.__closure__[0].cell_contents)
exec(f.__code__, {}, closure=(CellType(5),))
for bad in [None, (), (1,), (CellType(1), CellType(2))]:
    try: exec(f.__code__, {}, closure=bad)
    except TypeError as e: print(e)
def plain(): return 1
try: exec(plain.__code__, {}, closure=(CellType(1),))
except TypeError as e: print(e)
try: eval(f.__code__)
except TypeError as e: print(e)
g = {}
exec("y = 5\ndef h(): return y\nz = h()", g)
print(g["z"])
l = {}
exec("w = 7", g, l)
print(l, "w" in g)
print(eval("y + 1", g), eval("q", {}, {"q": 3}))
import types
for args, kw in [((), {}), (('A', ()), {}), (('A', (), {}, ()), {}), (('A', ()), {'dict': {}}), (('A', [], {}), {}),
                 (('A', (), types.MappingProxyType({})), {}), (('A', (None,), {}), {}), (('A', (bool,), {}), {}), (('A', (int, str), {}), {})]:
    try:
        type(*args, **kw)
        print("no error", args)
    except TypeError as e:
        print("TypeError", e)
