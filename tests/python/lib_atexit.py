# atexit: exit functions run at shutdown, last registered first, with their arguments; errors reported, the rest run
import atexit

def goodbye(name, punctuation="!"):
    print("goodbye", name + punctuation)

def failing():
    raise ValueError("in exit function")

atexit.register(goodbye, "first")
atexit.register(failing)
atexit.register(goodbye, "second", punctuation="?")
removed = atexit.register(goodbye, "removed")
atexit.unregister(removed)

@atexit.register
def decorated():
    print("decorated runs first")

print("registered")
