# Async generators: __anext__/asend/athrow/aclose awaitables, async comprehensions, aiter/anext.
class Yielder:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield self.v
        return got
def drive(aw, sends=()):
    """Drives an awaitable by hand; returns (values passed through, result or exception)."""
    sends = list(sends)
    it = aw.__await__()
    out = []
    try:
        v = it.send(None)
        while True:
            out.append(v)
            v = it.send(sends.pop(0) if sends else None)
    except StopIteration as e:
        return out, "result", e.value
    except BaseException as e:
        return out, type(e).__name__, str(e)
async def agen():
    x = await Yielder("await-1")
    print("agen got", x)
    r = yield 1
    print("agen received", r)
    try:
        yield 2
    finally:
        print("agen finally")
        await Yielder("in-finally")
    yield 3
a = agen()
print(type(a).__name__, a.__name__, a.ag_running, a.ag_await)
print(a.__aiter__() is a)
print(drive(a.__anext__(), ["sent-to-await"]))
print(drive(a.asend("hello")))
print(drive(a.asend(None)))
print(drive(a.aclose()))
print(drive(a.__anext__()))
print(drive(a.aclose()))
# athrow
async def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield "caught " + str(e)
c = catcher()
print(drive(c.__anext__()))
print(drive(c.athrow(ValueError("bad"))))
print(drive(c.athrow(ValueError, "bad2")))
print(drive(c.athrow(KeyError("k"))))
print(drive(c.__anext__()))
print(drive(c.aclose()))
# ignoring GeneratorExit
async def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass
s = stubborn()
print(drive(s.__anext__()))
print(drive(s.aclose()))
# StopIteration / StopAsyncIteration inside
async def bad1():
    yield 1
    raise StopIteration
async def bad2():
    yield 1
    raise StopAsyncIteration
for f in (bad1, bad2):
    g = f(); drive(g.__anext__()); print(drive(g.__anext__()))
# reusing awaitables
g = agen()
an = g.__anext__()
print(drive(an, ["x"]))
print(drive(an))
ac = catcher().aclose()
print(drive(ac)); print(drive(ac))
# comprehension forms inside a coroutine
async def ticker(n):
    for i in range(n):
        await Yielder(f"t{i}")
        yield i
async def comps():
    l = [x async for x in ticker(3)]
    s = {x * 2 async for x in ticker(3) if x}
    d = {x: await Yielder(x) async for x in ticker(2)}
    nested = [[y async for y in ticker(x)] async for x in ticker(3)]
    gen = (x + 1 async for x in ticker(2))
    g2 = [x async for x in gen]
    aw = [await Yielder(i) for i in range(2)]
    return l, s, d, nested, g2, aw
print(drive(comps()))
# async genexp outside a coroutine
ge = (x async for x in ticker(2))
print(type(ge).__name__)
print(drive(ge.__anext__()), drive(ge.__anext__()), drive(ge.__anext__()))
# aiter/anext builtins
async def use_builtins():
    it = aiter(ticker(2))
    a = await anext(it)
    b = await anext(it)
    c = await anext(it, "default")
    try:
        await anext(it)
    except StopAsyncIteration:
        d = "stopped"
    return a, b, c, d
print(drive(use_builtins()))
try: aiter(5)
except TypeError as e: print(e)
try: anext(5)
except TypeError as e: print(e)
# running async generator: anext while already running
async def slow():
    await Yielder("slow")
    yield 1
sg = slow()
first = sg.__anext__()
first.send(None)
try: sg.__anext__().send(None)
except RuntimeError as e: print(e)
try: sg.aclose().send(None)
except RuntimeError as e: print(e)
print(sg.ag_running)
# async for over an async generator with break
async def brk():
    out = []
    async for x in ticker(5):
        out.append(x)
        if x == 2: break
    return out
print(drive(brk()))
