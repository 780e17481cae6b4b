# Slices with big and __index__ bounds, slice objects, sorting details, recursive reprs.
a = list(range(10))
b = [None]
print(a[2 ** 70:], a[:2 ** 70], a[-2 ** 70:3], a[::2 ** 70], a[::-2 ** 70], "abc"[-2 ** 70:], (1, 2)[: 2 ** 64])
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3), slice(None) == slice(None, None))
print(slice(2 ** 70).indices(10), slice(-5, None, -1).indices(3), slice(None, None, 3).indices(2 ** 65))
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(a[I(1):I(7):I(2)], slice(I(1), None).indices(4), "hello"[I(1):], range(10)[I(3):I(9):I(2)])
for bad in [lambda: a[1.0:], lambda: a[:"x"], lambda: a[::0], lambda: slice(1).indices(-1), lambda: hash(slice(1)),
            lambda: a[[1]], lambda: tuple(a)[str(1)], lambda: "s"[b[0]], lambda: slice(1, 2).indices(1.5)]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
b = list(range(8))
b[1:7:2] = "xyz"
b[-1:-9:-3] = (None, None, None)
print(b)
del b[::-3]
print(b)
b[2:2] = iter([7, 7])
b[5:] = {}
print(b)
for bad in [lambda: b.__setitem__(slice(0, 1), 1), lambda: b.__setitem__(slice(None, None, 2), [1]),
            lambda: b.__setitem__(slice(None, None, 0), [])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# sorting: stability, reverse keeps equal items in order, key called once per item
calls = []
def key(x):
    calls.append(x)
    return x % 3
data = [5, 3, 9, 6, 1, 4, 7]
print(sorted(data, key=key), len(calls), sorted(data, key=key, reverse=True))
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d")]
print(sorted(pairs, key=lambda p: p[0], reverse=True), sorted(pairs, reverse=True))
l = [3, 1, 2]
l.sort(key=None, reverse=False)
print(l, sorted([], reverse=True), sorted("bca", key=ord), sorted([1.5, 1, True, 0.5]))
for bad in [lambda: sorted([1, "a"]), lambda: sorted([1], key=1), lambda: [].sort(1), lambda: sorted(),
            lambda: sorted([1], cmp=None), lambda: [2, 1].sort(key=lambda x: x.y), lambda: sorted([{1}, [1]])]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
mutated = [3, 2, 1]
def evil(x):
    mutated.append(x)
    return x
try:
    mutated.sort(key=evil)
except ValueError as e:
    print(type(e).__name__, e)
# recursive reprs
x = [1]
x.append(x)
y = {"k": x}
x.append(y)
print(x, y)
t = ([],)
t[0].append(t)
print(t, [t], {1: t})
d = {}
d[1] = d.keys()
print(d)
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return "Node(%r)" % self.children
n = Node()
n.children.append(n.children)
print(n, repr([[[]]]), repr(((),)), repr(({},)), str({1: {2: {}}}))
print({1: "a", 2: [3, {4}]}.items(), {"k": (1,)}.values(), frozenset({frozenset()}), set([(1, 2)]))
