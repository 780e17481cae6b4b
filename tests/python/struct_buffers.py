# struct: pack_into an array.array, CPython's boundary messages, embedded NULs in formats,
# iter_unpack's length hint.
import array
import operator
import struct
import sys


def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


a = array.array('b', b' ' * 8)
struct.pack_into('<h', a, 2, 0x4142)
print("array after pack_into", a.tobytes())
struct.Struct('b').pack_into(a, 0, 7)
print("array after Struct.pack_into", a.tobytes())

show("pack_into past end", lambda: struct.pack_into('b', bytearray(1), 5, 1))
show("unpack_from past end", lambda: struct.unpack_from('b', bytearray(1), 5))
show("pack_into negative", lambda: struct.pack_into('<I', bytearray(10), -2, 123))
show("pack_into too negative", lambda: struct.pack_into('<B', bytearray(10), -11, 123))
show("unpack_from negative", lambda: struct.unpack_from('<I', bytearray(10), -2))
show("unpack_from too negative", lambda: struct.unpack_from('<B', bytearray(10), -11))
show("unpack_from negative ok", lambda: struct.unpack_from('<B', bytearray(range(10)), -3))
show("pack_into huge offset", lambda: struct.pack_into('<I', bytearray(10), sys.maxsize, 1))
show("unpack_from huge offset", lambda: struct.unpack_from('<I', bytearray(10), sys.maxsize))
for f in '\0', '2\0i', b'\0':
    show("calcsize %r" % (f,), lambda: struct.calcsize(f))

it = struct.Struct('>IB').iter_unpack(bytes(range(1, 16)))
print(type(it).__name__)
for _ in range(4):
    print("hint", operator.length_hint(it), next(it, None))
