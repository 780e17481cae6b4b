# type_call: __init__ of the class __new__ returned (a subclass), __new__ read through its descriptor;
# repetition of a tuple subclass by one is a tuple; ord() of a str subclass.
class C(object):
    def __new__(cls, arg):
        if isinstance(arg, str): return [1, 2, 3]
        elif isinstance(arg, int): return object.__new__(D)
        else: return object.__new__(cls)
class D(C):
    def __init__(self, arg):
        self.foo = arg
print(C("1"), D("1"), D(None).foo, type(C(1)).__name__, C(1).foo, D(1).foo)

class E(object):
    @staticmethod
    def __new__(*args):
        return args
class F(E): pass
print(E(1, 2)[1:], F(1, 2)[0] is F)

class G(object):
    @classmethod
    def __new__(*args):
        return args
class H(G): pass
print(G(1, 2) == (G, G, 1, 2), H(1, 2) == (H, H, 1, 2))

class madtuple(tuple): pass
a = madtuple((1, 2, 3))
for r in (a[:], a * 1, a * 0, a + (), tuple(a)):
    print(type(r).__name__, r)
t = (1, 2)
print(t * 1 is t)

class octetstring(str):
    def __str__(self):
        return "x"
print(ord(octetstring('A')))
try:
    ord(octetstring('AB'))
except TypeError as e:
    print(e)
