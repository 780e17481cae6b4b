import enum
class Color(int, enum.Enum):
    RED = 0
    BLUE = 2
class I(int): pass
print(2+0j == Color.BLUE, Color.BLUE == 2+0j, 2+0j == I(2), 2.0 == I(2), I(2) == 2.0, 2+0j == True)
class C:
    __match_args__ = ("a", "a")
    a = None
for x in [C()]:
    try:
        match x:
            case C(y, z): pass
    except TypeError as e: print(e)
class D:
    __match_args__ = ["a"]
try:
    match D():
        case D(y): pass
except TypeError as e: print(e)
match bytearray(b"ab"):
    case bytearray(z): print(z)
