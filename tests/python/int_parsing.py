# int(text, base): CPython's literal rules, error messages, the digit limit, and huge texts
import sys
import warnings

for s, b in [('0xg', 0), ('12a', 0), ('08', 0), ('0_', 0), ('1__2', 10), ('x' * 300, 10), ('0b', 0), ('', 10),
             (' ', 0), ('-', 10), ('+_1', 10), ('0x_', 16), ('0x', 16), ('1_', 10), ('\x1c1', 10), ('1\x00', 10),
             ('0o_7', 0), ('0_7', 0), ('12.5', 10), ('z', 35), ('\uff21', 16)]:
    try:
        print(repr(int(s, b)))
    except ValueError as e:
        print(str(e)[:80], len(str(e)))
print(int('0_0', 0), int('00', 0), int('0x_f', 0), int(' \u0661\u0662 '), int('\u00a012'), int('\U0001D7CF'),
      int('Z', 36), int('-0b1_0', 0), int('0_7', 10), int('  -42\n'))
for b in (b'\xa012', b' 12 ', bytearray(b'1_0'), b'0x12'):
    try:
        print(int(b, 0))
    except ValueError as e:
        print(e)
for text in ('1' * 5000, '1' * 5000 + 'x'):
    try:
        int(text)
    except ValueError as e:
        print(e)
for base in (2, 4, 8, 16, 32):
    digit = '0123456789abcdefghijklmnopqrstuv'[base - 1]
    value = int(digit * 200_000, base)
    print(base, value.bit_length(), value == base ** 200_000 - 1, value % 1_000_003)
sys.set_int_max_str_digits(0)
value = int('9' * 100_000)
print(value == 10 ** 100_000 - 1, value % 999_331, int('z' * 3000, 36) == 36 ** 3000 - 1, int('7' * 1234, 8) % 99991)
sys.set_int_max_str_digits(4300)

# bases: anything with __index__, clamped to the index range
class Indexable:
    def __init__(self, value):
        self.value = value
    def __index__(self):
        return self.value
print(int('101', Indexable(2)), int('101', base=Indexable(36)))
for base in (2 ** 100, -2 ** 100, 1, 37, -909):
    try:
        int('43', base)
    except ValueError as e:
        print(e)
for bad in (5.5, '10'):
    try:
        int('0', bad)
    except TypeError as e:
        print(e)

# int(x): __int__, __index__, then the deprecated __trunc__; strict int subclasses are deprecated results
warnings.simplefilter('error')
class IndexReturnsBool:
    def __index__(self):
        return True
class Trunc:
    def __trunc__(self):
        return 42
class MyInt(int):
    pass
for obj in (IndexReturnsBool(), Trunc()):
    try:
        int(obj)
    except DeprecationWarning as w:
        print('DeprecationWarning:', w)
warnings.simplefilter('ignore')
print(int(IndexReturnsBool()), int(Trunc()), int(MyInt(7)), type(int(MyInt(7))).__name__)
import operator
print(operator.index(MyInt(5)), type(operator.index(MyInt(5))).__name__)
try:
    int([])
except TypeError as e:
    print(e)
