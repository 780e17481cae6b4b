# type.__new__ has no one-argument form; __qualname__ in a class namespace must be a str and may be a slot; slot names are identifiers.
class M(type): pass
try: M(5)
except TypeError as e: print(e)
class N(type, metaclass=M): pass
try: N(5)
except TypeError as e: print(e)
try: type('Foo', (), {'__qualname__': 1})
except TypeError as e: print(e)
class Foo: pass
try: Foo.__qualname__ = 1
except TypeError as e: print(e)
try:
    class X: __slots__ = ['foo\0bar']
except TypeError as e: print(e)
class Meta(type):
    def __new__(cls, name, bases, namespace, attr):
        assert attr in namespace
        return super().__new__(cls, name, bases, namespace)
class C1:
    class __metaclass__ : pass
try:
    class C2(metaclass=Meta, attr="__qualname__"):
        __slots__ = ["__qualname__"]
    print(C2.__qualname__)
except Exception as e: print(type(e), e)
