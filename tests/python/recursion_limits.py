# RecursionError instead of a Java stack overflow, wherever Python code nests.
import sys

def f(n):
    return f(n + 1)

try:
    f(0)
except RecursionError as e:
    print("call:", type(e).__name__, e)

def g():
    yield from g()

try:
    list(g())
except RecursionError as e:
    print("yield from:", e)

async def co():
    await co()

try:
    co().send(None)
except RecursionError as e:
    print("await:", e)

class A:
    def __getattr__(self, name):
        return getattr(self, name)

try:
    A().x
except RecursionError as e:
    print("getattr:", e)

old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
depth = 0
def count():
    global depth
    depth += 1
    count()
try:
    count()
except RecursionError:
    print("limit 200 reached below 200:", depth < 200, "above 150:", depth > 150)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
# the program goes on normally after all of that
print(sum(range(10)))
