# The format-spec mini-language for int, bool, float, complex and str, and %-formatting of numbers.
def show(value, spec):
    try:
        print(repr(value), repr(spec), "->", repr(format(value, spec)))
    except Exception as e:
        print(repr(value), repr(spec), "->", type(e).__name__, "|", e)

ints = [0, 7, -7, 255, 1234567, -1234567, 2 ** 70, True]
int_specs = ["", "d", "5", "<6", "^7", "*>8", "+", " ", "-", "05", "=+8", "010,", "012_", ",", "_", "x", "#x",
             "#X", "o", "#o", "b", "#b", "_b", "#012_x", "c", "e", ".2f", "%", "g", "n", ",n", ",x", ".3d",
             "z", "+c", "#c", "q", "5zz", ",_", "_,", ",,", "0<6", "0^7", "#010b"]
for v in ints:
    for spec in int_specs:
        show(v, spec)
floats = [0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-7, 1e16, 1e22, 0.1, 2.5, 3.5, 123456789.0, 5e-324,
          float("inf"), float("-inf"), float("nan")]
float_specs = ["", "f", ".0f", "#.0f", ".2f", "10.3f", "<10.1f", "+.1e", "e", "E", ".3E", "g", "G", ".2g",
               ".10g", "#g", "#.3g", "%", ".1%", ",.2f", "_.1f", "012,.2f", "015,", "08.2f", ".0", ".3", "#",
               "z.1f", "z", "=+12.3f", "^+15,.2f", "n", "d", "x", ",d"]
for v in floats:
    for spec in float_specs:
        show(v, spec)
for v in ["", "abc", "é", "ab\U0001F600"]:
    for spec in ["", "5", ">5", "^6", "-^7", ".2", "8.3", "s", "05", "=5", "+", "#", "z", "d", ","]:
        show(v, spec)
for v in [1 + 2j, -1.5 - 0.25j, 1j, complex(-0.0, -0.0), complex(1e20, 1e-20), complex(float("inf"), float("nan"))]:
    for spec in ["", ".2f", "10", "<16", "^20.3e", "+", "g", "n", ".0f", "#", ",", ".3", "05", "=10", "%", "x", "z.1f"]:
        show(v, spec)
print("[{:{fill}{align}{width}}]".format("x", fill="#", align="^", width=9), "[{0:{1}.{2}f}]".format(3.14159, 10, 2))
print(f"{12345.678:,.1f} {-42:+06d} {255:#06x} {0.000123:.2e} {1/3:.5} {10**20:_} {2.5:010.3%}")
print("%d %i %5d %-5d| %05d %+d % d %x %X %#x %#o %o" % (42, -42, 42, 42, -42, 42, 42, 255, 255, 255, 8, -8))
print("%f %.2f %10.3f %-10.3f| %e %.0e %E %g %G %#g %.3g" % (1.5, 2.345, -3.14159, 3.14159, 12345.678, 0.5, 1e-10, 1e-5, 1e20, 1.0, 1234.5))
print("%s %r %5s %c %c %%" % (1.5, 2 ** 64, -0.0, 65, "z"), "%.1f %d %x" % (float("inf"), 3.99, True))
for fmt, v in [("%d", "x"), ("%x", 1.5), ("%c", 1.5), ("%c", 0x110000), ("%f", "1"), ("%d", float("nan"))]:
    try:
        print(fmt % v)
    except Exception as e:
        print(fmt, type(e).__name__, "|", e)
