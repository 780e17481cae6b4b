# type.__doc__ is a getset (own dict entry, immutable types refuse, no deletion); **= names itself in the unsupported-operand message.
class X:
    "elephant"
print(X.__doc__)
X.__doc__ = "banana"
print(X.__doc__, X.__dict__['__doc__'])
for f in (lambda: type(list).__dict__["__doc__"].__set__(list, "blah"), lambda: type(X).__dict__["__doc__"].__delete__(X)):
    try: f()
    except TypeError as e: print(e)
class Y(X): pass
class Meta(type):
    "meta doc"
class Z(metaclass=Meta): pass
print(Z.__doc__, Meta.__doc__)
class D:
    @property
    def __doc__(self): return "instance doc"
print(D().__doc__, type(D.__doc__).__name__)
x = None
try: x **= 2
except TypeError as e: print(e)
try: x += 2
except TypeError as e: print(e)
try: y = x ** 2
except TypeError as e: print(e)
