# object.__reduce_ex__ rebuilds through copyreg.__newobj__ / __newobj_ex__ themselves; argument checks of __reduce__/__reduce_ex__.
import copyreg, copy, pickle
class A:
    def __init__(self): self.x = 1
a = A()
r = a.__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1][0] is A, r[2])
print(copy.copy(a).x, pickle.loads(pickle.dumps(a, 2)).x)
try: object().__reduce__(0)
except TypeError as e: print(e)
for args in [(), (None,)]:
    try: object().__reduce_ex__(*args)
    except TypeError as e: print(e)
class B:
    def __getnewargs_ex__(self): return ((1,), {'k': 2})
    def __new__(cls, *a, **k): return super().__new__(cls)
r = B().__reduce_ex__(4)
print(r[0] is copyreg.__newobj_ex__, r[1][1:])
