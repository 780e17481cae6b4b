# def and calls: defaults, keywords, *args/**kwargs, keyword-only, closures, recursion, lambdas.
def greet(name, greeting="Hello", *, punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))

def collect(first, *rest, **options):
    return first, rest, sorted(options.items())

print(collect(1), collect(1, 2, 3, a=4, b=5), collect(*[7, 8], **{"z": 9}))

def make_counter():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment

c = make_counter()
print(c(), c(), c(10))

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print([fib(i) for i in range(15)])
square = lambda x: x * x
print(list(map(square, range(6))), sorted(["bb", "a", "ccc"], key=len), max([3, 9, 2], key=lambda v: -v))
adders = [lambda x, k=k: x + k for k in range(3)]
print([f(10) for f in adders])
