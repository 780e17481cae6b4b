import collections.abc
class Seq(collections.abc.Sequence):
    def __getitem__(self, i): return i
    def __len__(self): return 42
match Seq():
    case [x, *_, y]:
        print(x, y)
class S2(collections.abc.Sequence):
    __getitem__ = None
    def __len__(self): return 0
match S2():
    case []:
        print("empty")
class L:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i
    def __len__(self): return 3
match L():
    case [*_]: print("bad")
    case _: print("not a seq")
collections.abc.Sequence.register(L)
match L():
    case [a, b, c]: print(a, b, c)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}: print(rest)
class M(dict):
    def get(self, k, d=None):
        print("get", k)
        return super().get(k, d)
match M(a=1):
    case {"a": v}: print(v)
import array
match array.array("i", [1, 2]):
    case [p, q]: print(p + q)
match collections.deque([1, 2, 3]):
    case [1, *r]: print(r)
match "ab":
    case [a, b]: print("str!")
    case _: print("str no")
match range(3):
    case [_, _, _]: print("range3")
k = "a"
class K: a = "a"
try:
    match {"a": 1}:
        case {K.a: 1, K.a: 2}: pass
except ValueError as e:
    print("VE", e)
print(list.__flags__ & (1<<5), dict.__flags__ & (1 << 6), collections.abc.Sequence.__flags__ & (1 << 5), Seq.__flags__ & (1 << 5), L.__flags__ & 96)
import collections
x = collections.defaultdict(int)
match x:
    case {0: 0}:
        y = 0
    case {}:
        y = 1
print(x, y)
class P: pass
collections.abc.Mapping.register(P)
match P():
    case {}: print("map")
