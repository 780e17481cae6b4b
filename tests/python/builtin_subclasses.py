# Subclasses of dict and list: __missing__, overridden special methods, attributes, super() calls.
class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, k):
        self[k] = self[k] + 1
c = Counter()
for w in "a b a c a".split():
    c.add(w)
print(c, c["zz"], len(c), sorted(c), isinstance(c, dict), type(c).__name__)
class Stack(list):
    def push(self, x):
        self.append(x)
    def __repr__(self):
        return "Stack" + super().__repr__()
s = Stack([1, 2])
s.push(3)
s.tag = "t"
print(s, len(s), s[-1], s.tag, s + [4], list(reversed(s)))
class D(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 10
d = D(a=1, b=2)
print(d["a"], d.get("b"), dict(d), "a" in d)
