# The default state of an object reads the slots named by __slotnames__ / copyreg._slotnames as attributes.
import copy, pickle, copyreg
class S(str): pass
class A:
    __slotnames__ = [S('spam')]
    def __getattr__(self, attr):
        if attr == 'spam':
            A.__slotnames__[:] = [S('spam')]
            return 42
        raise AttributeError
print(A().__reduce_ex__(2) == (copyreg.__newobj__, (A,), (None, {'spam': 42}), None, None))
class P:
    __slots__ = ('a', 'b', '__dict__')
p = P(); p.a = 1; p.x = 2
print(p.__reduce_ex__(2)[2], P.__slotnames__, p.__getstate__())
q = copy.copy(p); print(q.a, q.x, hasattr(q, 'b'))
q = pickle.loads(pickle.dumps(p)); print(q.a, q.x)
class Q(P):
    __slots__ = ('__c',)
r = Q(); r._Q__c = 3; r.b = 4
print(r.__getstate__(), Q.__slotnames__)
class Bad: __slotnames__ = 5
try: Bad().__reduce_ex__(2)
except TypeError as e: print(e)
