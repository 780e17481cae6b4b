import pickle, copy, operator
from functools import partial
from itertools import *
def roundtrip(it, n=2):
    for _ in range(n):
        next(it, None)
    outs = []
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        outs.append(list(islice(pickle.loads(pickle.dumps(it, proto)), 10)))
    outs.append(list(islice(copy.deepcopy(it), 10)))
    assert all(o == outs[0] for o in outs), outs
    return outs[0]
print(roundtrip(count(3)), roundtrip(count(1.5, 0.5)), roundtrip(repeat("x", 5)), roundtrip(repeat(7)))
print(roundtrip(cycle("abc"), 1), roundtrip(cycle("abc"), 5))
print(roundtrip(chain("ab", "cd")), roundtrip(chain.from_iterable(["xy", "z"]), 0))
print(roundtrip(compress("abcdef", [1, 0, 1, 1, 0, 1]), 1))
print(roundtrip(dropwhile(partial(operator.gt, 3), range(8)), 1), roundtrip(takewhile(partial(operator.gt, 5), range(8)), 1))
print(roundtrip(filterfalse(None, [0, 1, 0, 2, 3]), 1), roundtrip(starmap(operator.pow, [(2, 3), (3, 2), (2, 2)]), 1))
print(roundtrip(islice(range(20), 2, 15, 3), 1), roundtrip(islice(range(5), 3), 4))
print(roundtrip(accumulate([1, 2, 3, 4])), roundtrip(accumulate([1, 2, 3], initial=10), 0), roundtrip(accumulate([5, 2, 9], max), 1))
class F(filterfalse):
    def __init__(self, *a, newarg=None):
        self.newarg = newarg
u = F(None, [0, 1], newarg=3)
print(list(u), u.newarg)
try:
    class G(takewhile): pass
    G(bool, [1], newarg=3)
except TypeError as e:
    print(e)
print(count(5, 2).__reduce__(), repeat(1, 2).__reduce__()[1])
