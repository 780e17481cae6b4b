# math: the functions CPython 3.11 adds to the basics
import math
print(math.comb(10, 3), math.perm(5, 2), math.perm(4), math.lcm(4, 6, 10), math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)))
print(math.isclose(1.0, 1.0 + 1e-10), math.frexp(8.0), math.ldexp(0.5, 4), math.modf(-2.5), math.gamma(5), math.lgamma(1))
print(round(math.erf(0.5), 12), round(math.erfc(2.0), 12), round(math.gamma(0.5), 12), round(math.lgamma(10.5), 10))
print(math.asinh(0), round(math.acosh(2), 12), round(math.atanh(0.5), 12), math.cbrt(8.0), math.exp2(10), math.ulp(1.0), math.remainder(10, 3))
print(math.nextafter(1.0, 2.0), math.comb(100, 50))
for f, x in [(math.acosh, 0), (math.atanh, 1), (math.gamma, 0), (math.gamma, -1)]:
    try:
        f(x)
    except ValueError as e:
        print(f.__name__, "ValueError", e)
