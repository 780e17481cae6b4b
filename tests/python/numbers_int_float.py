# ints (machine-size and big), bools and floats: exact mixed comparisons, division rules, pow,
# conversions, hashing, float methods and special values.
def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, "|", e)

big = 2 ** 64 + 3
for a, b in [(2 ** 53 + 1, 2.0 ** 53), (2 ** 63, 2.0 ** 63), (-(2 ** 63), -2.0 ** 63), (big, float(big)),
             (10 ** 400, float("inf")), (-(10 ** 400), float("-inf")), (3, 3.5), (-3, -3.5), (True, 1.0),
             (0, -0.0), (2 ** 1000, 1e300), (12345678901234567890, 1.2345678901234567e19)]:
    print(a == b, a != b, a < b, a <= b, a > b, a >= b, b < a, b == a)
nan = float("nan")
for x in [0, 1, 2 ** 70, 1.5, float("inf")]:
    print(nan == x, nan != x, nan < x, nan >= x, x > nan, x != nan)
print(max(nan, 1), max(1, nan), min(nan, 2.0), min(2, nan), sorted([3, nan, 1])[1] != sorted([3, nan, 1])[1])
print(2 ** 53 + 1 in [2.0 ** 53], 2 ** 53 in [2.0 ** 53], 1.0 in [True], [1, 2.0] == [1.0, 2])

for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (2 ** 70 + 5, 7), (-(2 ** 70) - 5, 7), (7, 2 ** 70),
             (-7, 2 ** 70), (7.5, 2), (-7.5, 2.5), (1e300, 1e-300), (-0.0, 3), (5, -0.0 + 1e-320)]:
    show("divmod(%r, %r)" % (a, b), lambda: (divmod(a, b), a // b, a % b))
for a, b in [(1, 0), (1.0, 0), (2 ** 80, 0), (1, 0.0), (True, False)]:
    for name, f in [("//", lambda: a // b), ("%", lambda: a % b), ("divmod", lambda: divmod(a, b)), ("/", lambda: a / b)]:
        show("%r %s %r" % (a, name, b), f)
show("divmod('a', 1)", lambda: divmod("a", 1))
show("divmod(1)", lambda: divmod(1))

class D:
    def __divmod__(self, other):
        return ("divmod", other)
    def __rdivmod__(self, other):
        return ("rdivmod", other)
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other, mod=None):
        return ("rpow", other, mod)
print(divmod(D(), 3), divmod(3, D()), pow(D(), 2), pow(2, D()), pow(D(), 2, 5), D() ** 3, 3 ** D())
show("pow(2, D(), 5)", lambda: pow(2, D(), 5))

for args in [(2, 10), (2, -1), (-2, -3), (0, 0), (0.0, 0), (0, -1), (0.0, -1.5), (-8, 1 / 3), (-1, 0.5),
             (2, 0.5), (10.0, 400), (10, 400), (2, 10000), (1, float("nan")), (float("nan"), 0), (-1, float("inf")),
             (0.5, float("-inf")), (float("inf"), -1), (float("-inf"), 3), (float("-inf"), 2), (-0.0, 3), (-0.0, -3),
             (3, 200, 1000), (3, -1, 7), (2, -1, 4), (2, 3, 0), (2, 3, -5), (-3, 5, 7), (2, 3, 1), (2.0, 3, 5),
             (2, 3.0, 5), (2, 3, 5.0), (2, 3, "x"), ("x", 2), (2, 2 ** 100, 1), (5, 0, 1), (True, True, 2)]:
    show("pow%r" % (args,), lambda: pow(*args))
show("pow(base=2, exp=5)", lambda: pow(base=2, exp=5, mod=3))

for f in [lambda: 1 << 64, lambda: -1 << 100, lambda: (2 ** 100) >> 99, lambda: -(2 ** 100) >> 200, lambda: 1 << -1,
          lambda: 5 >> -1, lambda: 2 ** 100 & -(2 ** 99), lambda: -(2 ** 65) | 3, lambda: ~(2 ** 64),
          lambda: (2 ** 64) ^ -1, lambda: True << 70, lambda: 1 << 2 ** 70]:
    show("bits", f)

for v in [0, 1, -1, 7, -7, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 62, -(2 ** 61), -(2 ** 61 - 1), 2 ** 64 + 1,
          -(2 ** 64 + 1), 10 ** 30, -(10 ** 30), 0.5, -0.5, 1e100, -1e-100, 2.0 ** 61, 123.456, float("inf"), -float("inf")]:
    print(v, hash(v), hash(v) == hash(float(v)) if abs(v) < 1e300 else "")

for s, b in [("0x1F", 0), ("0b_101", 0), ("  -12_345  ", 10), ("z", 36), ("7", 8), ("8", 8), ("0o777", 0),
             ("00", 0), ("012", 0), ("1_", 10), ("1__2", 10), ("١٢٣", 10), ("12", 2), ("+0X_ff", 16)]:
    show("int(%r, %r)" % (s, b), lambda: int(s, b))
class HasInt:
    def __int__(self):
        return 42
class HasIndex:
    def __index__(self):
        return 9
class BadInt:
    def __int__(self):
        return 4.5
for v in [b"17", bytearray(b" -3 "), b"0x10", HasInt(), HasIndex(), BadInt(), 3.99, -3.99, 1e20, True, "4" * 30]:
    show("int(%r)" % (v if not isinstance(v, (HasInt, HasIndex, BadInt)) else type(v).__name__), lambda: int(v))
show("int(b'ff', 16)", lambda: int(b"ff", 16))
show("int(b'zz')", lambda: int(b"zz"))
show("int(1.5, 2)", lambda: int(1.5, 2))
show("int('1', base=40)", lambda: int("1", base=40))
show("int(y=1)", lambda: int(y=1))

for s in ["1.5", " -2.5e3 ", "1_000.000_1", "1e-400", "1e400", "-inf", "InFiNiTy", "nan", "-nan", ".5", "5.",
          "1_", "_1", "1__0", "1e", "e1", ".", "0x10", "1.5j", "", "  ", "1 0"]:
    show("float(%r)" % s, lambda: float(s))
show("float(b'2.5')", lambda: float(b"2.5"))
show("float(b'x')", lambda: float(b"x"))
show("float(2 ** 2000)", lambda: float(2 ** 2000))
show("float(1, 2)", lambda: float(1, 2))
for v in [0.0, -0.0, 1.0, 0.1, -2.75, 1e300, 5e-324, 2.2250738585072014e-308, float("inf"), float("nan"), 1 / 3]:
    h = v.hex()
    print(repr(v), h, float.fromhex(h) == v or v != v, v.is_integer(), v.as_integer_ratio() if v == v and abs(v) != float("inf") else "")
for s in ["0x1p0", "0X1.8P+1", "-0x.8p-1", "0x1p-1074", "0x1p-1075", "0x3p-1076", "0x1.fffffffffffff8p1023",
          "0x1p1024", "1", "0x", "0x1p", "nan", "-Infinity", " 0xap0 ", "0x1.0000000000000800001p0", "0xg"]:
    show("fromhex(%r)" % s, lambda: float.fromhex(s))

for v in [0.5, 1.5, 2.5, -0.5, -2.5, 2.675, 1e16 + 1, 123.456, -123.456, 1e300, 5e-324]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1), round(v, -2))
for v in [15, 25, -25, 12345, 2 ** 70 + 5]:
    print(v, round(v, -1), round(v, -2), round(v, 1), round(v, -30))
for f in [lambda: round(float("nan")), lambda: round(float("inf")), lambda: round(1.5, None), lambda: round(2.5, 0)]:
    show("round", f)
print(1e16, 1e15, 123456789012345678.0, 0.1 + 0.2, 1 / 3, -1e-7, 1e22, 1e-5, 5e-324, 1.7976931348623157e308)
print(7 / 2, -7 / 2, 2 ** 63 / 2, (2 ** 100 + 1) / 2 ** 50, 10 ** 30 / 7, 1 / 2 ** 1000)
show("10**400/3", lambda: 10 ** 400 / 3)
show("1/10**400", lambda: 1 / 10 ** 400)
show("2**2000 * 1.0", lambda: 2 ** 2000 * 1.0)
print(int.bit_length(255), (-255).bit_length(), (0).bit_count(), (2 ** 100).bit_count(), (5).conjugate())
print((7).numerator, (7).denominator, (7).real, (7).imag, True.real, (2.5).real, (2.5).imag)
print(abs(-(2 ** 63)), -(-(2 ** 63)), -(2 ** 63) // -1, (-(2 ** 63)) % -1, divmod(-(2 ** 63), -1))
print(sum([0.1] * 10), sum([1, 2 ** 64, 0.5]), sum(range(10 ** 6)))
