# complex numbers: literals, construction, arithmetic, repr, hashing, comparisons, formatting.
def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, "|", e)

z = 3 + 4j
print(z, repr(z), type(z).__name__, z.real, z.imag, abs(z), z.conjugate())
print(1j, -1j, 0j, -0j, 1j * 1j, 2.5j, 1e20j, 1e-5j, 1J)
print(complex(), complex(2), complex(2.5), complex(1, 2), complex(real=1, imag=-2), complex(True, False))
print(complex(1j, 1j), complex(1 + 2j, 3), complex(2, 1 + 1j), complex(-0.0, -0.0), complex(0.0, -0.0))
for s in ["1+2j", " (3-4j) ", "j", "-j", "+J", "2.5", "1e3j", "-1.5e-3+2E2j", "inf+nanj", "-infj", "1_000+2_0j",
          "1.j", ".5-.5j", "(j)", "1+", "", "1 + 2j", "1+2", "jj", "1+2j)", "(1+2j", "1e", "--1j", "infinity-infinityj"]:
    show("complex(%r)" % s, lambda: complex(s))
show("complex('1', 2)", lambda: complex("1", 2))
show("complex(1, '2')", lambda: complex(1, "2"))
show("complex(None)", lambda: complex(None))
show("complex(1, None)", lambda: complex(1, None))
show("complex([])", lambda: complex([]))
show("complex(1, 2, 3)", lambda: complex(1, 2, 3))

class C:
    def __complex__(self):
        return 5 - 6j
class Bad:
    def __complex__(self):
        return 5
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(complex(C()), complex(F()), complex(I()), complex(F(), I()))
show("complex(Bad())", lambda: complex(Bad()))

a, b = 1.5 - 2j, -0.5 + 4j
print(a + b, a - b, a * b, a / b, a ** 2, b ** -1, a ** 0, a ** 0.5)
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 2, 2 / a, a + 0.5, 0.5 * a, True + a)
print(1j ** 2, 1j ** 3, (1 + 1j) ** 10, (1 + 1j) ** -3, 2 ** (1 + 1j), (-8) ** (1 / 3), (-1) ** 0.5)
print((2 + 0j) ** 0.5, 1j ** 1j, (1 + 2j) ** (3 - 1j), 0j ** 0, 0j ** 2, 0.0 ** 1j if False else "")
print(-(1 + 2j), +(1 - 2j), abs(-3j), abs(complex(float("inf"), float("nan"))), bool(0j), bool(1e-300j))
z = 1 + 1j
z += 1
z *= 1j
z -= 2j
z /= 2
print(z)
for f in [lambda: 1j / 0, lambda: 1j / 0j, lambda: 0j ** -1, lambda: 0j ** 1j, lambda: 1j // 2, lambda: 1j % 2,
          lambda: divmod(1j, 2), lambda: 1j < 2, lambda: 1j >= 1j, lambda: int(1j), lambda: float(1j),
          lambda: round(1j), lambda: pow(1j, 2, 3), lambda: (1e200 + 1e200j) ** 2, lambda: 1j & 1, lambda: ~1j,
          lambda: [1, 2].__getitem__(1j), lambda: "a" * 1j, lambda: 1j + "a", lambda: abs(complex(1e308, 1e308) * 10)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, "|", e)
print(1j == 1j, 1 + 0j == 1, 1 == 1 + 0j, 1.5 + 0j == 1.5, 1j != 1, 2 ** 53 + 1 == complex(2 ** 53, 0), 1j == "1j")
print(1j in [1j], hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5))
print(hash(1j), hash(1 + 1j), hash(complex(2.5, -3)), hash(-1 + 0j), hash(complex(1e300, 1e-300)))
print(len({1j, 1j + 0, complex(0, 1), 2j}), sorted([3 + 1j, 1 + 2j, 2 + 0j], key=abs))
print(sum([1j, 2, 0.5]), sum([1 + 1j] * 3), [x * 1j for x in range(3)])
print(repr(complex(1e16, 1e-5)), complex(float("inf"), -float("inf")), complex(float("nan"), -float("nan")))
print(repr(complex(-0.0, 1)), repr(complex(-0.0, -0.0)), repr(complex(1, -0.0)), str(2 + 0j), str(1.0j))
for spec in ["", ".2f", "10", "<14", "^16.3e", "+", "g", "n", ".0f", "#", "+.1f", ",", ".3", "e", "E", "G"]:
    print(repr(spec), "[" + format(1234.5 - 0.25j, spec) + "]", "[" + format(-2j, spec) + "]")
for spec in ["05", "=10", "x", "%", "d"]:
    show("format(1j, %r)" % spec, lambda: format(1j, spec))
print(f"{1+2j}", f"{1+2j!r:>10}", "{:.1f}".format(3 - 4j), "%s %r" % (1j, 2 + 1j))
print((1 + 2j).real.is_integer(), (3j).imag, isinstance(1j, complex), complex.__name__)
print((2 + 3j).__add__(1), (2 + 3j).__radd__(1), (2 + 3j).__mul__("x"), (2 + 3j).__eq__(2 + 3j), (1j).__abs__())
match 1 + 2j:
    case 1 + 2j:
        print("matched complex literal")
    case _:
        print("no match")
