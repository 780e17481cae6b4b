# Inline-cache slots for container operations and module function calls: every program point
# runs many times with the same types (a slot), then with other types (a miss or a new slot).
import math
import types


def slices(seq):
    out = []
    for k in range(3):
        out.append(seq[1:])
        out.append(seq[::-1])
        out.append(seq[-2:10:2])
        out.append(seq[k:k])
    return out


for _ in range(30):
    a = slices([1, 2, 3, 4, 5])
    b = slices((1, 2, 3, 4, 5))
print(a)
print(b)
print(slices("abcde"))


class L(list):
    def __getitem__(self, i):
        return ("L", i)


print(slices(L([1, 2, 3]))[:2])


def assign(xs, value):
    xs[1:3] = value
    return xs


for i in range(30):
    r = assign([0, 1, 2, 3], [i, i, i])
print(r)
print(assign([0, 1, 2, 3], "ab"))
print(assign([0, 1, 2, 3], range(2)))
try:
    xs = [0, 1, 2, 3, 4]
    for v in ([9, 9], [8]):
        xs[::2] = v
except ValueError as e:
    print(type(e).__name__, e)
try:
    assign([0, 1], 5)
except TypeError as e:
    print(type(e).__name__, e)


def concat(a, b):
    return a + b


for i in range(30):
    c = concat([i], [i + 1])
    d = concat((i,), (i + 1,))
print(c, d, concat("x", "y"), concat(1, 2))
try:
    concat([1], (2,))
except TypeError as e:
    print(type(e).__name__, e)


def extend(a, b):
    a += b
    return a


base = [0]
for i in range(30):
    r = extend(base, [i])
print(len(base), r is base)


def setops(a, b):
    return a | b, a & b, a - b, a ^ b


for i in range(30):
    r = setops({1, 2, i}, {2, 3})
print([sorted(x) for x in r])
for x, y in [({1, 2}, frozenset({2, 3})), (frozenset({1, 2}), {2, 3}), (frozenset({1}), frozenset({1}))]:
    print([type(v).__name__ for v in setops(x, y)], [sorted(v) for v in setops(x, y)])
try:
    setops({1}, [1])
except TypeError as e:
    print(type(e).__name__, e)


def inplace_union(a, b):
    a |= b
    return a


s = {0}
for i in range(30):
    t = inplace_union(s, {i})
print(len(s), t is s)


def roots(n):
    t = 0.0
    for i in range(n):
        t += math.sqrt(i)
    return t


print(round(roots(100), 6))
saved = math.sqrt
math.sqrt = lambda x: -1.0
print(roots(5))
math.sqrt = saved
print(round(roots(5), 6))

m = types.ModuleType("m")
m.f = len
calls = []
for i in range(30):
    calls.append(m.f("ab" * i))
m.f = lambda s: "replaced"
calls.append(m.f("x"))
del m.f
try:
    m.f("x")
except AttributeError as e:
    calls.append(str(e))
m.f = 42
try:
    m.f("x")
except TypeError as e:
    calls.append(str(e))
print(calls[-4:])
