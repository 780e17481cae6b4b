# itertools: every iterator, its reprs, argument errors, laziness and subclassing.
import itertools as it


def show(label, thunk):
    try:
        r = thunk()
        print(label, "->", r)
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


show("count", lambda: (it.count(), it.count(5), it.count(2, 1.0), it.count(1.5, 0.5), it.count(start=3, step=-2)))
show("count big", lambda: list(it.islice(it.count(2 ** 63 - 2), 4)))
show("count float", lambda: list(it.islice(it.count(1, 0.25), 4)))
show("count str", lambda: it.count("a"))
show("count kw", lambda: it.count(x=1))
show("repeat", lambda: (it.repeat("a"), it.repeat("a", 3), it.repeat("a", -2), list(it.repeat(None, 2))))
show("repeat hint", lambda: it.repeat(1, 4).__length_hint__())
show("repeat kw", lambda: list(it.repeat(times=2, object="z")))
show("repeat missing", lambda: it.repeat())
show("repeat too many", lambda: it.repeat(1, 2, 3))
show("cycle", lambda: list(it.islice(it.cycle([1, 2, 3]), 8)))
show("cycle empty", lambda: list(it.cycle([])))
show("cycle none", lambda: it.cycle())
show("accumulate", lambda: (list(it.accumulate([5, 1, 3], min)), list(it.accumulate([], initial=7)),
                            list(it.accumulate("abc", initial="x"))))
show("accumulate pos", lambda: it.accumulate([], None, None))
show("chain", lambda: list(it.chain("ab", [], (1,), range(2))))
show("chain lazy", lambda: type(it.chain(1)).__name__)
show("chain bad", lambda: list(it.chain([1], 2)))
show("from_iterable", lambda: list(it.chain.from_iterable(x * 2 for x in "ab")))
show("compress", lambda: list(it.compress(range(10), it.cycle([True, False, False]))))
show("dropwhile", lambda: list(it.dropwhile(str.isdigit, "12ab3")))
show("takewhile", lambda: list(it.takewhile(str.isdigit, "12ab3")))
show("filterfalse None", lambda: list(it.filterfalse(None, [0, 1, "", "a", None])))
show("starmap", lambda: list(it.starmap(divmod, [(7, 2), [9, 4]])))
show("starmap bad", lambda: list(it.starmap(pow, [1])))
show("pairwise", lambda: (list(it.pairwise(range(4))), list(it.pairwise(""))))
show("zip_longest", lambda: list(it.zip_longest([1, 2, 3], "ab", fillvalue=0)))
show("zip_longest none", lambda: list(it.zip_longest()))
show("zip_longest kw", lambda: it.zip_longest([], foo=1))
show("islice", lambda: (list(it.islice(range(20), 3, None, 5)), list(it.islice("abc", 0)), list(it.islice("abcdef", 1, 4))))
show("islice neg", lambda: it.islice("abc", -1))
show("islice start", lambda: it.islice("abc", "x", 2))
show("islice step", lambda: it.islice("abc", 0, 2, 0))
show("islice args", lambda: it.islice("abc"))
show("product", lambda: list(it.product([1, 2], "xy", repeat=1)))
show("product repeat", lambda: list(it.product("ab", repeat=2)))
show("product empty", lambda: (list(it.product()), list(it.product("ab", []))))
show("product neg", lambda: it.product("a", repeat=-1))
show("permutations", lambda: (list(it.permutations([1, 2, 3])), list(it.permutations("ab", 3)), list(it.permutations("ab", 0))))
show("permutations r", lambda: it.permutations("ab", "x"))
show("combinations", lambda: (list(it.combinations(range(4), 3)), list(it.combinations("ab", 3))))
show("combinations r", lambda: it.combinations("ab", -1))
show("combinations missing", lambda: it.combinations("ab"))
show("cwr", lambda: (list(it.combinations_with_replacement([1, 2, 3], 2)), list(it.combinations_with_replacement("", 0))))
show("groupby", lambda: [(k, list(g)) for k, g in it.groupby([1, 1, 2, 3, 3, 3, 1])])
show("groupby key", lambda: [(k, "".join(g)) for k, g in it.groupby("aAbBBc", key=str.lower)])
g = it.groupby("aabbb")
k1, g1 = next(g)
k2, g2 = next(g)
print("stale grouper", list(g1), list(g2), type(g1).__name__)
a, b, c = it.tee(iter(range(4)), 3)
print("tee", next(a), next(a), list(b), list(a), list(c), type(a).__name__)
t = it.tee([1, 2])[0]
t2, t3 = it.tee(t)
print("tee of tee", t2 is t, list(t3), list(t))
show("tee n", lambda: it.tee([], -1))
show("tee zero", lambda: it.tee([], 0))
print(type(it.count()).__module__, it.count.__name__, repr(it.chain))


class Evens(it.count):
    def __init__(self, start):
        self.start = start


e = Evens(10)
print(next(e), next(e), e.start, isinstance(e, it.count), e)
print(sorted(it.chain("ca", "b")), sum(it.repeat(2, 5)), "x" in it.repeat("x", 1))
print(dict(it.zip_longest("ab", [1])), set(it.compress("aabb", [1, 0, 1, 1])))
