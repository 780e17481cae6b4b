# An uncaught exception: stdout is flushed, the traceback goes to stderr, exit status 1.
def divide(a, b):
    return a / b

print("before")
print(divide(10, 2))
divide(1, 0)
print("never printed")
