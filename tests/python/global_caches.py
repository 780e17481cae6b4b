def use_len(x):
    return len(x)
print([use_len("abc") for _ in range(3)])
len = lambda x: "shadowed"
print(use_len("abc"))
del len
print(use_len("abcd"))
import builtins
old = builtins.len
builtins.len = lambda x: "builtin replaced"
print(use_len("a"))
builtins.len = old
def g():
    return counter
counter = 1
print(g()); counter = 2; print(g())
del counter
try:
    g()
except NameError as e:
    print(e)
counter = 5
print(g())
for i in range(3):
    globals()["counter"] = i
    print(g())
d = globals()
d.clear() if False else None
del builtins.len
try:
    use_len("x")
except NameError as e:
    print(e)
builtins.len = old
print(use_len("xy"))
