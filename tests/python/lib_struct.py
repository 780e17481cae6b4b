# _struct: formats, byte orders, native alignment, Struct objects, errors
import struct

print(struct.calcsize("i"), struct.calcsize("@bi"), struct.calcsize("<bi"), struct.calcsize("@bq"), struct.calcsize("3s2xh"))
print(struct.pack("<hHiIqQ", -2, 65535, -7, 4000000000, -1, 2**64 - 1))
print(struct.pack(">hHiIqQ", -2, 65535, -7, 4000000000, -1, 2**64 - 1))
print(struct.pack("@bhl", 1, 2, 3), struct.pack("!f d e", 1.5, -2.25, 0.333))
print(struct.unpack("<hHiIqQ", struct.pack("<hHiIqQ", -2, 65535, -7, 4000000000, -1, 2**64 - 1)))
print(struct.unpack(">fde", struct.pack(">fde", 1.5, -2.25, 0.333)))
print(struct.pack("5s3p?c", b"hello world", b"abcdef", True, b"z"), struct.unpack("5s3p?c", b"hello\x02ab\x01z"))
print(struct.pack("e", 65504.0), struct.unpack("<e", b"\x00\x3c"), struct.unpack("<e", b"\x01\x00"))
s = struct.Struct("<2I")
print(s.size, s.format, s.pack(1, 2), s.unpack(b"\x01\x00\x00\x00\x02\x00\x00\x00"))
buf = bytearray(12)
s.pack_into(buf, 2, 7, 8)
print(buf, s.unpack_from(buf, 2), struct.unpack_from("<H", buf, offset=2))
print(list(struct.iter_unpack("<H", b"\x01\x00\x02\x00\x03\x00")))
for fmt, args in [("b", (200,)), ("B", (-1,)), ("<h", (40000,)), ("h", (40000,)), ("<I", (-1,)), ("<q", (2**63,)),
                  ("i", ("x",)), ("f", ("x",)), ("c", (b"ab",)), ("ii", (1,)), ("z", (1,)), ("3", ())]:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print(fmt, "error:", e)
for fmt, data in [("<i", b"\x00"), ("<H", b"\x00\x00\x00")]:
    try:
        struct.unpack(fmt, data)
    except struct.error as e:
        print(fmt, "error:", e)
try:
    struct.unpack_from("<I", b"\x00\x00", 1)
except struct.error as e:
    print("error:", e)
print(struct.error.__module__, issubclass(struct.error, Exception))
for mode in "@<>":
    for c in "bBhHiIlLqQ":
        for v in (-1, 2**70, -2**70, 2**(struct.calcsize(mode + c) * 8), -2**(struct.calcsize(mode + c) * 8)):
            try:
                struct.pack(mode + c, v)
            except struct.error as e:
                print(mode, c, e)
