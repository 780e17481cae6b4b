# The abstract bases of _io as Python classes derive from them (as io.py and user code do).
import _io


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Meta(type):
    pass


# io.py's shape: its classes derive from the _io bases with a metaclass
class IOBase(_io._IOBase, metaclass=Meta):
    __doc__ = _io._IOBase.__doc__


class RawIOBase(_io._RawIOBase, IOBase):
    pass


class BufferedIOBase(_io._BufferedIOBase, IOBase):
    pass


class TextIOBase(_io._TextIOBase, IOBase):
    pass


print(RawIOBase.__mro__)
print(type(RawIOBase).__name__, IOBase.__doc__ == _io._IOBase.__doc__, _io._IOBase.__module__)
print(_io._IOBase.__name__, _io._IOBase.__qualname__, _io.FileIO.__module__, _io.UnsupportedOperation.__module__)
print(issubclass(_io.UnsupportedOperation, OSError), issubclass(_io.UnsupportedOperation, ValueError))
print(_io.BlockingIOError is BlockingIOError)

base = IOBase()
print(base.closed, base.readable(), base.writable(), base.seekable(), base.isatty())
attempt('seek', base.seek)
attempt('tell', base.tell)
attempt('truncate', base.truncate)
attempt('fileno', base.fileno)
attempt('checkReadable', base._checkReadable)
attempt('checkWritable', base._checkWritable)
attempt('checkSeekable', base._checkSeekable)
print(base._checkClosed(), base.flush(), base.close(), base.closed)
attempt('flush closed', base.flush)
attempt('checkClosed', base._checkClosed)
attempt('enter closed', base.__enter__)
attempt('iter closed', lambda: iter(base))
attempt('isatty closed', base.isatty)
print(base.close())


class Lines(RawIOBase):
    """Raw stream over bytes; only readinto is written here."""

    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.flushed = 0

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

    def flush(self):
        self.flushed += 1
        return super().flush()


r = Lines(b'alpha\nbeta\ngamma')
print(r.read(3), r.readline(), r.readline(2), r.readlines(), r.read(), r.readall())
r = Lines(b'a\nb\nc\n')
print(list(r), r.closed)
r = Lines(b'a\nbb\nccc\ndddd\n')
print(r.readlines(3))
with Lines(b'x\ny') as r:
    print(next(r), next(r))
    attempt('next at end', lambda: next(r))
print(r.closed, r.flushed)
attempt('read closed', r.read)
attempt('readinto abstract', lambda: RawIOBase().readinto(bytearray(1)))
attempt('write abstract', lambda: RawIOBase().write(b'x'))


class Peeking(RawIOBase):
    def __init__(self):
        self.calls = []
        self.data = b'one\ntwo\n'
        self.pos = 0

    def peek(self, n=0):
        self.calls.append(('peek', n))
        return self.data[self.pos:]

    def read(self, n=-1):
        self.calls.append(('read', n))
        chunk = self.data[self.pos:self.pos + n]
        self.pos += len(chunk)
        return chunk


p = Peeking()
print(p.readline(), p.calls)


class BadRead(RawIOBase):
    def read(self, n=-1):
        return 'text'


attempt('readline non-bytes', BadRead().readline)


class Buf(BufferedIOBase):
    def __init__(self, data):
        self.data = data

    def read(self, n=-1):
        out, self.data = self.data[:n], self.data[n:]
        return out

    def read1(self, n=-1):
        return self.read(min(n, 2))


bb = Buf(b'buffered!')
buf = bytearray(4)
print(bb.readinto(buf), buf, bb.readinto1(buf), buf)
attempt('write', lambda: BufferedIOBase().write(b'x'))
attempt('detach', BufferedIOBase().detach)
attempt('read', BufferedIOBase().read)
attempt('read1', BufferedIOBase().read1)
attempt('readinto bytes', lambda: bb.readinto(b'xx'))


class Text(TextIOBase):
    def __init__(self):
        self.out = []

    def write(self, s):
        self.out.append(s)
        return len(s)


t = Text()
t.writelines(['a', 'b', 'c'])
print(t.out, t.encoding, t.errors, t.newlines)
attempt('text read', TextIOBase().read)
attempt('text readline', TextIOBase().readline)
attempt('text detach', TextIOBase().detach)
attempt('text write', lambda: TextIOBase().write('x'))

# derived concrete types
class MyBytes(_io.BytesIO):
    def read(self, n=-1):
        return super().read(n).upper()


m = MyBytes(b'abc\ndef\n')
print(m.read(2), m.readline(), list(m), type(m).__name__)


class MyFile(_io.FileIO):
    pass


P = '/tmp/pyston_lib_io_bases.txt'
with MyFile(P, 'w') as f:
    f.write(b'data')
    print(repr(f), f.mode)
print(repr(f))
with _io.TextIOWrapper(_io.BufferedReader(MyFile(P)), encoding='ascii') as t:
    print(t.read(), repr(t), repr(t.buffer))

class MyReader(_io.BufferedReader):
    pass

print(repr(MyReader(_io.BytesIO())))


class MyText(_io.TextIOWrapper):
    def readline(self, size=-1):
        line = super().readline(size)
        return line.strip() + '|\n' if line else ''


mt = MyText(_io.BytesIO(b'l1\nl2\n'), encoding='ascii')
print(repr(mt))
print(mt.readline(), mt.readlines())
attempt('new with non-subclass', lambda: _io.FileIO.__new__(int))
attempt('new without class', lambda: _io.FileIO.__new__())
_io.FileIO(P, 'w').close()
