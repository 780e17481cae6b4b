# Attribute-site caches must never change what attribute lookup means: every case below runs the
# same site many times while the class, the instance or the receiver type changes underneath it.


class A:
    kind = "A"

    def m(self):
        return "A.m"


class B(A):
    pass


def read_kind(o):
    return o.kind


def call_m(o):
    return o.m()


def get_m(o):
    return o.m


def set_x(o, v):
    o.x = v


a, b = A(), B()
print([read_kind(a) for _ in range(3)], [call_m(b) for _ in range(3)])

# a class attribute changed on the base: subclasses see it at once
A.kind = "A2"
print(read_kind(a), read_kind(b))

# a method replaced on the class after the site cached the old one
A.m = lambda self: "new A.m"
print(call_m(a), call_m(b))

# a method defined on the subclass shadows the base's
B.m = lambda self: "B.m"
print(call_m(a), call_m(b))

# an instance attribute shadows a method (non-data descriptor)
b.m = lambda: "instance m"
print(call_m(b), get_m(b)())
del b.m
print(call_m(b))

# the instance dict shadows a plain class attribute
a.kind = "own"
print(read_kind(a), read_kind(A()))

# a property added later is a data descriptor: it wins over the instance dict
A.kind = property(lambda self: "property")
print(read_kind(a), read_kind(b))
del A.kind
print(read_kind(a))
try:
    read_kind(b)
except AttributeError as e:
    print("AttributeError", e)

# __class__ reassignment changes the receiver type at the same site
class C:
    def m(self):
        return "C.m"


o = A()
print(call_m(o))
o.__class__ = C
print(call_m(o))

# __setattr__ added after stores were cached
set_x(o, 1)
print(o.x)
C.__setattr__ = lambda self, k, v: object.__setattr__(self, k, v * 10)
set_x(o, 2)
print(o.x)

# __getattr__ is consulted only for missing attributes
class G:
    present = 1

    def __getattr__(self, name):
        return "missing " + name


g = G()
print([read_kind(g) for _ in range(2)], g.present)
G.kind = "now present"
print(read_kind(g))

# __getattribute__ added later intercepts everything
G.__getattribute__ = lambda self, name: "intercepted " + name
print(read_kind(g))

# built-in receivers: methods of str/list/dict through the same site
def up(s):
    return s.upper()


print([up(x) for x in ["a", "b"]])
try:
    up(5)
except AttributeError as e:
    print("AttributeError", e)

# many receiver types at one site (polymorphic, then megamorphic)
classes = [type("K%d" % i, (), {"kind": i}) for i in range(12)]
print([read_kind(k()) for k in classes])

# a bound method read through the cache is a fresh bound method with the right self
x1, x2 = B(), B()
print(get_m(x1).__self__ is x1, get_m(x2).__self__ is x2)

# staticmethod and classmethod go the generic way
class S:
    @staticmethod
    def m():
        return "static"

    kind = classmethod(lambda cls: cls.__name__)


print(call_m(S()), S().kind())
