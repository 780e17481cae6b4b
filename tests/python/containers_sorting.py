# list.sort/sorted make CPython's comparisons in CPython's order (checksums of the __lt__ calls),
# keep keyed items with their keys, leave CPython's permutation when a comparison raises, and
# see an empty list while sorting.
class Rng:
    def __init__(self, seed):
        self.s = seed
    def seed(self, s):
        self.s = s
    def randrange(self, a, b=None):
        if b is None:
            a, b = 0, a
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return a + (self.s >> 33) % (b - a)
    def random(self):
        return self.randrange(1 << 30) / (1 << 30)
    def shuffle(self, l):
        for i in range(len(l) - 1, 0, -1):
            j = self.randrange(i + 1)
            l[i], l[j] = l[j], l[i]
random = Rng(1)
log = []
class K:
    __slots__ = ("v",)
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return str(self.v)
random.seed(12345)
def checksum(seq):
    h = 0
    for a, b in seq:
        h = (h * 1000003 + a * 7919 + b) % (1 << 61)
    return h
cases = []
for n in [0, 1, 2, 3, 10, 33, 64, 65, 200, 1000]:
    cases.append(("rand", n, [random.randrange(n * 2 + 1) for _ in range(n)]))
    cases.append(("sorted", n, sorted(random.randrange(1000) for _ in range(n))))
    cases.append(("rev", n, sorted((random.randrange(1000) for _ in range(n)), reverse=True)))
    cases.append(("few", n, [random.randrange(3) for _ in range(n)]))
    runs = []
    while len(runs) < n:
        k = random.randrange(1, 50)
        start = random.randrange(1000)
        runs.extend(range(start, start + k) if random.random() < 0.5 else range(start + k, start, -1))
    cases.append(("runs", n, runs[:n]))
    blocks = []
    while len(blocks) < n:
        blocks.extend(sorted(random.randrange(10000) for _ in range(random.randrange(1, 300))))
    cases.append(("blocks", n, blocks[:n]))
for name, n, data in cases:
    for rev in (False, True):
        log.clear()
        items = [K(v) for v in data]
        out = sorted(items, reverse=rev)
        print(name, n, rev, len(log), checksum(log), checksum((o.v, i) for i, o in enumerate(out)))
# keyed sort keeps items with keys; stability check with key collisions
log.clear()
words = ["w%d" % random.randrange(50) for _ in range(500)]
r = sorted(words, key=lambda w: K(int(w[1:]) % 7))
print(len(log), checksum(log), hash(tuple(r)) == hash(tuple(sorted(words, key=lambda w: int(w[1:]) % 7))))
# failing comparison half-way leaves a permutation in CPython's order
class Bad:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 13 or o.v == 13:
            raise ValueError("bad")
        return self.v < o.v
    def __repr__(self): return str(self.v)
for n in [10, 70, 300]:
    random.seed(n)
    l = [Bad(random.randrange(100)) for _ in range(n)] + [Bad(13)]
    random.shuffle(l)
    try:
        l.sort()
    except ValueError:
        print(n, [b.v for b in l][:40])

seen = []
lst = [3, 1, 2]
def key(x):
    seen.append(len(lst))
    return x
lst.sort(key=key)
print(lst, seen)
def grow(x):
    lst.append(x)
    return x
try:
    lst.sort(key=grow)
except ValueError as e:
    print(type(e).__name__, e, lst)
for bad in [lambda: sorted([1], reverse=None), lambda: sorted([2, 1], reverse=1.5), lambda: [].sort(reverse="x")]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted([2, 1], reverse=2), sorted([1, 2, 3], reverse=True), sorted(["\uffff", "\U0001F600", "\ue000"]))
