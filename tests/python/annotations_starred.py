# PEP 646: a starred annotation of *args is its value unpacked into exactly one item.
class Ts:
    def __iter__(self):
        yield "Unpacked"

def f(*args: *Ts()): pass
print(f.__annotations__)

def g(a: int, *args: *Ts(), b: str = "x") -> None: pass
print(g.__annotations__)

try:
    def h(*args: *[1, 2]): pass
except ValueError as e:
    print("ValueError", e)
try:
    def k(*args: *[]): pass
except ValueError as e:
    print("ValueError", e)
