for args in [("x",), ("x", [ValueError()], 1), (1, [ValueError()]), ("x", 5), ("x", []), ("x", [1]), ("x", [KeyboardInterrupt()])]:
    try:
        ExceptionGroup(*args)
    except Exception as e:
        print(type(e).__name__, e)
for args in [("x",), (1, [ValueError()]), ("x", 5), ("x", []), ("x", [1])]:
    try:
        BaseExceptionGroup(*args)
    except Exception as e:
        print(type(e).__name__, e)
g = BaseExceptionGroup("m", [ValueError(1)])
print(type(g).__name__, g, repr(g), g.args, g.message, g.exceptions)
g = BaseExceptionGroup("m", (ValueError(1), KeyboardInterrupt()))
print(type(g).__name__, g, repr(g), g.args)
class MyEG(ExceptionGroup): pass
try:
    MyEG("x", [KeyboardInterrupt()])
except Exception as e:
    print(type(e).__name__, e)
try:
    raise ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), OSError(4)])])
except* ValueError as e:
    print("VE", repr(e))
except* (TypeError, OSError) as e:
    print("TE/OS", repr(e))
try:
    try:
        raise ValueError(5)
    except* ValueError as e:
        print("naked", repr(e), repr(e.exceptions[0]))
        raise
except ExceptionGroup as e:
    print("reraised", repr(e))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
except BaseException as e:
    print(repr(e), repr(e.exceptions[0].__context__))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("in", [ValueError(3)])])
print(eg.split(ValueError))
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
print(eg.split(lambda e: True))
print(eg.derive([ValueError(9)]))

# else and finally around except*
def run(exc):
    log = []
    try:
        try:
            if exc:
                raise exc
        except* ValueError as e:
            log.append(("VE", repr(e)))
        except* TypeError:
            log.append("TE")
            raise
        else:
            log.append("else")
        finally:
            log.append("finally")
    except BaseException as e:
        log.append(("out", repr(e)))
    return log

print(run(None))
print(run(ValueError("v")))
print(run(TypeError("t")))
print(run(KeyError("k")))
print(run(ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])))

# the name bound by "except* ... as" is deleted afterwards
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError as bound:
    pass
try:
    bound
except NameError as e:
    print("NameError", e)

# sys.exc_info inside an except* handler is the matched group
import sys
try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except* ValueError:
    print("exc_info", repr(sys.exc_info()[1]))
except* TypeError:
    print("exc_info", repr(sys.exc_info()[1]))

# break/continue/return may not leave an except* block
for src in ["for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        break\n",
            "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
            "try:\n    pass\nexcept* ValueError:\n    for i in range(3):\n        break\n"]:
    try:
        exec(src)
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)

# an invalid type in except*
try:
    try:
        raise ValueError(1)
    except* 42:
        pass
except TypeError as e:
    print("TypeError", e)

# derive in a subclass keeps the subclass through split
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)

m = MyEG("mine", [ValueError(1), TypeError(2)])
match, rest = m.split(ValueError)
print(type(match).__name__, match, type(rest).__name__, rest)
m.__notes__ = ["a note"]
print(m.subgroup(TypeError).__notes__)
try:
    raise m
except* ValueError as e:
    print("caught", type(e).__name__, repr(e))
except* TypeError as e:
    print("caught", type(e).__name__, repr(e))

# OSError picks its subclass from errno, as CPython
for n in [2, 13, 17, 21, 20, 32, 111, 110, 99999]:
    print(n, type(OSError(n, "msg")).__name__)
print(issubclass(BrokenPipeError, ConnectionError), issubclass(ExceptionGroup, Exception),
      ExceptionGroup.__mro__)
