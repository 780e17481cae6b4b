# sets: CPython's iteration order for ints, operations, methods, in-place operators, errors.
print({3, 1, 2}, {10, 5, 100, 7, 64}, set([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]), {-1, -2, 5})
print(list({32, 16, 8, 0}), {1 << 40, 1, 2 ** 61, -5}, {0.5, 1.5, 2.0}, {(1, 2), (2, 1)} == {(2, 1), (1, 2)})
s = set()
for i in [50, 3, 18, 2, 99, 41, 7, 64, 0, 13, 8]:
    s.add(i)
print(s, len(s))
s.discard(18)
s.remove(99)
s.add(1000)
print(s, s.pop(), s.pop(), s)
print(set(range(20)), frozenset(range(30, 0, -3)))
a, b = {1, 2, 3, 4, 5}, {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)
print(a.union([10, 9], (8,)), a.intersection(range(3), [2, 1, 0]), a.difference({1}, [2]), a.symmetric_difference([5, 6]))
print(a.union(), a.intersection(), a.difference(), a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint(b))
fa = frozenset(a)
print(fa | b, b | fa, type(fa | b).__name__, type(b | fa).__name__, type(fa.union(b)).__name__, fa.copy() is fa or fa.copy() == fa)
print(a == fa, fa == a, a <= fa, a < fa, {1} < fa, fa > {1}, fa >= a, a != b)
c = {1, 2, 3}
c |= {4}
c &= {1, 2, 4, 8}
c -= {1}
c ^= {2, 16}
print(c)
c.update([5], range(6, 8))
c.intersection_update([4, 5, 6, 7, 99], {4, 5, 6, 7})
c.difference_update({4}, [5])
c.symmetric_difference_update([7, 8])
print(c)
f = frozenset([1, 2])
g = f
g |= {3}
print(f, g, f is g)
print(hash(frozenset()), hash(frozenset({1})), hash(frozenset({1, 2, 3})), hash(frozenset(range(100))))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {frozenset(): 1}[frozenset()])
print(sorted({frozenset({1}), frozenset({1, 2}), frozenset({2})}, key=sorted))
print(set("hello") == set("olleh"), len(set("mississippi")), {x % 5 for x in range(100)})
print(set({"k": 1, "j": 2}) == {"k", "j"}, set({1: 2, 3: 4}), set({1: 2}.items()))
for bad in [lambda: set().pop(), lambda: {1}.remove(9), lambda: {1} + {2}, lambda: {1} < [1], lambda: set(5),
            lambda: frozenset().add(1), lambda: a[0], lambda: {1}.add(), lambda: {1}.add(1, 2),
            lambda: {1}.union(5), lambda: {1} | [2], lambda: set([], []), lambda: set(x=1), lambda: hash({1}),
            lambda: {1}.issubset(), lambda: {[1]}]:
    try:
        print(bad())
    except (TypeError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
t = {1, 2, 3}
try:
    for x in t:
        t.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
it = iter({1, 2})
print(type(it).__name__, next(it), next(it), next(it, "done"))
u = {1, 2}
it = iter(u)
u.add(3)
for attempt in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print(type(e).__name__, e)
big = set(range(1000))
big -= set(range(0, 1000, 2))
print(len(big), min(big), max(big), sum(big), list(big)[:5])
big.difference_update(range(0, 1000, 3))
print(len(big), list(big)[:5])
print(set([1, 2, 3]) == {3, 2, 1}, {1, 2} != {1, 2, 3}, {1} == {1.0}, {True} == {1}, {0} == {False})
class E:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n % 3
    def __eq__(self, o):
        return isinstance(o, E) and o.n == self.n
    def __repr__(self):
        return "E%d" % self.n
es = {E(i) for i in range(7)}
print(len(es), E(4) in es, E(9) in es, sorted(es, key=lambda e: e.n))
