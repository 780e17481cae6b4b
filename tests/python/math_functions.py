# math: CPython's errors (domain/range), special values, big-int arguments, exact algorithms
import math

def show(f, *args):
    try:
        r = f(*args)
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        r = f"{type(e).__name__}: {e}"
    if isinstance(r, float):
        r = f"{r:.12g}"  # libm implementations may differ in the last digits
    print(f.__name__, args if len(repr(args)) < 60 else '...', '->', r)

for f in (math.sqrt, math.log, math.log2, math.log10, math.log1p, math.exp, math.atanh, math.acosh, math.asinh,
          math.gamma, math.lgamma, math.erf, math.erfc, math.cosh, math.tan, math.expm1):
    for x in (-1.0, 0.0, -0.0, 0.5, 1.0, 2.0, 1e300, float('inf'), float('-inf'), float('nan')):
        show(f, x)
for x in (2.5, 3.5, -1.5, -2.5, 1e-309, -0.9999999999999999, 171.5, 0.1, 5.0, 25.0):
    show(math.lgamma, x)
    show(math.gamma, x)
    show(math.erfc, x)
for x in (1, 2 ** 1000, 10 ** 1000, -10 ** 1000, 0):
    show(math.log, x)
    show(math.log2, x)
    show(math.log10, x)
show(math.log, 8, 2)
show(math.log, 1, 1)
show(math.log, 10, 0)
for args in ((1.25, 0.75), (-1.25, 0.75), (5.0, 2.0), (7.0, 2.0), (float('inf'), 1.0), (1.0, 0.0), (3.0, float('inf'))):
    show(math.remainder, *args)
    show(math.fmod, *args)
for args in ((0.0, -1.0), (-8.0, 1 / 3), (10.0, 400.0), (float('nan'), 0.0), (1.0, float('nan')), (float('-inf'), 3.0),
             (-0.5, float('inf')), (2.0, float('-inf'))):
    show(math.pow, *args)
show(math.hypot)
show(math.hypot, 3, 4)
show(math.hypot, 572330659.1077356, 1180450261.5893514)
show(math.hypot, 1e-320, 1e-321)
show(math.hypot, float('inf'), float('nan'))
show(math.dist, (1, 2, 3), (4, 6, 3))
show(math.dist, (float('inf'), 1), (float('nan'), 2))
show(math.gcd, 1216342683557601535506311712, 436522681849110124616458784)
show(math.gcd, -12, 18, 30)
show(math.gcd)
show(math.lcm, 2 ** 100, 3 ** 50, 6)
show(math.gcd, 1.5)
show(math.factorial, 25)
show(math.factorial, -10 ** 100)
show(math.factorial, 10 ** 100)
show(math.factorial, 5.0)
print(math.factorial(1000) % 10 ** 20 == 0, math.factorial(3000).bit_length())
show(math.comb, 100, 50)
show(math.comb, 10 ** 30, 3)
show(math.comb, -1, 2)
show(math.perm, 20, 5)
show(math.perm, 5)
show(math.isqrt, 10 ** 40 + 1)
show(math.isqrt, -1)

class WithFloor:
    def __floor__(self):
        return 'floor'
    def __ceil__(self):
        return 'ceil'
    def __trunc__(self):
        return 'trunc'
print(math.floor(WithFloor()), math.ceil(WithFloor()), math.trunc(WithFloor()), math.floor(-2.5), math.ceil(2 ** 70))
show(math.trunc, 'x')
show(math.floor, 'x')
show(math.floor, float('inf'))
show(math.sqrt)
show(math.atan2, 1)
