# a __call__ that is an instance of the same class: RecursionError, not a hang
class A:
    pass
A.__call__ = A()
try:
    A()()
except RecursionError:
    print('RecursionError')

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
class Wrapper:
    __call__ = Adder(10)
print(Wrapper()(5))
class B:
    pass
B.__call__ = Adder(1)
try:
    print(B()(1))
except TypeError as e:
    print('TypeError', e)
B.__call__ = len
print(B()('abcd'))
class X:
    def f(self, *a):
        return ('f', a)
B.__call__ = X().f
print(B()(1))
B.__call__ = staticmethod(lambda *a: ('static', len(a)))
print(B()(1, 2))
