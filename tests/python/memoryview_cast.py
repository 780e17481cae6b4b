# memoryview formats and cast (CPython native struct formats, one dimension)
m = memoryview(b'\x01\x00\x00\x00\x02\x00\x00\x00').cast('I')
print(m.format, m.itemsize, len(m), m.nbytes, m.tolist(), m[1], m.shape, m.strides)
ba = bytearray(8)
w = memoryview(ba).cast('h')
w[0] = -2
w[3] = 300
print(ba, w.tolist())
try: w[0] = 1 << 20
except ValueError as e: print(e)
try: w[0] = 1.5
except TypeError as e: print(e)
d = memoryview(bytearray(16)).cast('d')
d[1] = 2.5
print(d.tolist(), d.cast('B')[8:].tolist())
try: memoryview(b'abc').cast('I')
except TypeError as e: print(e)
try: m.cast('h')
except TypeError as e: print(e)
print(m == memoryview(b'\x01\x00\x00\x00\x02\x00\x00\x00').cast('I'), m.cast('B') == b'\x01\x00\x00\x00\x02\x00\x00\x00')
import re
print(re.compile(r'[a-z]+', re.I).findall("Hello World"))
