import sys
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise AssertionError("from exit")
def f():
    with CM():
        aab
try:
    f()
except AssertionError:
    pass
print(sys.exc_info())
try:
    1/0
except ZeroDivisionError as e:
    print(repr(e.__context__))
def g():
    try:
        raise KeyError(1)
    except KeyError:
        raise ValueError(2)
try:
    g()
except ValueError:
    pass
print(sys.exc_info())
try:
    raise TypeError(3)
except TypeError as e:
    print(repr(e.__context__))
def gen():
    try:
        yield 1
    except GeneratorExit:
        raise
x = gen(); next(x); x.close()
try:
    raise OSError(4)
except OSError as e:
    print(repr(e.__context__))
