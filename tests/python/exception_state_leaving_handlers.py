import sys
def f():
    for i in range(2):
        try:
            1/0
        finally:
            break
    print(sys.exc_info()[0])
f()
print(sys.exc_info()[0])
def g():
    try:
        1/0
    finally:
        return 5
print(g(), sys.exc_info()[0])
def h():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError:
            continue
    print(sys.exc_info()[0])
h()
def k():
    while True:
        try:
            raise ValueError
        except ValueError:
            try:
                1/0
            finally:
                break
    print(sys.exc_info()[0])
k()
try:
    raise OSError
except OSError as e:
    print(repr(e.__context__))
def m():
    for i in range(2):
        try:
            raise KeyError(i)
        except KeyError as e:
            break
    print(sys.exc_info()[0])
    for i in range(2):
        try:
            raise KeyError(i)
        except KeyError as e:
            return sys.exc_info()[0]
print(m(), sys.exc_info()[0])
def n():
    with open(__file__) as fh:
        try:
            1/0
        finally:
            return sys.exc_info()[0]
print(n(), sys.exc_info()[0])
