# Coroutines: awaits inside except/finally, return await, recursion, close/throw through nested awaits.
import sys
class Y:
    def __await__(self):
        yield "y"
def run(c):
    n = 0
    try:
        while True:
            c.send(None); n += 1
    except StopIteration as e:
        return n, e.value
async def handler_awaits():
    try:
        raise KeyError("k")
    except KeyError as e:
        await Y()
        info = sys.exc_info()[0].__name__
        try:
            raise ValueError("inner")
        except ValueError as v:
            ctx = repr(v.__context__)
        return info, ctx
    finally:
        await Y()
c = handler_awaits()
c.send(None)
print("between:", sys.exc_info())
print(run(c))
async def ret_await():
    try:
        return await val()
    finally:
        print("finally after await")
async def val():
    await Y()
    return "v"
print(run(ret_await()))
async def chained():
    try:
        await val()
        raise KeyError("a")
    except KeyError as e:
        raise ValueError("b") from e
try: run(chained())
except ValueError as e: print(repr(e), repr(e.__cause__))
# await inside generator expression inside async def -> async generator
async def agen_expr():
    g = (await val() for _ in range(2))
    return [x async for x in g]
print(run(agen_expr()))
# coroutine recursion
async def fib(n):
    if n < 2: return n
    return await fib(n - 1) + await fib(n - 2)
print(run(fib(15)))
# awaiting the same awaitable object twice (custom awaitable works twice)
async def twice():
    y = Y()
    await y
    await y
    return "ok"
print(run(twice()))
# close a coroutine suspended in nested awaits: finally blocks at every level
async def level(n):
    try:
        if n: await level(n - 1)
        else: await Y()
    finally:
        print("finally level", n)
c = level(3); c.send(None); c.close()
# throw into nested awaits caught at an outer level
async def outer():
    try:
        await level(2)
    except IndexError as e:
        return "outer caught " + str(e)
c = outer(); c.send(None)
try: c.throw(IndexError("thrown"))
except StopIteration as e: print(e.value)
