# dict and set key semantics: hash/eq unification of numbers, the first key kept, user keys.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, list(d), type(list(d)[0]).__name__)
d2 = {True: "a"}
d2[1] = "b"
print(d2, 1 in d2, 1.0 in d2, d2[1.0], d2.get(True))
print({0: "zero", False: "f", 0.0: "z", -0.0: "nz"})
print({2 ** 70: "big", float(2 ** 70): "fbig"}, {-1: "m", -1.0: "mf"}, {-2: 1, -1: 2})
s = {1, 1.0, True}
print(s, {True, 1}, {1.0, True}, frozenset([True, 1]), len({0, False, 0.0, -0.0}))
print({1: "a"}.keys() == {True}, {1: "a"}.items() == {(1.0, "a")}, 1.5 in {1.5: 0}, {1.5} == {1.5, 3 / 2})
# dict views see the unified keys
kv = {1: "x", 2: "y"}
print(True in kv.keys(), (1.0, "x") in kv.items(), kv.keys() & {1.0, 2.0, 3}, kv.keys() | {True})

class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        print("eq", self.v, other.v if isinstance(other, Key) else other)
        return (other.v if isinstance(other, Key) else other) == self.v
    def __repr__(self):
        return "Key(%r)" % self.v
k1, k2 = Key(5), Key(5)
m = {k1: "first"}
m[k2] = "second"
print(m, list(m)[0] is k1)
print(m[5], 5 in m)
m2 = {5: "five"}
print(m2[Key(5)])
print({Key(1), Key(2)} == {Key(2), Key(1)})

class NoHash:
    __hash__ = None
for bad in [lambda: {[1]: 2}, lambda: {[]}, lambda: {NoHash()}, lambda: {}.get([1]), lambda: [1] in {},
            lambda: {1: 2}.pop({}), lambda: {(1, [2]): 0}, lambda: set().add({}), lambda: frozenset([[1]]),
            lambda: {}.setdefault([]), lambda: {1: 2}[[1]]]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
# a set is looked up as the equal frozenset
fs = {frozenset({1, 2}): "fs"}
print({1, 2} in {frozenset({1, 2})}, {frozenset({1, 2})}.__contains__({2, 1}))
ss = {frozenset({3})}
ss.discard({3})
print(ss)
ss.add(frozenset({4}))
ss.remove({4})
print(ss)
# NaN keys: only the same object finds itself
nan = float("nan")
nd = {nan: 1}
print(nd[nan], float("nan") in nd, len({nan, nan}), len({float("nan"), float("nan")}))
# str keys and int keys mixed
mix = {"a": 1, 97: 2, "97": 3}
print(mix["a"], mix[97], mix["97"], len(mix))
big = {}
for i in range(-50, 50):
    big[i] = i * i
    big[str(i)] = i
for i in range(-50, 50, 3):
    del big[i]
print(len(big), big[-49], big["-50"], sum(v for k, v in big.items() if isinstance(k, int)))
print(list(big)[:6], list(big.values())[-3:])
