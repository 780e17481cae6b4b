# _collections: deque, defaultdict, Counter's counting, namedtuple's field getters; collections' Python classes on top.
from collections import deque, defaultdict, Counter, OrderedDict, ChainMap
import collections


def show(label, thunk):
    try:
        print(label, "->", thunk())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


d = deque(range(5), maxlen=7)
print(d, len(d), d[0], d[-1], d.maxlen, bool(d), bool(deque()))
d.extend("ab")
d.append("c")
print(d, d.popleft(), d.pop(), d)
d.appendleft("z")
d.extendleft([8, 9])
print(d, d.count(2), d.index(3), 4 in d, "q" in d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.reverse()
print(d, list(reversed(d)), d.copy(), d == deque(d), d != deque(), deque([1, 2]) < deque([1, 3]))
d.remove(3)
del d[0]
d[1] = "set"
d.insert(1, "ins")
print(d)
d.clear()
print(d, deque([1]) + deque([2]), deque("ab") * 2, 2 * deque([0]))
show("pop empty", lambda: deque().pop())
show("popleft empty", lambda: deque().popleft())
show("index str", lambda: deque([1])["a"])
show("index slice", lambda: deque([1])[0:1])
show("index range", lambda: deque([1])[3])
show("remove missing", lambda: deque([1]).remove(2))
show("index missing", lambda: deque([1]).index(2))
show("maxlen neg", lambda: deque([], -1))
show("maxlen str", lambda: deque([], "x"))
show("too many", lambda: deque([], 1, 2))
show("bad kw", lambda: deque(x=1))
show("insert full", lambda: deque([1], 1).insert(0, 2))
show("concat list", lambda: deque() + [1])
show("hash", lambda: hash(deque()))
show("maxlen zero", lambda: (lambda q: (q.append(1), q)[1])(deque(maxlen=0)))
b = deque(maxlen=2)
b.extend(range(5))
b.appendleft(-1)
print(b, repr(deque([deque([1])], 3)))
q = deque([1, 2, 3])
try:
    for x in q:
        q.append(x)
except RuntimeError as e:
    print(type(e).__name__, e)
r = deque([1])
r.append(r)
print(r)
dd = defaultdict(list)
dd["a"].append(1)
dd["b"] += [2]
print(dd, dd.default_factory, dict(dd), "c" in dd, len(dd))
dd.default_factory = None
show("no factory", lambda: dd["zz"])
print(defaultdict(int, {"x": 1}, y=2), defaultdict(), defaultdict(None, a=1).copy())
show("bad factory", lambda: defaultdict(5))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), type(counts.copy()).__name__, isinstance(counts, dict))
print(defaultdict(list) | {1: 2}, type(defaultdict(list) | {1: 2}).__name__)


class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)


t = Tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"], type(t).__name__, t.default_factory is Tree)
c = Counter("abracadabra")
print(c.most_common(3), c["z"], Counter(a=2) + Counter(a=1, b=1))
e = {}
collections._count_elements(e, "hello")
print(e)
OD = OrderedDict.fromkeys("abc")
OD.move_to_end("a")
print(OD, list(reversed(OD)), OD.popitem(last=False))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), cm.parents)
