# repr(), ascii() and str() return what __repr__/__str__ return when it is an instance of a
# str subclass (CPython's PyObject_Repr, PyObject_ASCII, PyObject_Str).
class S(str):
    pass
class WithRepr:
    def __init__(self, v): self.v = v
    def __repr__(self): return self.v
class WithStr:
    def __init__(self, v): self.v = v
    def __str__(self): return self.v
def t(x):
    print(type(x).__name__, x)
t(repr(WithRepr(S('<abc>'))))
t(repr(WithRepr('<abc>')))
t(repr(S('abc')))
t(ascii(WithRepr(S('<abc>'))))
t(ascii(WithRepr(S('<\U0001f40d>'))))
t(ascii(S('abc')))
t(str(WithStr(S('abc'))))
t(str(WithStr('abc')))
t(S(WithStr(S('abc'))))
t(str(WithRepr(S('r'))))
t(str(S('abc')))
try:
    repr(WithRepr(b'x'))
except TypeError as e:
    print(e)
try:
    str(WithStr(1))
except TypeError as e:
    print(e)
class E(Exception):
    pass
t(str(E(S('e'))))
t(str(E('a', 'b')))
