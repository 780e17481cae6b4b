# pickling and copying through object.__reduce_ex__ for every protocol, and iterator reductions
import copy, copyreg, pickle

class C:
    def __init__(self):
        self.a = 1
class L(list):
    pass
class D(dict):
    pass
class S(set):
    pass
class Slotted:
    __slots__ = ('x', 'y')
class NewArgs:
    def __new__(cls, v):
        o = super().__new__(cls)
        o.v = v
        return o
    def __getnewargs__(self):
        return (self.v,)
class NewArgsEx:
    def __new__(cls, *, v):
        o = super().__new__(cls)
        o.v = v
        return o
    def __getnewargs_ex__(self):
        return ((), {'v': self.v})

print(int.__flags__ & (1 << 9), C.__flags__ & (1 << 9) != 0, int.__new__.__self__ is int,
      object.__new__.__self__ is object, len.__self__.__name__)
print(copyreg._reduce_ex(C(), 0)[1:], copyreg._reduce_ex(L([1]), 1)[1:])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    c = pickle.loads(pickle.dumps(C(), proto))
    l = pickle.loads(pickle.dumps(L([1, 2]), proto))
    d = pickle.loads(pickle.dumps(D(a=1), proto))
    s = Slotted(); s.x = 5
    s2 = pickle.loads(pickle.dumps(s, proto)) if proto >= 2 else None
    print(proto, type(c).__name__, c.a, type(l).__name__, l, type(d).__name__, d,
          s2 and (s2.x, hasattr(s2, 'y')))
for proto in (2, 4):
    print(pickle.loads(pickle.dumps(NewArgs(7), proto)).v, pickle.loads(pickle.dumps(NewArgsEx(v=8), proto)).v)
print(copy.copy(C()).a, copy.deepcopy(L([[1]])))
try:
    pickle.dumps(Slotted(), 1)
except TypeError as e:
    print('TypeError', e)
class IntSub(int):
    pass
print(pickle.loads(pickle.dumps(IntSub(5), 0)), type(pickle.loads(pickle.dumps(IntSub(5), 2))).__name__)

# iterators: length hints, reductions, pickling of partly consumed iterators
for seq in ([1, 2, 3], (1, 2, 3), 'abc', 'a\u20acb', b'xyz', bytearray(b'xy'), range(5), range(2**70, 2**70 + 3),
            {1: 2, 3: 4}, {5, 6, 7}, reversed([1, 2, 3])):
    it = iter(seq)
    next(it)
    print(type(it).__name__, it.__length_hint__(), sorted(pickle.loads(pickle.dumps(it)), key=repr),
          list(copy.copy(it)) == list(it))
it = iter([1, 2, 3])
it.__setstate__(2)
print(list(it), iter([]).__reduce__()[1], iter('').__reduce__()[1])
it = iter(range(10))
it.__setstate__(7)
print(list(it))
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError
it = iter(Seq())
next(it)
print(it.__reduce__()[2], it.__length_hint__())
class SS(set):
    __slots__ = ('tag', '__dict__')
ss = SS([1, 2]); ss.tag = 't'; ss.extra = 'e'
for proto in (0, 2, 5):
    r = pickle.loads(pickle.dumps(ss, proto))
    print(type(r).__name__, sorted(r), r.tag, r.extra, sorted(pickle.loads(pickle.dumps(frozenset('ab'), proto))))
print(set([1]).__reduce__(), copy.deepcopy({(1, 2)}))
