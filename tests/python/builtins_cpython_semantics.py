# Details of round, float, type() and the singletons' types that CPython's own tests check.
import warnings

# round: ndigits of any size, keywords, overflow, the argument count
print(round(123.456, 2 ** 100), round(123.456, -2 ** 100), round(-0.0, 5), round(123, 2 ** 100))
print(round(number=2.675, ndigits=2), round(25, -1), round(35, -1), round(1.5), round(-123.456, -308))
for args in [(1.6e308, -308), (1, 2, 3)]:
    try:
        round(*args)
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)

# float(): Unicode digits and white space; fromhex takes ASCII digits only and builds subclasses
print(float("  \u0663.\u0661\u0664  "), float("\u00a01.5\u2003"), float(b" 2.5 "))
for bad in ["\u0663x", b"\xa01.5"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
try:
    float.fromhex("0x\uff11p0")
except ValueError as e:
    print(e)


class F(float):
    pass


print(type(F.fromhex("0x1p1")).__name__, F.fromhex("0x1p1"))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(bool(NotImplemented))

    class Foo3:
        def __float__(self):
            return F(42.0)

    print(float(Foo3()))
for x in w:
    print(x.category.__name__, x.message)

# the singletons' types make the singletons
print(type(None)() is None, type(NotImplemented)() is NotImplemented, type(...)() is ...)
try:
    type(None)(1)
except TypeError as e:
    print(e)


# type(): __base__ is the layout base; names, qualnames, doc strings and slots are checked
class B:
    pass


print(type("C", (B, int), {}).__base__)
for name in ["A\x00B", "A\udcdcB"]:
    try:
        type(name, (), {})
    except (ValueError, UnicodeEncodeError) as e:
        print(type(e).__name__)
A = type("A", (), {})
for name in ["A\x00B", "A\udcdcB", b"A"]:
    try:
        A.__name__ = name
    except (ValueError, UnicodeEncodeError, TypeError) as e:
        print(type(e).__name__, A.__name__)
for ns in [{"__qualname__": b"B"}, {"__slots__": "x\x00y"}, {"__doc__": "x\udcdcy"}]:
    try:
        type("A", (), ns)
    except (TypeError, UnicodeEncodeError) as e:
        print(type(e).__name__)
print(type("A", (), {"__doc__": "x\x00y"}).__doc__ == "x\x00y")
