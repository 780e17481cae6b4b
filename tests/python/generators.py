# Generators: yield, send, return values, generator expressions, yield from.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"

print(list(countdown(5)), sum(x * x for x in range(5)))

def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value

acc = accumulator()
print(next(acc), acc.send(10), acc.send(5))

def inner():
    yield 1
    yield 2
    return "inner-done"

def outer():
    result = yield from inner()
    yield result

print(list(outer()))
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stopped with", e.value)
