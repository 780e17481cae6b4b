class CNS:
    def __init__(self):
        self._dct = {}
    def __setitem__(self, item, value):
        self._dct[item.lower()] = value
    def __getitem__(self, item):
        return self._dct[item]
class CMeta(type):
    @classmethod
    def __prepare__(metacls, name, bases, **kwds):
        return {'__annotations__': CNS()}
class CC(metaclass=CMeta):
    XX: 'ANNOT'
print(CC.__annotations__['xx'])
ns = {'__annotations__': CNS()}
exec('X: int; Z: str = "Z"; (w): complex = 1j', ns)
print(ns['__annotations__']['x'], ns['__annotations__']['z'])
def f2bad():
    (no_such_global): int
    print(no_such_global)
try:
    f2bad()
except Exception as e:
    print(type(e).__name__)
class Priv:
    __x: int
    y: str
print(Priv.__annotations__)
gns = {}; lns = {}
exec("'docstring'\n__annotations__[1] = 2\nx: int = 5\n", gns, lns)
print(lns["__annotations__"], "__annotations__" in gns)
