# Details of tuple, list, dict, set and slice that CPython's own tests check.
import collections
import copy
import pickle
import sys

# list.index / tuple.index clamp start and stop of any size
a = [1, 2, 0, 3]
print(a.index(0, -4 * sys.maxsize, 4 * sys.maxsize), tuple(a).index(0, -4 * sys.maxsize, 4 * sys.maxsize))
try:
    a.index(0, 3, 4 * sys.maxsize)
except ValueError as e:
    print(e)
try:
    a.index(0, "x")
except TypeError as e:
    print(e)

# an exact tuple repeated once or concatenated with () is itself; a subclass's result is a new tuple
for m in range(3):
    s = tuple(range(m))
    print(m, s * 1 is s, 1 * s is s, s + () is s, () + s is s, s * 0 is tuple())


class T(tuple):
    pass


u = T((0, 1))
print(u * 1 is u, type(u * 1).__name__, u + () is u, type(() + u).__name__)

# slices: unhashable, picklable
s = slice(1, 10, 2)
print(copy.deepcopy(s), pickle.loads(pickle.dumps(s)))
try:
    hash(slice(5))
except TypeError as e:
    print(e)

# dict views know their dict; setdefault hashes once; a merge notices its source changing
print(type({}.keys().mapping).__name__, dict({1: 2}.items().mapping))


class Hashed:
    def __init__(self):
        self.hash_count = 0
        self.eq_count = 0

    def __hash__(self):
        self.hash_count += 1
        return 42

    def __eq__(self, other):
        self.eq_count += 1
        return id(self) == id(other)


h1, h2 = Hashed(), Hashed()
y = {h1: 5}
y.setdefault(h2, [])
print(h1.hash_count, h2.hash_count, h1.eq_count + h2.eq_count)


class X:
    def __hash__(self):
        return 0

    def __eq__(self, o):
        other.clear()
        return False


other = dict([(i, 0) for i in range(1, 1337)])
other[X()] = 0
d = {X(): 0, 1: 1}
try:
    d.update(other)
except RuntimeError as e:
    print(e)

# a dict subclass with its own order (OrderedDict) is copied in that order
od = collections.OrderedDict([("a", 1), ("b", 2)])
od.move_to_end("a")
print(list(dict(od).items()), list(type("C", (), od).__dict__)[:2])

# deep nesting: repr is a RecursionError
d = {}
for i in range(sys.getrecursionlimit() + 100):
    d = {1: d}
try:
    repr(d)
except RecursionError:
    print("RecursionError")
l = []
for i in range(sys.getrecursionlimit() + 100):
    l = [l]
try:
    repr(l)
except RecursionError:
    print("RecursionError")


# a set subclass with its own hash is looked up by it; an unhashable set stands for the frozenset
class H(set):
    def __hash__(self):
        return 7


hs = H()
f = set()
f.add(hs)
print(hs in f, {1} in {frozenset({1})})
f.remove(hs)
print(hs in f, len(f))

# hash: bytes as the str of the same characters; a NaN as its object
print(hash("spam") == hash(b"spam"), hash("\xe9") == hash(b"\xe9"))
nan = float("nan")
print(hash(nan) == object.__hash__(nan))


class FH:
    def __hash__(self):
        return 42


class F(float, FH):
    pass


fn = F("nan")
print(hash(fn) == object.__hash__(fn))


# a set made from a dict, and dict.fromkeys of a set or dict, reuse the hashes held: no __hash__ calls
class HashCountingInt(int):
    def __init__(self, *args):
        self.hash_count = 0

    def __hash__(self):
        self.hash_count += 1
        return int.__hash__(self)


for thetype in (set, frozenset):
    d = dict.fromkeys(map(HashCountingInt, range(10)))
    counts = [sum(elem.hash_count for elem in d)]
    s = thetype(d)
    counts.append(sum(elem.hash_count for elem in d))
    s.difference(d)
    counts.append(sum(elem.hash_count for elem in d))
    if hasattr(s, "symmetric_difference_update"):
        s.symmetric_difference_update(d)
    counts.append(sum(elem.hash_count for elem in d))
    dict.fromkeys(set(d))
    dict.fromkeys(frozenset(d), 123)
    counts.append(sum(elem.hash_count for elem in d))
    print(thetype.__name__, counts, dict.fromkeys(frozenset(d), 123) == dict.fromkeys(d, 123))
big = {2 ** 62 + 5: 1, "abc": 2, (1, 2): 3, 1.5: 4, -1: 5, 2 ** 100: 6}
print(set(big) == set(list(big)), dict.fromkeys(set(big)) == dict.fromkeys(list(big)))
print(big[2 ** 62 + 5], big[(1, 2)], big[2 ** 100], big[-1], sorted(map(str, set(big) - {2 ** 100})))
