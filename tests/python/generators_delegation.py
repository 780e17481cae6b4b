# Generators: yield from delegation (send/throw/close forwarding), throw() forms, close(), sys.exc_info.
import sys
# throw/close delegation through several levels
log = []
def leaf():
    try:
        while True:
            try:
                v = yield "leaf"
                log.append(("leaf got", v))
            except KeyError as e:
                log.append(("leaf caught", repr(e)))
                yield "leaf-recovered"
    finally:
        log.append("leaf finally")
def middle():
    try:
        r = yield from leaf()
        log.append(("middle r", r))
    finally:
        log.append("middle finally")
def top():
    try:
        yield from middle()
    except ValueError as e:
        log.append(("top caught", repr(e)))
        yield "top-recovered"
g = top()
print(next(g), g.send(1), g.throw(KeyError("k")), next(g))
print(g.throw(ValueError("v")))
print(log); log.clear()
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
g = top(); next(g); g.close(); print(log); log.clear()
print(g.gi_running, g.gi_yieldfrom, g.gi_suspended)

# gi_yieldfrom and gi_running
def sub():
    yield 1
    yield 2
def outer():
    yield from sub()
o = outer()
print(o.gi_yieldfrom)
next(o)
print(type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.gi_running, o.gi_suspended)

# delegate to iterator classes with send/throw/close
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration("it-done")
        return self.i
    def send(self, v):
        print("It.send", v)
        return self.__next__()
    def throw(self, *args):
        print("It.throw", args)
        raise StopIteration("thrown-done")
    def close(self):
        print("It.close")
def deleg():
    r = yield from It()
    print("deleg r", r)
    yield "after"
d = deleg()
print(next(d), d.send("x"), d.throw(KeyError))
d = deleg(); next(d); d.close()
d = deleg(); print(list(d))

# a plain iterator has no throw: the exception is thrown into the delegating frame
def plain():
    try:
        yield from [1, 2, 3]
    except KeyError:
        print("plain caught")
        yield 99
p = plain(); next(p); print(p.throw(KeyError))
# sending non-None into a list iterator
p = plain(); next(p)
try:
    p.send(5)
except AttributeError as e:
    print("AttributeError", "has no attribute 'send'" in str(e))

# generator return value through StopIteration, and StopIteration inside generator
def ret():
    yield 1
    return [1, 2]
r = ret(); next(r)
try: next(r)
except StopIteration as e: print("value", e.value, e.args)
def bad():
    yield 1
    raise StopIteration("inner")
try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)

# running generator
def selfref():
    yield gen.send(None)
gen = selfref()
try: next(gen)
except ValueError as e: print("ValueError", e)

# throw forms
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("caught", type(e).__name__, e.args)
c = catcher(); next(c)
c.throw(ValueError)
c.throw(ValueError, "msg")
c.throw(ValueError, ("a", "b"))
c.throw(ValueError("inst"))
c.throw(ValueError, ValueError("same"))
try: c.throw(1)
except TypeError as e: print(e)
try: c.throw()
except TypeError as e: print(e)
# throw into fresh / finished generators
def two():
    yield 1
t = two()
try: t.throw(KeyError("fresh"))
except KeyError as e: print("fresh raised", e)
print(list(t))
t = two(); list(t)
try: t.throw(KeyError("done"))
except KeyError as e: print("done raised", e)
t.close(); t.close()
try: next(t)
except StopIteration: print("exhausted")

# close: ignoring GeneratorExit
def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring")
stub = stubborn(); next(stub)
try: stub.close()
except RuntimeError as e: print("RuntimeError", e)
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ret"
r = returns_on_close(); next(r); print(r.close())
def raises_on_close():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
r = raises_on_close(); next(r)
try: r.close()
except ValueError as e: print("close raised", e, type(e.__context__).__name__)

# sys.exc_info isolation across yields
def in_handler():
    try:
        raise KeyError("gen-handled")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield repr(sys.exc_info()[1])
h = in_handler()
print(next(h), sys.exc_info())
try:
    raise ValueError("outer")
except ValueError:
    print(next(h), sys.exc_info()[0].__name__)
print(sys.exc_info())
# generator expressions and send
ge = (x * 2 for x in range(3))
print(next(ge), ge.send(None), list(ge))
print(ge.__name__, ge.__qualname__, repr(ge)[:27])
def named(): yield
n = named(); n.__name__ = "renamed"; print(n.__name__, n.__qualname__)
try: n.__name__ = 3
except TypeError as e: print(e)
print(type(n).__name__, type(n.gi_code).__name__, n.gi_code.co_name if hasattr(n.gi_code, "co_name") else "named")
# yield from returning values from nested generators, deep
def depth(n):
    if n == 0:
        return 0
    x = yield from depth(n - 1)
    yield n
    return x + n
dd = depth(50)
print(sum(dd))
def value_of(g):
    try:
        while True: next(g)
    except StopIteration as e: return e.value
print(value_of(depth(100)))
# yield inside try/finally with return in finally
def gen_ret_finally():
    try:
        yield 1
    finally:
        return 5
g = gen_ret_finally(); next(g)
try: next(g)
except StopIteration as e: print("finally return", e.value)
g = gen_ret_finally(); next(g); print(g.close())
# yield as expression in various places
def exprs():
    x = [(yield 1), (yield 2)]
    y = {"a": (yield 3)}
    z = (yield 4) + (yield 5)
    return x, y, z
e = exprs(); next(e)
vals = []
try:
    for i in range(10, 20): vals.append(e.send(i))
except StopIteration as stop: print(vals, stop.value)
