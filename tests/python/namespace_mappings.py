# Class bodies and exec/eval run on any mapping, not only dicts (CPython's LOAD_NAME/STORE_NAME
# go through the mapping protocol); __classcell__ and type.__new__'s argument checks.
class Map:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        print("set", k)
        self.d[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.d[k]
    def keys(self):
        return self.d.keys()

class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Map()
    def __new__(mcs, name, bases, ns):
        return type.__new__(mcs, name, bases, dict(ns.d))

class D(metaclass=Meta):
    y = 2
    z = y + 1
    del y
    def m(self):
        return __class__
print(D.z, hasattr(D, "y"), D().m() is D, sorted(k for k in vars(D) if not k.startswith("__")))

ns = Map()
exec("a = 1\nb = a + 1\nprint(sorted(dir()))", {}, ns)
print(ns.d)
print(eval("a + b", {}, ns))
try:
    eval("missing", {}, ns)
except NameError as e:
    print("NameError:", e)

class Bad(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 42
try:
    class E(metaclass=Bad):
        pass
except TypeError as e:
    print("TypeError:", e)

class Plain(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Map()
try:
    class F(metaclass=Plain):
        pass
except TypeError as e:
    print("TypeError:", e)

for args in [(1, (), {}), ("X", [], {}), ("X", (), [])]:
    try:
        type.__new__(type, *args)
    except TypeError as e:
        print("TypeError:", e)

# the class cell reaches type.__new__ through the namespace
class Spy(type):
    def __new__(mcs, name, bases, ns):
        print("classcell" , "__classcell__" in ns)
        return super().__new__(mcs, name, bases, ns)
class G(metaclass=Spy):
    def f(self):
        return super().__class__
print(G().f() is G, "__classcell__" in vars(G))

class Forget(type):
    def __new__(mcs, name, bases, ns):
        ns.pop("__classcell__", None)
        return super().__new__(mcs, name, bases, ns)
try:
    class H(metaclass=Forget):
        def f(self):
            return __class__
except RuntimeError as e:
    print("RuntimeError:", str(e).split(" defining")[0])

def f():
    a = 5
    return sorted(vars()), dir()
print(f())

def outer():
    global Glob
    class Glob:
        pass
    def inner():
        pass
    return Glob.__qualname__, inner.__qualname__
print(outer())

# a metaclass that returns something else: no check; a cell filled by another class: TypeError
saved = None
class Nothing(type):
    def __new__(mcs, name, bases, ns):
        global saved
        saved = ns
        return None
class J(metaclass=Nothing):
    @staticmethod
    def f():
        return __class__
print(J)
K = type("K", (), saved)
print(K.f() is K)
class Wrong(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        type("Other", (), ns)
        return cls
try:
    class L(metaclass=Wrong):
        def f(self):
            return __class__
except TypeError as e:
    print("TypeError:", str(e).split(" set to")[0])
