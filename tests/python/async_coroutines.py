# Coroutines driven by hand: await, __await__, send/throw/close, async with, async for.
import sys
class Yielder:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield self.v
        return ("resumed", got)
def run(coro, sends=()):
    sends = list(sends)
    out = []
    try:
        v = coro.send(None)
        while True:
            out.append(v)
            v = coro.send(sends.pop(0) if sends else None)
    except StopIteration as e:
        return out, e.value
async def basic():
    a = await Yielder(1)
    b = await Yielder(2)
    return a, b
print(run(basic(), ["x", "y"]))
c = basic()
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_await, c.cr_suspended)
print(c.send(None), type(c.cr_await).__name__, c.cr_suspended)
c.close()
print(c.cr_suspended, c.cr_await)
try: c.send(None)
except RuntimeError as e: print("RuntimeError", e)
try: c.throw(ValueError)
except RuntimeError as e: print("RuntimeError", e)
c.close()
# __await__ wrapper
async def simple(): return 42
w = simple().__await__()
print(type(w).__name__, iter(w) is w)
try: next(w)
except StopIteration as e: print("wrapper stop", e.value)
# await a coroutine being awaited already
async def waiter(): await Yielder("w")
async def double(co): await co
co = waiter()
co.send(None)
try: double(co).send(None)
except RuntimeError as e: print(e)
# coroutine throw and close while awaiting
async def guarded():
    try:
        await Yielder("g1")
    except KeyError as e:
        print("guarded caught", repr(e))
        r = await Yielder("g2")
        return r
    finally:
        print("guarded finally")
g = guarded(); print(g.send(None)); print(g.throw(KeyError("k")))
try: g.send("last")
except StopIteration as e: print("result", e.value)
g = guarded(); g.send(None); g.close()
# iterator-style awaitables: generators with __await__ = __iter__ pattern
class Fut:
    def __init__(self): self.result = None; self.done = False
    def __await__(self):
        while not self.done:
            yield self
        return self.result
    __iter__ = __await__
async def wait_fut(f):
    return await f
f = Fut(); co = wait_fut(f)
print(co.send(None) is f); f.done = True; f.result = "futval"
try: co.send(None)
except StopIteration as e: print(e.value)
# exceptions from the awaited object propagate with tracebacks into the coroutine
class Boom:
    def __await__(self):
        yield 1
        raise OSError("boom")
async def catch_boom():
    try:
        await Boom()
    except OSError as e:
        return "caught " + str(e)
print(run(catch_boom()))
# await in expressions
async def val(x): return x
async def exprs():
    d = {await val("k"): [await val(1), await val(2)]}
    s = f"{await val('f')}-{await val(3) + await val(4)}"
    t = (await val(5)) if await val(True) else None
    return d, s, t, [await val(i) for i in range(3)]
print(run(exprs()))
# async with nesting, exceptions, return inside
class CM:
    def __init__(self, n, suppress=False): self.n = n; self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.n)
        await Yielder("enter-" + self.n)
        return self.n
    async def __aexit__(self, t, v, tb):
        print("exit", self.n, t.__name__ if t else None)
        await Yielder("exit-" + self.n)
        return self.suppress
async def withs():
    async with CM("a") as a, CM("b") as b:
        print("body", a, b)
    async with CM("s", True):
        raise ValueError("suppressed")
    try:
        async with CM("p"):
            raise KeyError("propagated")
    except KeyError as e:
        print("outer caught", e)
    async with CM("r"):
        return "returned"
print(run(withs()))
async def break_in_with():
    for i in range(3):
        async with CM(str(i)):
            if i == 1:
                break
            continue
    return i
print(run(break_in_with()))
# async for with break/continue/else
class Counter:
    def __init__(self, n): self.n = n; self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        await Yielder("tick")
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        return self.i
async def loops():
    out = []
    async for x in Counter(5):
        if x == 2: continue
        if x == 4: break
        out.append(x)
    else:
        out.append("no-else")
    async for y in Counter(2):
        out.append(y)
    else:
        out.append("else")
    return out
print(run(loops()))
# StopAsyncIteration raised inside the loop body is not the end of the loop
async def sai_in_body():
    try:
        async for x in Counter(3):
            raise StopAsyncIteration("body")
    except StopAsyncIteration as e:
        return "escaped " + str(e)
print(run(sai_in_body()))
