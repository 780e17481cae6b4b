# exec/eval/compile details and list comparison as CPython's test_builtin/test_list check them.

# `global` at module level names the globals even when exec has separate locals
g, l = {}, {}
exec("global a; a = 1; b = 2", g, l)
g.pop("__builtins__", None)
print(g, l)
exec("global a\ndel a", g, l)
print(sorted(k for k in g if k != "__builtins__"), l)


# dir() in eval with a dict subclass as locals uses its keys()
class D(dict):
    def keys(self):
        return list("zyx")


print(eval("dir()", {}, D()))


# format() takes a str subclass as the spec
class S(str):
    pass


print(format(0, S("10")) + "|")
try:
    format(0, 10)
except TypeError as e:
    print(e)

# compile takes bytes-like source; eval of bytes honours a BOM
code = compile(memoryview(b"x = 40 + 2"), "name", "exec")
ns = {}
exec(code, ns)
print(ns["x"])
bom = b"\xef\xbb\xbf"
print(eval(bom + b"a", {"a": 1}), eval(b"  1+1"))
try:
    eval(bom[:2] + b"a")
except SyntaxError:
    print("SyntaxError")


# list comparison reads the lists afresh after each item comparison; lengths first for ==/!=
class X:
    def __eq__(self, other):
        list2.clear()
        return NotImplemented


class Y:
    def __eq__(self, other):
        list1.clear()
        return NotImplemented


list1 = [X()]
list2 = [Y()]
print(list1 == list2)


class Z:
    def __eq__(self, other):
        list3.clear()
        return NotImplemented


list3 = [Z()]
list4 = [1]
print(list3 == list4)


class E:
    def __eq__(self, o):
        print("eq")
        return True


print([E()] == [E(), 1], [E()] != [E(), 1], [1, 2] < [1, 3], [E(), 1] <= [E(), 2])

# co_cellvars / co_freevars are sorted by name, so exec(code, closure=...) takes cells in that order
import types


def make_closure_functions():
    a = 2
    b = 3
    result = 0

    def three_freevars():
        nonlocal result, a, b
        result = a * b
        return result

    return three_freevars


three = make_closure_functions()
print(three.__code__.co_freevars, make_closure_functions.__code__.co_cellvars)
cells = (types.CellType(35), types.CellType(72), types.CellType(0))
exec(three.__code__, three.__globals__, closure=cells)
print(cells[2].cell_contents)

# a relative import without __package__ or __spec__ warns before failing
import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    try:
        __import__("", {"__package__": None, "__spec__": None, "__name__": "__main__"}, {}, ("foo",), 1)
    except ImportError as e:
        print(type(e).__name__, e)
print([(x.category.__name__, str(x.message)) for x in w])

# bytearray.join exports its buffer while it gathers the items
array = bytearray(b",")


def clearing():
    array.clear()
    yield b"A"


try:
    array.join(clearing())
except BufferError as e:
    print(e)
print(array, bytearray(b"-").join([b"a", b"b"]))
