# In-place set operators on instances of set subclasses, and keyword arguments
# to the constructors of subclasses of tuple/frozenset/float/list/set.

class S(set):
    pass

a = S([1, 2, 3])
a &= S([2, 3, 4])
print(sorted(a), type(a).__name__)
a |= {5}
print(sorted(a))
a -= frozenset({5})
print(sorted(a))
a ^= {3, 7}
print(sorted(a))
print(a.__iand__([1]), a.__ior__(3))


class Logged(set):
    def __ior__(self, other):
        print("Logged.__ior__")
        return set.__ior__(self, other)


b = Logged([1])
b |= {2}
print(sorted(b), type(b).__name__)

for base in (frozenset, tuple, float, list, set):
    arg = 1.5 if base is float else [1.0]

    class WithInit(base):
        def __init__(self, arg, newarg=None):
            self.newarg = newarg

    class WithNew(base):
        def __new__(cls, arg, newarg=None):
            self = super().__new__(cls, arg)
            self.newarg = newarg
            return self

    class Plain(base):
        pass

    for cls in (WithInit, WithNew):
        try:
            u = cls(arg, newarg=3)
            print(base.__name__, cls.__name__, u.newarg)
        except TypeError as e:
            print(base.__name__, cls.__name__, "TypeError:", e)
    try:
        Plain(sequence=())
    except TypeError as e:
        print(base.__name__, "Plain TypeError:", e)
    try:
        base(sequence=())
    except TypeError as e:
        print(base.__name__, "TypeError:", e)
