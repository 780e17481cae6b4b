import pickle, copy
class MyEnum(enumerate):
    pass
e = MyEnum("abc", 5)
print(type(e).__name__, list(e))
class Z(zip):
    def __init__(self, *a, **k):
        self.tag = "z"
z = Z([1, 2], "ab")
print(z.tag, list(z))
for it in [enumerate("abcd", 3), zip("ab", [1, 2, 3]), zip("ab", "cd", strict=True), map(str.upper, "xyz"),
           filter(None, [0, 1, 2, 0, 3]), reversed([1, 2, 3]), reversed("hello"), reversed((1, 2, 3))]:
    next(it)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        c = pickle.loads(pickle.dumps(it, proto))
        assert list(c) == list(copy.copy(it)), (it, proto)
    print(type(it).__name__, list(copy.deepcopy(it)), list(it))
r = reversed("abc")
r.__setstate__(10)
print(list(r))
class R(reversed):
    pass
print(type(R("abc")).__name__, list(R("abc")), type(R([1, 2])).__name__)
print(enumerate("ab").__reduce__()[1][1], reversed("abc").__length_hint__())
print(type(enumerate.__new__(MyEnum, "x")).__name__)
