# memoryview over bytes, bytearray and other views: items, slices, assignment, attributes,
# release, comparison, hashing, casts, and bytearray exports (BufferError on resize).


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
        return
    if isinstance(r, memoryview):
        r = ('view', r.tolist())
    print(label, '->', repr(r))


# --- construction
m = memoryview(b'hello')
print(type(m).__name__, type(m) is memoryview, isinstance(m, memoryview))
print(repr(m).startswith('<memory at 0x'), str(m) == repr(m))
show('int', lambda: memoryview(5))
show('str', lambda: memoryview('abc'))
show('list', lambda: memoryview([1, 2]))
show('no arg', lambda: memoryview())
show('two args', lambda: memoryview(b'a', b'b'))
show('keyword', lambda: memoryview(object=b'ab').tobytes())
show('of view', lambda: memoryview(memoryview(b'xyz')).tobytes())

# --- length, items, negative indexes
print(len(m), m[0], m[-1], m[4], m[-5])
for key in [5, -6, 100, 2**70, 'a', 1.0, None, (0,), (), ..., (0, 0), True]:
    show('m[%r]' % (key,), lambda: m[key])


class Index:
    def __index__(self):
        return 2


print(m[Index()])

# --- slices share the buffer
print(m[1:3].tobytes(), m[::-1].tobytes(), m[::2].tolist(), m[5:].tolist(), m[3:1].tobytes())
print(m[-3:].tobytes(), m[1:4][1:].tobytes(), m[::-2][::-1].tobytes())
show('step 0', lambda: m[::0])
show('multi slice', lambda: m[:, :])
show('mixed', lambda: m[:, 1])

# --- conversions
print(m.tobytes(), m.tolist(), m.hex(), m.hex(':'), m.hex(sep='-'))
print(m[::-1].hex(), memoryview(b'').hex(), memoryview(b'').tolist())
print(bytes(m), bytearray(m), bytes(m[::2]), bytearray(m[::-1]), list(m), tuple(m[1:3]))
print(list(reversed(m)), sorted(m[:3]), max(m), sum(m), 104 in m, 7 in m, b'h' in m)
print(m.tobytes('C'), m.tobytes('F'), m.tobytes('A'), m.tobytes(None), m.tobytes(order='C'))
show('order X', lambda: m.tobytes('X'))
show('order 1', lambda: m.tobytes(1))
show('tolist arg', lambda: m.tolist(1))

# --- attributes
for view in [m, m[::2], m[::-1], memoryview(bytearray(b'ab')), memoryview(b'')]:
    print(view.readonly, view.nbytes, view.itemsize, view.format, view.ndim, view.shape, view.strides,
          view.suboffsets, view.c_contiguous, view.f_contiguous, view.contiguous, view.obj)
print(m[1:].obj is m.obj, memoryview(m).obj is m.obj)
print(bool(m), bool(memoryview(b'')), bool(m[2:2]))

# --- iteration
it = iter(m[:3])
print(type(it).__name__, next(it), list(it))
print([x * 2 for x in memoryview(b'\x01\x02\x03')])

# --- writable views over bytearray: writes go both ways
ba = bytearray(b'abcdef')
w = memoryview(ba)
w[0] = 65
w[-1] = ord('F')
print(ba, w.tobytes())
ba[1] = ord('B')
print(w[1], w.tolist()[:3])
w[2:4] = b'CD'
print(ba)
w[::2] = bytearray(b'xyz')
print(ba)
w[1:3] = memoryview(b'12')
print(ba)
w[:] = w[::-1].tobytes()
print(ba)
w[0:3] = w[3:6]
print(ba)
ba.reverse()
print(w.tobytes())
w[0,] = 48
print(ba)
show('value 256', lambda: w.__setitem__(0, 256))
show('value -1', lambda: w.__setitem__(0, -1))
show('value str', lambda: w.__setitem__(0, 'a'))
show('value bytes', lambda: w.__setitem__(0, b'a'))
show('value float', lambda: w.__setitem__(0, 1.5))
show('index out', lambda: w.__setitem__(6, 1))
show('size mismatch', lambda: w.__setitem__(slice(0, 2), b'x'))
show('list value', lambda: w.__setitem__(slice(0, 2), [1, 2]))
show('format mismatch', lambda: w.__setitem__(slice(0, 1), memoryview(b'a').cast('c')))
show('delete', lambda: w.__delitem__(0))
show('ellipsis', lambda: w.__setitem__(..., 1))
show('empty tuple', lambda: w.__setitem__((), 1))
show('read-only', lambda: m.__setitem__(0, 1))
show('read-only slice', lambda: m.__setitem__(slice(0, 1), b'x'))
show('read-only delete', lambda: m.__delitem__(0))
ro = w.toreadonly()
print(ro.readonly, w.readonly, ro.tobytes() == w.tobytes())
show('toreadonly write', lambda: ro.__setitem__(0, 1))
ro.release()

# --- comparison
print(m == b'hello', m == bytearray(b'hello'), m == memoryview(b'hello'), m != b'hello', b'hello' == m)
print(m == b'hell', m == 'hello', m == [104, 101, 108, 108, 111], m[::2] == b'hlo', m[::-1] == b'olleh')
print(m == m, memoryview(b'a') != memoryview(b'b'))
show('m < m', lambda: m < m)
show('m > bytes', lambda: m > b'a')
print(bytearray(b'abc') < memoryview(b'abd'), memoryview(b'b') > bytearray(b'a'))
print(memoryview(b'ab').cast('b') == b'ab', memoryview(b'\xff').cast('b') == b'\xff')
print(memoryview(b'\x01').cast('c') == b'\x01', memoryview(b'ab').cast('@B') == b'ab')
h2 = memoryview(b'abcd').cast('H')
print(h2 == b'abcd', bytearray(b'abcd') == h2, h2 == h2.tobytes(), h2 == memoryview(b'abcd').cast('H'))

# --- hashing
print(hash(m) == hash(b'hello'), hash(m[::-1]) == hash(b'olleh'), hash(memoryview(b'')) == hash(b''))
show('hash writable', lambda: hash(w))
show('hash readonly bytearray', lambda: hash(memoryview(bytearray(b'a')).toreadonly()))
show('hash format H', lambda: hash(h2))
d = {m: 1}
print(d[b'hello'], b'hello' in {m})

# --- release and the context manager
r = memoryview(b'abc')
r.release()
r.release()
print(repr(r).startswith('<released memory at 0x'))
for name, f in [('len', lambda: len(r)), ('item', lambda: r[0]), ('tobytes', r.tobytes), ('tolist', r.tolist),
                ('hex', r.hex), ('readonly', lambda: r.readonly), ('obj', lambda: r.obj),
                ('format', lambda: r.format), ('shape', lambda: r.shape), ('bytes', lambda: bytes(r)),
                ('bool', lambda: bool(r)), ('list', lambda: list(r)), ('cast', lambda: r.cast('B')),
                ('view', lambda: memoryview(r)), ('slice', lambda: r[0:1]), ('enter', r.__enter__),
                ('hash', lambda: hash(r)), ('eq', lambda: r == b'abc'), ('eq self', lambda: r == r),
                ('exit', lambda: r.__exit__(None, None, None))]:
    show('released ' + name, f)
with memoryview(b'xyz') as cm:
    print(cm.tobytes(), cm.__enter__() is cm)
show('after with', lambda: cm.tobytes())
v = memoryview(b'abc')
it = iter(v)
print(next(it))
v.release()
show('iterator after release', lambda: next(it))

# --- cast
c = memoryview(b'abcdef')
print(c.cast('c').tolist(), c.cast('b').tolist(), c.cast('B').format, c.cast('@B').format)
print(memoryview(b'\xff\x80\x7f').cast('b').tolist(), memoryview(b'\x00\x01\x02').cast('?').tolist())
hv = memoryview(bytes(range(8)))
print(hv.cast('H').tolist(), hv.cast('h').itemsize, hv.cast('i').tolist(), hv.cast('I').nbytes)
print(hv.cast('q').tolist(), hv.cast('Q').shape, hv.cast('l').format, hv.cast('n').tolist(), hv.cast('P').tolist())
print(memoryview(b'\xff' * 8).cast('Q').tolist(), memoryview(b'\xff' * 8).cast('q').tolist())
print(memoryview(b'\xff' * 8).cast('L').tolist(), memoryview(b'\xff' * 4).cast('i').tolist())
print(memoryview(b'\x00\x00\x80\x3f\x00\x00\x00\xc0').cast('f').tolist(), memoryview(bytes(8)).cast('d').tolist())
print(hv.cast('H').cast('B').tolist(), hv.cast('H').cast('c')[0])
grid = c.cast('B', (2, 3))
print(grid.tolist(), grid.shape, grid.strides, grid.ndim, len(grid), grid[1, 2], grid[-1, -3])
print(grid.tobytes(), grid.tobytes('F'), grid[1:].tolist(), grid.cast('B').tolist(), grid.cast('c', [6]).tolist())
show('grid[1]', lambda: grid[1])
show('grid[1,2,3]', lambda: grid[1, 2, 3])
show('grid[2,0]', lambda: grid[2, 0])
show('grid[0,3]', lambda: grid[0, 3])
show('grid iter', lambda: list(grid))
show('grid slice assign', lambda: memoryview(bytearray(6)).cast('B', [2, 3]).__setitem__(slice(0, 1), b'abc'))
show('grid eq', lambda: grid == c.cast('B', [2, 3]))
show('grid eq bytes', lambda: grid == b'abcdef')
zero = memoryview(b'ab').cast('H', [])
print(zero.ndim, zero.shape, zero.strides, zero[()], zero.tolist(), len(zero), zero.nbytes, zero[...] is zero)
show('zero[0]', lambda: zero[0])
show('zero iter', lambda: list(zero))
gw = memoryview(bytearray(6)).cast('B', [2, 3])
gw[1, 1] = 7
print(gw.tolist(), gw.obj)
zw = memoryview(bytearray(2)).cast('H', [])
zw[()] = 513
print(zw.obj)
show('cast x', lambda: c.cast('x'))
show('cast e', lambda: c.cast('e'))
show('cast 2 chars', lambda: c.cast('BB'))
show('cast int', lambda: c.cast(1))
show('cast none', lambda: c.cast())
show('cast too many', lambda: c.cast('B', [6], 1))
show('cast H odd', lambda: memoryview(b'abc').cast('H'))
show('cast non-byte', lambda: hv.cast('H').cast('I'))
show('cast strided', lambda: c[::2].cast('B'))
show('cast shape', lambda: c.cast('B', [4]))
show('cast shape 0', lambda: c.cast('B', [6, 0]))
show('cast shape neg', lambda: c.cast('B', [-6]))
show('cast shape str', lambda: c.cast('B', ['6']))
show('cast shape int', lambda: c.cast('B', 6))
show('cast shape None', lambda: c.cast('B', None))
show('cast nd to nd', lambda: grid.cast('B', [3, 2]))
show('cast empty shape', lambda: memoryview(b'').cast('B', [0]))
show('cast keywords', lambda: c.cast(format='c', shape=(3, 2)).tolist())

# --- typed items: packing
fw = memoryview(bytearray(16)).cast('d')
fw[0] = 1
fw[1] = 2.5
print(fw.tolist())
fw[0] = Index()
print(fw[0])
show('d str', lambda: fw.__setitem__(0, '1.5'))
show('d big', lambda: fw.__setitem__(0, 10 ** 400))
hw = memoryview(bytearray(4)).cast('h')
hw[1] = -2
print(hw.tolist(), hw.obj)
show('h range', lambda: hw.__setitem__(0, 40000))
show('h float', lambda: hw.__setitem__(0, 1.0))
cw = memoryview(bytearray(2)).cast('c')
cw[0] = b'z'
print(cw.tolist())
show('c two', lambda: cw.__setitem__(1, b'zz'))
show('c int', lambda: cw.__setitem__(1, 1))
bw = memoryview(bytearray(2)).cast('?')
bw[0] = 'yes'
bw[1] = []
print(bw.tolist())
pw = memoryview(bytearray(8)).cast('P')
pw[0] = -1
print(pw.tolist())
show('L negative', lambda: memoryview(bytearray(8)).cast('L').__setitem__(0, -1))

# --- bytes consumers
print(b'x' + m, bytearray(b'x') + m, b'-'.join([m, b'!', bytearray(b'?')]), bytearray(b'+').join([m[:2], m[3:]]))
print(b'el' in m.tobytes(), m[1:3] in b'hello', b'hello'.find(m[2:4]), b'hello'.count(m[2:3]), b'hello'.startswith(m[:2]))
print(b'hello'.split(m[2:4]), b'hello'.replace(m[:1], b'J'), b'hello'.strip(m[:1]))
grow = bytearray(b'ab')
grow.extend(memoryview(b'cd'))
grow += memoryview(b'ef')
print(grow)
show('concat strided', lambda: b'x' + m[::2])
show('join strided', lambda: b''.join([m[::2]]))
show('find strided', lambda: b'hello'.find(m[::2]))
show('view + bytes', lambda: m + b'x')
show('view * 2', lambda: m * 2)

# --- exports: a bytearray with a view cannot change size
data = bytearray(b'hello')


def attempt(label, op):
    try:
        op()
        print(label, 'ok', data)
    except (BufferError, ValueError, IndexError) as e:
        print(label, type(e).__name__, e)


view = memoryview(data)
attempt('append', lambda: data.append(33))
attempt('extend', lambda: data.extend(b'!'))
attempt('extend empty', lambda: data.extend(b''))
attempt('pop', lambda: data.pop())
attempt('insert', lambda: data.insert(0, 1))
attempt('remove', lambda: data.remove(ord('h')))
attempt('remove absent', lambda: data.remove(ord('z')))
attempt('clear', lambda: data.clear())


def del_item():
    del data[0]


def del_empty_slice():
    del data[2:2]


def grow_slice():
    data[0:1] = b'HH'


def same_size_slice():
    data[0:1] = b'H'


def set_item():
    data[1] = ord('E')


attempt('del item', del_item)
attempt('del empty slice', del_empty_slice)
attempt('grow slice', grow_slice)
attempt('same-size slice', same_size_slice)
attempt('item', set_item)
attempt('reverse', lambda: data.reverse())
attempt('append 300', lambda: data.append(300))


def iadd():
    global data
    data += b'!'


def imul():
    global data
    data *= 1


attempt('+=', iadd)
attempt('*= 1', imul)
print(view.tobytes())
part = view[1:3]
view.release()
attempt('slice still alive', lambda: data.append(33))
part.release()
attempt('all released', lambda: data.append(33))

with memoryview(data) as inside:
    attempt('inside with', lambda: data.append(63))
    print(bytes(inside), inside.tolist()[:2])
attempt('after with', lambda: data.append(63))

# An export lasts until every view sharing it is released (CPython's managed buffer): a
# slice, a cast, memoryview(view) and toreadonly() of a view share its export.
with memoryview(data) as outer:
    part = outer[1:3]
attempt('slice outlives with', lambda: data.append(1))
part.release()
attempt('slice released', lambda: data.append(2))
v = memoryview(data)
derived = [memoryview(v), v.cast('b'), v.toreadonly(), v[::2]]
v.release()
attempt('derived alive', lambda: data.append(3))
for d in derived:
    d.release()
attempt('derived released', lambda: data.append(4))

# Two views made from the bytearray are two exports; releasing one twice counts once.
first, second = memoryview(data), memoryview(data)
first.release()
first.release()
attempt('one of two released', lambda: data.append(5))
second.release()
attempt('both released', lambda: data.append(6))
print(len(data), repr(first).startswith('<released memory at 0x'))


def holder():
    with memoryview(data) as local:
        attempt('held by callee', lambda: data.append(7))
        return local.nbytes


print(holder())
attempt('function returned', lambda: data.append(8))
print(memoryview(b'abc')[0], memoryview(b'abc').tolist()[:2])
attempt('views of bytes export nothing', lambda: data.append(9))
print(len(data))

# --- numbers from views (their bytes, as CPython)
print(int(memoryview(b'123')[1:3]), int(memoryview(b' 7 ')), float(memoryview(b'1.5')), float(memoryview(b'2e3')[:]))
show('int bad', lambda: int(memoryview(b'12a')))
show('float strided', lambda: float(memoryview(b'1x5')[::2]))
