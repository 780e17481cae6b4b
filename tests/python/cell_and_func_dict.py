# Cells compare by contents (empty < full), are unhashable, cell_contents can be set and deleted; a function's __dict__ can be replaced by a dict.
import types
def cell(value):
    def f():
        print(a)
    a = value
    return f.__closure__[0]
def empty_cell(empty=True):
    def f():
        print(a)
    if not empty:
        a = 1729
    return f.__closure__[0]
print(cell(2) < cell(3), empty_cell() < cell('saturday'), empty_cell() == empty_cell(), cell(-36) == cell(-36.0),
      cell(True) > empty_cell(), cell(1) != cell(2), cell(1) == 1, cell(1).__eq__(1))
try: hash(cell(1))
except TypeError as e: print(e)
try: cell(1) < 1
except TypeError as e: print(e)
a = 12
def outer():
    a = 12
    def f(): return a
    c = f.__closure__
    c[0].cell_contents = 9
    print(c[0].cell_contents, f(), a)
    del c[0].cell_contents
    try: c[0].cell_contents
    except ValueError as e: print(e)
    try: f()
    except NameError as e: print(type(e).__name__, e)
outer()
def b(): pass
d = {'known_attr': 7}
b.__dict__ = d
print(b.__dict__ is d, b.known_attr)
class X(dict): pass
b.__dict__ = X(y=1)
print(b.y, type(b.__dict__).__name__)
for v in (None, [1]):
    try: b.__dict__ = v
    except TypeError as e: print(e)
try: del b.__dict__
except TypeError as e: print(e)
