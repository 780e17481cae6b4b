# dict methods, views, ordering after deletions, mutation during iteration, equality, errors.
d = dict.fromkeys(range(10), 0)
for i in range(0, 10, 2):
    del d[i]
d[0] = "back"
d[100] = "new"
print(d, len(d))
print(d.popitem(), d.popitem(), list(d))
d.clear()
print(d, len(d), d.get(1), bool(d))
d.update(a=1, b=2)
d.update({"c": 3}.items())
d.update([("d", 4)], e=5)
print(d)
print(d.pop("a"), d.pop("zz", None), d.setdefault("b"), d.setdefault("f", []), d)
c = d.copy()
c["b"] = "changed"
print(d["b"], c["b"], c == d, c != d, d == dict(d), d == d.copy())
print(dict(d) is d, type(dict.fromkeys("ab")).__name__)
# views are live
v = {"x": 1}
ks, vs, its = v.keys(), v.values(), v.items()
v["y"] = 2
print(ks, vs, its, len(ks), list(reversed(ks)), list(reversed(its)), list(reversed(vs)))
print(ks == {"x", "y"}, ks != {"x"}, ks < {"x", "y", "z"}, ks <= {"x", "y"}, ks > {"x"}, ks >= {"y"})
print({"x", "y"} == ks, its == {("x", 1), ("y", 2)}, vs == vs, vs == v.values())
print(ks & {"y", "q"}, sorted(ks | ["z"]), sorted(ks - {"x"}), sorted(ks ^ {"x", "w"}), sorted({"x", "q"} - ks))
print(ks.isdisjoint({"q"}), ks.isdisjoint(["x"]), its.isdisjoint({("x", 1)}), "x" in ks, 1 in vs, ("y", 2) in its, ("y", 3) in its)
print(type(ks).__name__, type(vs).__name__, type(its).__name__, type(iter(ks)).__name__, type(iter(vs)).__name__)
print(type(reversed(v)).__name__, type(reversed(vs)).__name__, type(reversed(its)).__name__)
# mutation while iterating
for make in [lambda z: z.keys(), lambda z: z.values(), lambda z: z.items(), lambda z: z]:
    z = {1: 1, 2: 2}
    try:
        for k in make(z):
            z[len(z) + 10] = 0
    except RuntimeError as e:
        print(type(e).__name__, e)
z = {1: 1, 2: 2}
it = iter(z)
next(it)
del z[2]
for attempt in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print(type(e).__name__, e)
z = {1: 1, 2: 2, 3: 3}
it = iter(z)
next(it)
del z[2]
z[4] = 4
try:
    print(list(it))
except RuntimeError as e:
    print(type(e).__name__, e)
z = {1: 1}
for k in z:
    z[k] = "value changes are fine"
print(z)
# popitem and order
p = {}
for i in range(5):
    p[i] = i
while p:
    print(p.popitem(), end=" ")
print()
p[1] = 1
p[2] = 2
print(p)
# comparison and hashing
print({1: 2} == {1.0: 2.0}, {1: [1]} == {1: [1]}, {1: 2} == [(1, 2)], {} == {})
for bad in [lambda: {1: 2} < {1: 3}, lambda: hash({}), lambda: {}.popitem(), lambda: {"a": 1}["b"],
            lambda: dict(1), lambda: dict([(1,)]), lambda: dict(["ab", "cde"]), lambda: {}.fromkeys(),
            lambda: dict({}, {}), lambda: {1: 2} | [(3, 4)], lambda: {}.get(), lambda: {}.keys(1)]:
    try:
        print(bad())
    except (TypeError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(dict(["ab", "cd"]), dict([[1, 2]], x=3), {**{"a": 1}, "b": 2, **{"a": 3}})
class M:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, k):
        return k.upper()
print(dict(M()), {**M()})
e = {}
e |= M()
print(e, {"a": 1} | {"a": 2, "b": 3})
# a value equal to itself only by identity
nan = float("nan")
print({1: nan} == {1: nan}, [nan] == [nan], (nan,) in {(nan,)})
