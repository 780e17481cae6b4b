# marshal: CPython's format for values (loads of CPython-made data, round trips), our own for code objects.
import marshal
vals = [None, True, False, ..., StopIteration, 0, -1, 2**31-1, 2**31, -2**40, 10**50, -(10**50), 1.5, -0.0, float('inf'), 1+2j,
        'abc', '', 'é\u20ac\U0001F600', 'x' * 300, b'bytes', bytearray(b'ba'), (1, 'a', (2,)), [1, [2]], {'a': 1, 2: [3]},
        {1, 2, 3}, frozenset({'z'}), tuple(range(300))]
for v in vals:
    data = marshal.dumps(v)
    back = marshal.loads(data)
    print(type(back).__name__, back == v or (v != v), repr(back)[:60])
# CPython-made data loads here
cp = bytes.fromhex('e9 05 00 00 00'.replace(' ', ''))
print(marshal.loads(cp))
print(marshal.loads(b'\xa9\x03\xda\x01a\xda\x01b' + b'r\x01\x00\x00\x00'))
print(marshal.loads(b')\x02\xda\x01ar\x00\x00\x00\x00'))
for bad in [b'', b'i\x01', b'\x01', b'l\x01\x00\x00\x00\x00\x00']:
    try:
        marshal.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    marshal.dumps(object())
except ValueError as e:
    print(e)
code = compile('x = 1\ndef f(a):\n    return a * 2\n', 'm.py', 'exec')
c2 = marshal.loads(marshal.dumps(code))
ns = {}
exec(c2, ns)
print(ns['x'], ns['f'](21), marshal.version)
print(marshal.loads(marshal.dumps([1, 2.5], 1)), marshal.loads(marshal.dumps(3j, 0)))
