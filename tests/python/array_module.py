# array: typecodes, item conversion and range errors, sequence operations, bytes and memoryview, comparisons, pickling
import array
import pickle
import copy

print(array.typecodes)
for code in array.typecodes:
    a = array.array(code)
    print(code, a.itemsize, a.typecode, repr(a))

a = array.array('i', [1, 2, 3])
print(a, len(a), a[0], a[-1], a[1:], a[::-1], list(a), 2 in a, 7 in a)
a.append(4)
a.extend([5, 6])
a.extend(array.array('i', [7]))
a.insert(0, 0)
a.insert(100, 8)
a.insert(-100, -1)
print(a, a.pop(), a.pop(0), a)
a.remove(3)
a.reverse()
print(a, a.count(1), a.index(5), a.tolist())
a[0] = 70
a[1:3] = array.array('i', [9, 9, 9])
del a[0]
del a[::2]
print(a)
a[::2] = array.array('i', [0] * len(a[::2]))
print(a)
print(a + array.array('i', [100]), a * 2, 2 * a)
b = array.array('i', [1])
b += array.array('i', [2])
b *= 3
print(b)

# bytes, byteswap, buffer
h = array.array('h', [1, -2, 300])
raw = h.tobytes()
print(raw, len(raw))
h2 = array.array('h')
h2.frombytes(raw)
print(h2 == h, h2)
h2.byteswap()
print(h2)
print(bytes(h), bytearray(array.array('B', [65, 66])))
m = memoryview(h)
print(m.format, m.itemsize, m.nbytes, m.tolist(), m[1])
m[0] = 42
print(h)
print(array.array('B', b'xyz'), array.array('d', [1.5, 2]).tolist(), array.array('f', [0.1])[0] == 0.1)

# unicode arrays
u = array.array('u', 'hello')
print(u, u.tounicode(), u[1], u[1:3])
u.fromunicode(' world')
print(u.tounicode())

# comparisons
x = array.array('i', [1, 2, 3])
print(x == array.array('i', [1, 2, 3]), x < array.array('i', [1, 2, 4]), x > array.array('i', [1, 2]),
      x == array.array('d', [1.0, 2.0, 3.0]), x != array.array('i', [1]), x == [1, 2, 3])

# pickling and copying
for proto in (0, 2, 3):
    y = pickle.loads(pickle.dumps(x, proto))
    print(proto, y, y == x, type(y).__name__)
print(copy.copy(x), copy.deepcopy(x) is not x)

# errors
for code in 'bBhHiIlLqQ':
    for v in (10**30, -10**30, 2**15, -2**15 - 1, 256, -1):
        try:
            array.array(code, [v])
        except OverflowError as e:
            print(code, v if abs(v) < 10**10 else 'big', e)
tests = [
    lambda: array.array('z'),
    lambda: array.array(1),
    lambda: array.array('b', 'abc'),
    lambda: array.array('b', ['x']),
    lambda: array.array('f', ['x']),
    lambda: x + [1],
    lambda: x + array.array('b'),
    lambda: x.__setitem__(slice(0, 1), [1]),
    lambda: x.index(7),
    lambda: x.remove(7),
    lambda: array.array('i').pop(),
    lambda: array.array('i').frombytes(b'abc'),
    lambda: x.tounicode(),
    lambda: x.fromunicode('x'),
    lambda: x[5],
    lambda: array.array('u', [1]),
    lambda: hash(x),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)

class MyArray(array.array):
    pass
ma = MyArray('i', [1, 2])
print(type(ma).__name__, ma, ma[:1], type(ma[:1]).__name__)

# exports: a 'u' array's view cannot be indexed; an exported array cannot resize
m = memoryview(array.array("u", "ab"))
print(m.format, m.nbytes)
try:
    m[0]
except NotImplementedError as e:
    print("NotImplementedError", e)
ex = array.array("i", [1, 2])
v = memoryview(ex)
try:
    ex.append(3)
except BufferError as e:
    print("BufferError", e)
v.release()
ex.append(3)
print(ex, memoryview(ex) == array.array("i", [1, 2, 3]))
