import sys, io
def show(f):
    try:
        f()
    except Exception:
        err = io.StringIO()
        old = sys.stderr
        sys.stderr = err
        try:
            sys.__excepthook__(*sys.exc_info())
        finally:
            sys.stderr = old
        print(err.getvalue().splitlines()[-1])
def a():
    blech = None
    print(bluch)
def b():
    return (1).__get__
def c():
    return [].apend
def d():
    import os
    return os.pathh
def e():
    return lenn([])
class A:
    blech = 1
def f():
    return A().BLECH
def g():
    return A.bluch
def h():
    return zzzzzzzzzzzzzz
def i():
    raise AttributeError("custom")
for fn in [a, b, c, d, e, f, g, h, i]:
    show(fn)
