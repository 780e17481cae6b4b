# object.__setattr__/__delattr__ refuse classes (CPython's hackcheck).
for f in (lambda: object.__setattr__(str, "foo", 42), lambda: object.__delattr__(str, "lower")):
    try: f()
    except TypeError as e: print(e)
class A(type):
    def __setattr__(cls, key, value):
        object.__setattr__(cls, key, value)
class B: pass
class C(B, A): pass
obj = C('D', (object,), {})
try: obj.test = True
except TypeError as e: print(e)
class A2(type):
    def __setattr__(cls, key, value):
        type.__setattr__(cls, key, value)
class C2(B, A2): pass
obj = C2('D', (object,), {})
obj.test = True
print(obj.test)
class P: pass
p = P()
object.__setattr__(p, "x", 1)
print(p.x)
