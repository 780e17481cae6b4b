# BytesIO and StringIO.
import _io


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


b = _io.BytesIO(b'hello\nworld\n')
print(b.read(3), b.tell(), b.readline(), b.readline(), b.readline(), b.read())
print(b.seek(0), b.readlines(), b.seek(2), b.readlines(7))
print(b.seek(0, 2), b.write(b'!!'), b.getvalue())
print(b.seek(20), b.write(b'x'), b.getvalue())
print(b.truncate(5), b.tell(), b.getvalue(), b.truncate(), b.getvalue())
print(b.seek(-3, 1), b.seek(-100, 1), b.seek(-2, 2))
buf = bytearray(3)
b.seek(0)
print(b.readinto(buf), buf, b.read1(2), b.read1(), b.read(-1), b.read(None))
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush(), b.closed)
b.writelines([b'a', bytearray(b'b'), memoryview(b'c')])
print(b.getvalue(), list(_io.BytesIO(b'1\n2\n3')))
st = _io.BytesIO(b'state').__getstate__()
print(st)
c = _io.BytesIO()
c.__setstate__((b'restored', 3, {'k': 1}))
print(c.read(), c.k)
attempt('negative seek', lambda: _io.BytesIO().seek(-1))
attempt('bad whence', lambda: _io.BytesIO().seek(0, 3))
attempt('negative truncate', lambda: _io.BytesIO().truncate(-1))
attempt('write str', lambda: _io.BytesIO().write('x'))
attempt('init str', lambda: _io.BytesIO('x'))
attempt('readinto bytes', lambda: _io.BytesIO(b'x').readinto(b'x'))
attempt('read type', lambda: _io.BytesIO(b'x').read('1'))
attempt('seek float', lambda: _io.BytesIO(b'x').seek(1.0))
b.close()
print(b.closed)
for name in ('read', 'getvalue', 'tell', 'readline', 'readable', 'flush', 'isatty'):
    attempt('closed ' + name, getattr(b, name))
attempt('closed write', lambda: b.write(b'x'))
attempt('closed iter', lambda: iter(b) is b)
b.close()

s = _io.StringIO('h\xe9llo\nw\u20acrld\n\U0001f600 end')
print(repr(s.read(2)), s.tell(), repr(s.readline()), repr(s.readline(3)), repr(s.readline()), repr(s.read()))
print(s.seek(0), s.readlines(), s.tell(), s.seek(0, 2), s.seek(0, 1))
print(s.seek(30), s.write('X'), repr(s.getvalue()))
print(s.truncate(4), s.tell(), repr(s.getvalue()))
print(s.seek(1), s.write('\U0001f600\U0001f600'), repr(s.getvalue()), s.tell())
print(s.readable(), s.writable(), s.seekable(), s.line_buffering, s.newlines, s.closed, s.isatty())
for newline in (None, '', '\n', '\r', '\r\n'):
    s = _io.StringIO(newline=newline)
    s.write('a\nb\r\nc\rd')
    print(repr(newline), repr(s.getvalue()), s.seek(0), s.readlines(), repr(s.newlines))
    s = _io.StringIO('a\nb\r\nc\rd', newline=newline)
    print(repr(newline), list(s))
s = _io.StringIO()
print(s.write('abc'), s.write(''), s.getvalue(), s.tell())
print(_io.StringIO(None).getvalue() == '', _io.StringIO().__getstate__())
s = _io.StringIO('xyz', newline='\r\n')
st = s.__getstate__()
print(st)
t = _io.StringIO()
t.__setstate__(('abc\n', None, 1, None))
print(repr(t.read()), t.newlines)
attempt('initial bytes', lambda: _io.StringIO(b'x'))
attempt('newline type', lambda: _io.StringIO(newline=3))
attempt('newline value', lambda: _io.StringIO(newline='x'))
attempt('write bytes', lambda: _io.StringIO().write(b'x'))
attempt('cur seek', lambda: _io.StringIO().seek(1, 1))
attempt('negative seek', lambda: _io.StringIO().seek(-1))
attempt('bad whence', lambda: _io.StringIO().seek(0, 3))
attempt('truncate str', lambda: _io.StringIO().truncate('a'))
attempt('negative truncate', lambda: _io.StringIO().truncate(-1))
attempt('uninitialized', lambda: _io.StringIO.__new__(_io.StringIO).read())
s.close()
print(s.closed)
for name in ('read', 'getvalue', 'tell', 'readline', 'readable', 'seekable'):
    attempt('closed ' + name, getattr(s, name))
attempt('closed newlines', lambda: s.newlines)
attempt('closed line_buffering', lambda: s.line_buffering)
attempt('closed write', lambda: s.write('x'))


class Upper(_io.StringIO):
    def write(self, text):
        return super().write(text.upper())


u = Upper()
print(u.write('shout'), u.getvalue(), isinstance(u, _io._TextIOBase), isinstance(u, _io._IOBase))
u.extra = 5
print(u.extra, sorted(vars(u)))
with _io.StringIO('ctx') as s2:
    print(s2.read())
print(s2.closed)
print(type(_io.StringIO()).__mro__)
print(type(_io.BytesIO()).__mro__)
