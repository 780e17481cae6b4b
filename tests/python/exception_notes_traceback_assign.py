import sys
class S(str): pass
class R:
    def __repr__(self): return S("r!")
    def __str__(self): return S("s!")
print(repr(R()), str(R()), f"{R()!r}", "%s" % R())
e = ValueError(1)
e.add_note("n1")
try:
    e.add_note(42)
except TypeError as x:
    print(x)
e.__notes__ = 42
try:
    e.add_note("x")
except TypeError as x:
    print(x)
def f():
    raise KeyError(1)
try:
    f()
except KeyError as k:
    tb = k.__traceback__
e2 = IndexError(2).with_traceback(tb)
print(e2.__traceback__ is not None, e2.__traceback__.tb_frame.f_code.co_name, e2.__traceback__.tb_next.tb_frame.f_code.co_name)
e2.__traceback__ = None
print(e2.__traceback__)
try:
    e2.__traceback__ = 5
except TypeError as x:
    print(x)
try:
    e2.with_traceback(5)
except TypeError as x:
    print(x)
