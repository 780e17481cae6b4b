# Buffered streams over FileIO, BytesIO and raw streams written in Python.
import _io

P = '/tmp/pyston_lib_io_buffered.bin'


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Raw(_io._RawIOBase):
    """A raw stream over a bytearray that logs its calls."""

    def __init__(self, data=b''):
        self.data = bytearray(data)
        self.pos = 0
        self.log = []

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        self.log.append(('readinto', len(b), n))
        return n

    def write(self, b):
        b = bytes(b)
        self.data[self.pos:self.pos + len(b)] = b
        self.pos += len(b)
        self.log.append(('write', len(b)))
        return len(b)

    def seek(self, pos, whence=0):
        self.pos = [pos, self.pos + pos, len(self.data) + pos][whence]
        self.log.append(('seek', pos, whence))
        return self.pos

    def tell(self):
        return self.pos

    def truncate(self, size=None):
        size = self.pos if size is None else size
        del self.data[size:]
        self.log.append(('truncate', size))
        return size


raw = Raw(b'line one\nline two\nline three\n' * 3)
r = _io.BufferedReader(raw, buffer_size=16)
print(r.read(4), raw.log)
print(r.peek(2), r.read1(100), raw.log[-1])
print(r.readline(), r.readline(3), r.tell())
print(r.read1(), r.read(5), raw.log[-2:])
b = bytearray(20)
print(r.readinto(b), bytes(b))
b = bytearray(40)
print(r.readinto1(b), bytes(b[:20]))
print(r.seek(0), r.read(9), r.seek(3, 1), r.read(3), r.seek(-6, 2), r.read())
print(r.read(), r.read1(5), r.peek())
r.seek(0)
print(list(r)[:3])
print(repr(r.detach() is raw))
attempt('after detach', r.read)
attempt('repr detached', lambda: repr(r))

raw = Raw()
w = _io.BufferedWriter(raw, 8)
print(w.write(b'abc'), raw.log, w.tell())
print(w.write(b'defghij'), raw.log, w.tell())
print(w.write(b'0123456789ABCDEFGH'), raw.log)
w.flush()
print(raw.log, bytes(raw.data))
print(w.seek(2), w.write(b'__'), w.tell())
w.flush()
print(bytes(raw.data), w.writable(), w.readable(), w.seekable())
w.close()
print(w.closed, raw.closed)
attempt('write closed', lambda: w.write(b'x'))
attempt('flush closed', w.flush)

raw = Raw(b'0123456789')
rw = _io.BufferedRandom(raw, 4)
print(rw.read(2), rw.write(b'ab'), rw.tell(), rw.read(2))
rw.seek(0)
print(rw.read(), raw.log[-3:])
rw.seek(8)
rw.write(b'XYZ')
rw.seek(0)
print(rw.read())
print(rw.truncate(4), rw.tell())
rw.seek(0)
print(rw.read(), rw.peek(), rw.read1(3))

# BufferedRWPair
src = _io.BytesIO(b'input data\nmore\n')
dst = _io.BytesIO()
pair = _io.BufferedRWPair(src, dst, 4)
print(pair.read(5), pair.peek(1)[:1], pair.read1(3), pair.readline())
print(pair.write(b'output'), dst.getvalue())
pair.flush()
print(dst.getvalue(), pair.readable(), pair.writable(), pair.isatty(), pair.closed)
pair.close()
print(pair.closed, src.closed, dst.closed)

# over files
with _io.open(P, 'wb', buffering=5) as f:
    print(type(f).__name__, repr(f).startswith('<_io.BufferedWriter name='), f.name == P, f.mode)
    for i in range(5):
        f.write(b'%d:abc\n' % i)
with _io.open(P, 'rb') as f:
    print(f.readlines())
with _io.open(P, 'rb') as f:
    print(f.readlines(10))
with _io.open(P, 'r+b') as f:
    print(type(f).__name__, f.read(3), f.write(b'***'), f.tell(), f.read(4))
    f.seek(0)
    print(f.read())

# raw readall / read through _RawIOBase defaults
class Chunks(_io._RawIOBase):
    def __init__(self):
        self.parts = [b'ab', b'cd', b'']
    def readable(self):
        return True
    def readinto(self, b):
        part = self.parts.pop(0) if self.parts else b''
        b[:len(part)] = part
        return len(part)
c = Chunks()
print(c.read(10), c.readall(), c.read())
c = Chunks()
print(c.readall())
print(_io.BufferedReader(Chunks()).read())

# errors
attempt('reader on unreadable', lambda: _io.BufferedReader(_io.FileIO(P, 'w')))
attempt('writer on unwritable', lambda: _io.BufferedWriter(_io.FileIO(P, 'r')))
attempt('zero buffer', lambda: _io.BufferedReader(_io.BytesIO(), 0))
attempt('negative read', lambda: _io.BufferedReader(_io.BytesIO(b'x')).read(-2))
attempt('bad whence', lambda: _io.BufferedReader(_io.BytesIO(b'x')).seek(0, 3))
attempt('readinto bytes', lambda: _io.BufferedReader(_io.BytesIO(b'x')).readinto(b'x'))
attempt('write str', lambda: _io.BufferedWriter(_io.BytesIO()).write('x'))
attempt('uninitialized', lambda: _io.BufferedReader.__new__(_io.BufferedReader).read())
attempt('truncate reader', lambda: _io.BufferedReader(_io.BytesIO(b'x')).truncate())
closed = _io.BufferedReader(_io.BytesIO(b'x'))
closed.close()
for name in ('read', 'read1', 'peek', 'readline', 'tell', 'flush', 'fileno', 'isatty', 'readable', 'truncate'):
    attempt('closed ' + name, getattr(closed, name))
attempt('closed seek', lambda: closed.seek(0))
print(_io.BufferedReader(_io.BytesIO(b'abc')).read())
_io.FileIO(P, 'w').close()
