# __slots__ on subclasses of built-in types
class S(set):
    __slots__ = ('x', '__dict__')
s = S([1, 2]); s.x = 5; s.y = 6
print(sorted(s), s.x, s.y, type(s).__name__)

class F(frozenset):
    __slots__ = ('a',)
f = F([3]); f.a = 'a'
print(sorted(f), f.a)
try:
    f.b = 1
except AttributeError as e:
    print('AttributeError', e)

class E(Exception):
    __slots__ = ('code',)
e = E('m'); e.code = 3
print(e.args, e.code)

class C(classmethod):
    __slots__ = ('extra',)
c = C(len); c.extra = 'ok'
print(c.extra, c.__func__)

class St(str):
    __slots__ = ('tag',)
st = St('abc'); st.tag = 1
print(st, st.tag)

class Fl(float):
    __slots__ = ('u',)
fl = Fl(1.5); fl.u = 'm'
print(fl, fl.u)

class D(dict):
    __slots__ = ('k',)
d = D(a=1); d.k = 2
print(d, d.k)

for base in (int, tuple, bytes, type):
    try:
        type('X', (base,), {'__slots__': ('a',)})
    except TypeError as e:
        print('TypeError', e)
for base in (int, tuple):
    X = type('X', (base,), {'__slots__': ()})
    print(base.__name__, 'empty slots ok', hasattr(X(), '__dict__'))
s2 = S()
try:
    del s2.x
except AttributeError as e:
    print('AttributeError', e)
