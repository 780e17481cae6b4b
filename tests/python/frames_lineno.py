# A calling frame's line number while it waits for a call (sys._getframe(1).f_lineno,
# traceback.extract_stack), whichever way the callee is reached: a call, a method, a property,
# an operator's special method, subscription, a generator, a comprehension.
import sys
import traceback


def callee():
    return sys._getframe(1).f_lineno


def caller():
    x = 1
    y = callee()
    return y


print("call", caller())


class P:
    @property
    def prop(self):
        return sys._getframe(1).f_lineno

    def __add__(self, o):
        return sys._getframe(1).f_lineno

    def __getitem__(self, k):
        return traceback.extract_stack()[-2].lineno

    def __bool__(self):
        print("bool at", sys._getframe(1).f_lineno)
        return True

    def method(self):
        return sys._getframe(1).f_lineno


p = P()
a = p.prop
b = p + 1
c = p[0]
d = p.method()
print(a, b, c, d)
if p:
    pass


def gen():
    yield sys._getframe(1).f_lineno


print("generator", next(gen()))
print("comprehension", [sys._getframe(1).f_lineno for _ in range(1)])


def outer():
    return [line for line in (callee(), callee())]


print("outer", outer())
for i in range(3):
    print("loop", caller(), callee())
print("own line", sys._getframe(0).f_lineno)
