# _warnings (the C half of warnings, which importlib uses): filters, actions, registries,
# warn_explicit output, and warnings.py running on top of it.
import _warnings
import sys

print(_warnings._defaultaction, len(_warnings._onceregistry))
for f in _warnings.filters:
    print(f)

try:
    _warnings.warn("x", int)
except TypeError as e:
    print('TypeError:', e)
try:
    _warnings.warn_explicit("x", UserWarning, "f.py", 1, registry=5)
except TypeError as e:
    print('TypeError:', e)


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


cap = Capture()
saved, sys.stderr = sys.stderr, cap
try:
    registry = {}
    _warnings.warn_explicit("explicit one", UserWarning, "nofile.py", 3, registry=registry)
    _warnings.warn_explicit("explicit one", UserWarning, "nofile.py", 3, registry=registry)  # seen: registry
    _warnings.warn_explicit("explicit two", RuntimeWarning, "nofile.py", 4, module="mod", registry=None)
    _warnings.warn_explicit("ignored", DeprecationWarning, "nofile.py", 5, module="other")
    _warnings.warn_explicit("main dep", DeprecationWarning, "nofile.py", 6, module="__main__")
    _warnings.warn_explicit(UserWarning("instance"), None, "nofile.py", 7)
finally:
    sys.stderr = saved
print(''.join(cap.parts), end='')
print(sorted(str(k) for k in registry))

import warnings
print(warnings.filters is _warnings.filters, warnings.warn is _warnings.warn)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded", FutureWarning)
    _warnings.warn("recorded2")
    warnings.warn("recorded2")
    warnings.warn_explicit("explicit", SyntaxWarning, "x.py", 9)
print([(str(x.message), x.category.__name__) for x in w])
print(w[-1].filename, w[-1].lineno)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("only once")
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.warn("skip me")
    warnings.warn("not skipped", ResourceWarning)
print([(str(x.message), x.category.__name__) for x in w])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom")
    except UserWarning as e:
        print("raised", repr(e))
    try:
        _warnings.warn_explicit("boom2", RuntimeWarning, "f.py", 2)
    except RuntimeWarning as e:
        print("raised", repr(e))
    warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
    try:
        warnings.warn("bad action")
    except RuntimeError as e:
        print("RuntimeError", e)
print(len(warnings.filters), warnings.filters == _warnings.filters)
