# bytes and bytearray: the shared methods (results keep the receiver's type), errors, mutation.
for b in [b"  Hello World  ", bytearray(b"a,b,,c"), b"", b"\x00\xff\tx\n"]:
    print(repr(b), b.strip(), b.lstrip(), b.rstrip(b" dl"), b.split(), b.split(b","), b.rsplit(None, 1), b.split(maxsplit=1))
    print("  ", b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b.center(20, b"*"), b.ljust(3), b.rjust(18, b"."))
    print("  ", b.isalpha(), b.isalnum(), b.isdigit(), b.isspace(), b.islower(), b.isupper(), b.istitle(), b.isascii())
    print("  ", b.find(b"l"), b.rfind(b"l"), b.count(b"l"), b.find(108), b.count(b""), b.startswith(b" "), b.endswith((b" ", b"c")))
    print("  ", b.replace(b"l", b"L"), b.replace(b"", b"-", 2), b.partition(b"o"), b.rpartition(b","), b.hex(), b.hex(" ", 2), b.zfill(17))
print(b"a\nb\r\nc\rd\x0be".splitlines(), b"a\n".splitlines(True), b"a\tb\ncd\tx".expandtabs(4), bytearray(b"x\ty").expandtabs(2))
print(b"abc".translate(None, b"ac"), bytearray(b"abc").translate(bytes.maketrans(b"ab", b"AB")), bytearray.maketrans(b"x", b"y")[120])
print(bytes.fromhex("  01 02\tff "), bytearray.fromhex("abCD"), b"\x01\x02".hex(b"-"), b"abcdef".hex(":", -4), memoryview(b"ab").hex())
print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), bytearray(b", ").join((b"x", b"y")), b"".join(iter([b"q"])))
print(b"abc".removeprefix(b"ab"), bytearray(b"abc").removesuffix(b"bc"), b"abc".removesuffix(b""), type(bytearray(b"x").removeprefix(b"q")).__name__)
print(b"%s|%5b|%-4s|%r|%a|%c|%c|%d|%05.1f|%x|%%" % (b"s", b"b", bytearray(b"ba"), b"r", "é", 65, b"Z", 7, 2.25, 255))
print(b"%(k)s %(n)d" % {b"k": b"v", b"n": 3}, bytearray(b"%s") % b"q", b"%s" % memoryview(b"mv"))
print(bytes(5), bytes([1, 2]), bytes(range(3)), bytes(b"x"), bytes(bytearray(b"y")), bytes(memoryview(b"z")), bytes("é", "utf-8"), bytes(x for x in [65, 66]))
print(bytearray(2), bytearray(range(2)), bytearray(b"ab"), bytearray("é", "latin-1"), bytearray(iter([1])), bytearray())
class B:
    def __bytes__(self):
        return b"from __bytes__"
print(bytes(B()), b"%s" % B(), b"" == bytearray(), b"a" < bytearray(b"b"), bytearray(b"b") > b"a", b"ab" == memoryview(b"ab"))
print(list(b"ab"), list(bytearray(b"cd")), [x for x in memoryview(b"ef")], b"a" in b"abc", 98 in bytearray(b"abc"), b"bc" in bytearray(b"abc"))
print(b"ab" * 2, 2 * bytearray(b"x"), b"a" + bytearray(b"b"), bytearray(b"a") + b"b", bytearray(b"a") + memoryview(b"c"), b"ab"[::-1], bytearray(b"abc")[1:])
print(hash(b"ab") == hash(b"ab"), b"abc"[-1], bytearray(b"abc")[-3], b"abc"[5:], b"abc"[1:2], b"x".__len__(), b"ab".__getitem__(0))
ba = bytearray(b"hello")
ba[0] = 72; ba[1:3] = b"EY"; ba[-1:] = [79, 33]; ba += b"!"; ba *= 2
print(ba, len(ba))
ba[::2] = b"_" * len(ba[::2]); print(ba)
del ba[::3]; print(ba)
del ba[1:4]; print(ba)
del ba[-1]; print(ba)
ba[2:2] = bytearray(b"++"); ba[len(ba):] = (120, 121); print(ba)
ba.insert(0, 60); ba.insert(-1, 61); ba.append(62); ba.extend(range(48, 50)); ba.extend(b"z"); ba.extend(memoryview(b"w")); print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba); ba.remove(61); ba.reverse(); print(ba, ba.copy() == ba, ba.copy() is ba)
ba[:] = b"reset"; print(ba); ba.clear(); print(ba, len(ba), bool(ba))
big = bytearray()
for i in range(1000):
    big.append(i % 256)
print(len(big), big[999], sum(big) % 1000, big.count(0), big.find(b"\xff\x00\x01"))
m = memoryview(bytearray(b"abcdef"))
m[0] = 65; m[1:3] = b"BC"
print(m.tobytes(), m[0], bytes(m[::2]), m[::2].tolist(), len(m[1:4]), m.readonly, m.nbytes, m.format, m.itemsize, m.ndim, m.shape, m.obj)
with memoryview(b"abc") as mv:
    print(mv[1], mv.readonly, mv.tobytes())
print(repr(mv)[:17])
KEY_FLOAT = 1.5
errs = [
    lambda: b"a" + "b", lambda: "a" + b"b", lambda: b"a" * 1.5, lambda: b"a"[KEY_FLOAT], lambda: b"a"[3], lambda: bytearray(b"a")[3],
    lambda: bytes([256]), lambda: bytearray([256]), lambda: bytes([-1]), lambda: bytes(["a"]), lambda: bytes(1.5), lambda: bytearray(1.5),
    lambda: bytes("a"), lambda: bytes(1, "utf-8"), lambda: bytes(-1), lambda: bytes("a", "utf-8", 1), lambda: b"a".find("a"), lambda: b"a".find(256),
    lambda: b"a".split("a"), lambda: b"a".split(b""), lambda: b"a".strip("a"), lambda: b"a".replace("a", b""), lambda: b"a".startswith("a"),
    lambda: b"a".endswith(("a",)), lambda: b"a".partition(b""), lambda: b"a".join(["a"]), lambda: b"a".join(5), lambda: b"a".center(3, "x"),
    lambda: b"a".center(3, b"xy"), lambda: b"a".translate(b"x"), lambda: bytes.maketrans(b"a", b""), lambda: b"a".hex("::"), lambda: bytes.fromhex("0"),
    lambda: bytes.fromhex("0x"), lambda: bytes.fromhex(5), lambda: b"abc".index(b"z"), lambda: b"a".decode(5), lambda: b"a".removeprefix("a"),
    lambda: bytearray(b"a").append(256), lambda: bytearray(b"a").append(b"a"), lambda: bytearray(b"a").extend(5), lambda: bytearray(b"a").extend("a"),
    lambda: bytearray(b"a").insert(0, 300), lambda: bytearray().pop(), lambda: bytearray(b"a").pop(5), lambda: bytearray(b"a").remove(9),
    lambda: bytearray(b"ab").__setitem__(slice(0, 2, 2), b"xy"), lambda: bytearray(b"a").__setitem__(0, b"x"), lambda: bytearray(b"a").__setitem__(slice(0, 1), 5),
    lambda: bytearray(b"a").__setitem__("x", 1), lambda: bytearray(b"a").__delitem__(5), lambda: hash(bytearray()), lambda: {bytearray(): 1},
    lambda: b"%d" % b"1", lambda: b"%s" % "s", lambda: b"%c" % 256, lambda: b"%c" % b"ab", lambda: b"%y" % 1, lambda: b"%s %s" % b"a",
    lambda: memoryview("a"), lambda: memoryview(b"a").__setitem__(0, 1), lambda: memoryview(bytearray(b"a")).__setitem__(0, 256),
    lambda: b"a" < "a", lambda: ord(b""), lambda: b"a".upper(1), lambda: b"x".count(), lambda: bytes.fromhex("1g"),
]
for f in errs:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, "|", e)
e = bytearray(b"abcdef")
e[::2] = b""
print(e)
e[::-1] = []
print(e, bytes(3) * 2, bytearray(b"ab") * 0)
