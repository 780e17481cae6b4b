# SyntaxError's attributes default to None; the location tuple sets them.
import sys
e = SyntaxError("m")
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.print_file_and_line)
e = SyntaxError("m", ("f.py", 3, 4, "txt"))
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
e = SyntaxError("m", ("f.py", 3, 4, "txt", 3, 6))
print(e, e.end_offset)
for bad in [(1, 2), (1, 2, 3, 4, 5, 6, 7)]:
    try:
        SyntaxError("m", bad)
    except TypeError as x:
        print("TypeError:", x)
e = IndentationError()
print(e.msg, e.filename, e.args)

# float hashes equal int hashes, also at the ends of the range
for v in [sys.float_info.max, -sys.float_info.max, 5e-324, 2.2250738585072014e-308, -1.5e300, 0.1, 2.0 ** 80]:
    print(hash(v), hash(v) == hash(int(v)) if v == int(v) else "")

# every callable built-in type has __call__
def f(a=1):
    return a
print(f.__call__(2), len.__call__([1, 2]), [].append.__call__(1), (1).__add__.__call__(2),
      f.__get__(1).__call__(), str.join.__call__(",", ["a", "b"]), type(f).__call__(f, 3))

# itertools.pairwise when its source calls it back
import itertools
class Reenter:
    def __init__(self):
        self.n = 0
        self.p = None
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n == 2:
            try:
                next(self.p)
            except StopIteration:
                pass
        if self.n > 6:
            raise StopIteration
        return self.n
r = Reenter()
p = itertools.pairwise(r)
r.p = p
print(list(p))
