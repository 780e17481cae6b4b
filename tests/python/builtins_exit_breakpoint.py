# exit and quit as the site module provides them; breakpoint() calls sys.breakpointhook.
import builtins
import sys

print(repr(exit), repr(quit), str(exit), f"{quit!r}", [exit])
print(type(exit), type(exit).__name__, type(exit).__module__, type(exit).__qualname__)
print(exit.name, exit.eof, exit.__dict__, quit.name)
print(type(exit) is type(quit), callable(exit), builtins.exit is exit, builtins.quit is quit)
for args in [(), (3,), ('message',), (None,), (0,), (1, 2)]:
    try:
        exit(*args)
    except SystemExit as e:
        print('SystemExit', e.args, repr(e.code))
    except TypeError as e:
        print('TypeError', e)
for kwargs in [{'code': 4}, {'cod': 4}]:
    try:
        quit(**kwargs)
    except SystemExit as e:
        print('SystemExit', e.args, e.code)
    except TypeError as e:
        print('TypeError', e)
Quitter = type(exit)
q = Quitter('leave', 'Ctrl-X')
print(repr(q), q.name, q.eof)

print(type(breakpoint).__name__, breakpoint, sys.breakpointhook, sys.__breakpointhook__)
print(sys.breakpointhook is sys.__breakpointhook__)
calls = []


def hook(*args, **kwargs):
    calls.append((args, kwargs))
    return 'hooked'


sys.breakpointhook = hook
print(breakpoint(), breakpoint(1, 2, x=3), calls)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print('RuntimeError', e)
sys.breakpointhook = 5
try:
    breakpoint()
except TypeError as e:
    print('TypeError', e)
sys.breakpointhook = sys.__breakpointhook__
print(sys.breakpointhook is sys.__breakpointhook__)
