class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        cls.tag = kw.get('tag', 'none')
T = type('T', (Base,), {})
print(T.tag)
U = type('U', (Base,), {}, tag='x')
print(U.tag)
class V(Base, tag='y'): pass
print(V.tag)
import unittest
C = type('C', (unittest.TestCase,), {})
print(C._class_cleanups)
