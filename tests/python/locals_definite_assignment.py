# Definite assignment of locals (UnboundLocalError exactly where CPython raises it) and subscripts by int constants
def f(c):
    if c:
        x = 1
    return x
def g():
    x = 1
    del x
    return x
def h():
    for i in range(3):
        if i == 2:
            print(y)
        y = i
        if i == 1:
            del y
def k():
    try:
        x = 1 / 0
    except ZeroDivisionError:
        return x
def k2():
    x = 0
    try:
        del x
        1 / 0
    except ZeroDivisionError:
        return x
def w():
    n = 0
    while n < 3:
        if n > 0:
            print(z)
        z = n
        n += 1
    return z
def gen():
    x = 1
    yield x
    del x
    yield x
def exc_as():
    try:
        1/0
    except Exception as e:
        pass
    return e
for fn, a in [(f, (0,)), (f, (1,)), (g, ()), (h, ()), (k, ()), (k2, ()), (w, ()), (exc_as, ())]:
    try:
        print(fn.__name__, fn(*a))
    except UnboundLocalError as e:
        print(fn.__name__, "UnboundLocalError", e)
    except NameError as e:
        print(fn.__name__, "NameError", e)
it = gen()
print(next(it))
try:
    next(it)
except UnboundLocalError as e:
    print("gen", e)
class C:
    def __getitem__(self, k): return ("C", k)
d = {0: "zero", -1: "m1"}
for obj in ([1, 2, 3], (4, 5, 6), "abc", b"xyz", d, C(), range(10)):
    print(obj[0], obj[-1])
for bad in ([], (), None, 5, {}):
    try:
        print(bad[0])
    except Exception as e:
        print(type(e).__name__, e)
class L(list):
    def __getitem__(self, i): return "sub"
print(L([1])[0])
def f(p):
    x = p[1]
    x = x[0]
    return x
print(f([0, [7]]))
print([10**20, 2][1], [1][0])
def f(a):
    for x in a:
        pass
    return x
try:
    f([])
except UnboundLocalError as e:
    print(e)
def g(a):
    for x in a:
        pass
    return x
print(g([1,2]))
def h():
    with open("/dev/null") as fh:
        pass
    return fh.closed
print(h())
def k():
    import os
    return os.sep
print(k())
