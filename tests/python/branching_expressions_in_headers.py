# Expressions that branch (and/or, conditional expressions, chained comparisons) inside the parts
# of a statement that are not a statement of their own: a with item, decorators, defaults, class
# bases and keywords, a lambda body, eval(). Values computed before the branch must survive it
# (the baseline JIT keeps block-local temporaries in JVM locals).
from contextlib import contextmanager

@contextmanager
def delimit(start, end, condition):
    print("enter", start, end, condition)
    yield start + end
    print("exit", start, end)

def with_items(node, flag):
    with delimit("(", ")", condition=node or []) as s, delimit("[", "]", flag and "yes") as t:
        print("body", s, t)
    with delimit("<" if flag else "{", ">", 1 < len(node) < 4):
        pass

for i in range(3):
    with_items([1, 2] if i else [], i % 2 == 0)

def tag(label, also=None):
    def wrap(f):
        f.tag = (label, also)
        return f
    return wrap

def decorated(flag):
    @tag("a" if flag else "b", flag or "none")
    @tag(flag and "c")
    def f(x=flag or 10, *, y=(1 if flag else 2), z: ("int" if flag else "str") = 0):
        return x, y, z
    return f

for flag in (0, 5, 0, 5):
    f = decorated(flag)
    print(f.tag, f(), f.__annotations__)

class Base:
    pass

def make_class(flag):
    class C(Base if flag else object, metaclass=(type if flag or True else None)):
        v = flag and "x"
    return C

for flag in (0, 1, 0, 1):
    C = make_class(flag)
    print(C.__mro__[1].__name__, C.v)

pick = lambda p: p.startswith(b"ab" if isinstance(p, bytes) else "ab")
clamp = lambda x, lo=0, hi=9: lo if x < lo else (hi if x > hi else x)
for _ in range(30):
    r = (pick("abc"), pick(b"xab"), clamp(-3), clamp(4), clamp(12), clamp(5, hi=3 or 4))
print(r)
print(eval("[x or 'z' for x in (0, 1, '')] if True else None"), eval("1 < 2 < 3 and 'yes'"))
