# TextIOWrapper: newline modes, encodings and errors, tell/seek cookies, reconfigure, buffering.
import _io


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


DATA = b'one\ntwo\r\nthree\rfour\n\rfive'
for newline in (None, '', '\n', '\r', '\r\n'):
    t = _io.TextIOWrapper(_io.BytesIO(DATA), encoding='ascii', newline=newline)
    print(repr(newline), t.readlines(), repr(t.newlines))
    t = _io.TextIOWrapper(_io.BytesIO(DATA), encoding='ascii', newline=newline)
    print(repr(newline), repr(t.read()))
    b = _io.BytesIO()
    t = _io.TextIOWrapper(b, encoding='ascii', newline=newline)
    t.write('a\nb\r\nc\rd')
    t.flush()
    print(repr(newline), b.getvalue())

# small chunks: \r\n split across reads
t = _io.TextIOWrapper(_io.BytesIO(b'ab\r\ncd\r\n\r\nef'), encoding='ascii')
t._CHUNK_SIZE = 3
print(t._CHUNK_SIZE, [t.readline() for _ in range(5)])
t = _io.TextIOWrapper(_io.BytesIO(b'x\r' * 5), encoding='ascii', newline='')
t._CHUNK_SIZE = 2
print(list(t))
t = _io.TextIOWrapper(_io.BytesIO(b'line1\r\nline2\r\n'), encoding='ascii', newline='\r\n')
t._CHUNK_SIZE = 6
print(list(t))
t = _io.TextIOWrapper(_io.BytesIO(b'abcdefghij\nklm'), encoding='ascii')
print(t.readline(4), t.readline(100), t.readline(0), t.readline(), repr(t.readline()))

# encodings
text = 'h\xe9llo w\xf6rld \u20ac \U0001f600\n'
for enc in ('utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-8-sig', 'latin-1', 'cp1252',
            'iso8859-15', 'shift_jis'):
    b = _io.BytesIO()
    t = _io.TextIOWrapper(b, encoding=enc, errors='replace')
    t.write(text)
    t.write(text)
    t.flush()
    data = b.getvalue()
    r = _io.TextIOWrapper(_io.BytesIO(data), encoding=enc, errors='replace')
    r._CHUNK_SIZE = 5
    print(enc, len(data), data[:12], repr(r.read()))
t = _io.TextIOWrapper(_io.BytesIO(b'ok \xff\xfe bad \xe2\x82'), encoding='utf-8', errors='replace')
print(repr(t.read()))
t = _io.TextIOWrapper(_io.BytesIO(b'ok \xff bad'), encoding='utf-8', errors='surrogateescape')
print(ascii(t.read()))
t = _io.TextIOWrapper(_io.BytesIO(b'ok \xff bad'), encoding='utf-8')
attempt('strict decode', t.read)
t = _io.TextIOWrapper(_io.BytesIO(), encoding='ascii')
attempt('strict encode', lambda: t.write('caf\xe9'))
t = _io.TextIOWrapper(_io.BytesIO(), encoding='ascii', errors='xmlcharrefreplace')
t.write('caf\xe9 \u20ac')
t.flush()
print(t.buffer.getvalue(), t.encoding, t.errors)
t = _io.TextIOWrapper(_io.BytesIO(), encoding='ascii', errors='backslashreplace')
t.write('caf\xe9')
print(t.buffer.getvalue(), t.buffer.getvalue())
t.flush()
print(t.buffer.getvalue())
t = _io.TextIOWrapper(_io.BytesIO(b'\xef\xbb\xbfBOM text'), encoding='utf-8-sig')
print(repr(t.read()))
t = _io.TextIOWrapper(_io.BytesIO(b'x'))
print(t.encoding)
t = _io.TextIOWrapper(_io.BytesIO(b'x'), encoding='locale')
print(t.encoding)

# tell and seek
P = '/tmp/pyston_lib_io_text.txt'
with _io.open(P, 'w', encoding='utf-8') as f:
    f.write('\xe4\xf6\xfc line one\nsecond \u20ac line\nthird\n')
with _io.open(P, encoding='utf-8') as f:
    print(f.tell(), f.read(3), f.tell())
    cookies = []
    f.seek(0)
    while True:
        c = f.tell()
        ch = f.read(1)
        if not ch:
            break
        cookies.append((c, ch))
    print(cookies[:6], cookies[-3:])
    for c, ch in cookies[::5]:
        f.seek(c)
        print(c, repr(f.read(4)), end='; ')
    print()
    f.seek(0)
    print(repr(f.readline()), f.tell(), repr(f.readline()), f.tell())
    f.seek(0)
    for line in f:
        pass
    attempt('tell after iteration', f.tell)
    attempt('cur seek', lambda: f.seek(3, 1))
    attempt('end seek', lambda: f.seek(3, 2))
    attempt('negative seek', lambda: f.seek(-1))
    attempt('bad whence', lambda: f.seek(0, 7))
    print(f.seek(0, 2), f.seek(0, 1), repr(f.read()))
with _io.open(P, 'w', encoding='utf-16') as f:
    f.write('abc\ndef\n')
    print(f.tell())
with _io.open(P, 'a', encoding='utf-16') as f:
    f.write('ghi\n')
with _io.open(P, 'rb') as f:
    print(f.read())
with _io.open(P, encoding='utf-16') as f:
    print(repr(f.readline()), f.tell())
    c = f.tell()
    print(repr(f.read(2)), f.seek(c), repr(f.read()))
with _io.open(P, 'r+', encoding='utf-8') as f:
    f.write('hello\nworld\n')
    f.seek(0)
    print(repr(f.read(5)), f.tell())
    f.seek(f.tell())
    f.write('!')
    f.seek(0)
    print(repr(f.read()))
    print(f.truncate(3))
    f.seek(0)
    print(repr(f.read()))

# line buffering, write_through, reconfigure, detach
class Recorder(_io.BytesIO):
    def __init__(self):
        super().__init__()
        self.calls = []
    def write(self, b):
        self.calls.append(bytes(b))
        return super().write(b)
    def flush(self):
        self.calls.append('flush')
        return super().flush()
r = Recorder()
t = _io.TextIOWrapper(r, encoding='ascii', line_buffering=True)
t.write('abc')
t.write('def\nxyz')
t.write('!')
print(r.calls, t.line_buffering, t.write_through)
r = Recorder()
t = _io.TextIOWrapper(r, encoding='ascii', write_through=True)
t.write('abc')
t.write('d\n')
print(r.calls)
t.reconfigure(line_buffering=True, write_through=False)
t.write('x\ny')
print(r.calls, t.line_buffering, t.write_through)
t.reconfigure(encoding='latin-1', errors='replace', newline='\r\n')
t.write('\xe9\u20ac\n')
t.flush()
print(r.calls[-3:], t.encoding, t.errors)
t.reconfigure(errors='strict')
print(t.encoding, t.errors)
attempt('reconfigure positional', lambda: t.reconfigure('utf-8'))
attempt('reconfigure newline', lambda: t.reconfigure(newline='x'))
t = _io.TextIOWrapper(_io.BytesIO(b'abc'), encoding='ascii')
t.read(1)
attempt('reconfigure after read', lambda: t.reconfigure(encoding='utf-8'))
t.reconfigure(line_buffering=True)
print(t.line_buffering)
b = t.detach()
print(b.getvalue(), repr(t))
attempt('detached read', t.read)
attempt('detached name', lambda: t.name)
attempt('detached buffer', lambda: t.buffer)

# attributes and reprs
t = _io.TextIOWrapper(_io.BytesIO(), encoding='utf-8')
print(repr(t), t.closed, t.newlines, t.seekable(), t.readable(), t.writable(), t.isatty())
t.mode = 'w'
attempt('set name', lambda: setattr(t, 'name', 'ignored'))
attempt('del closed', lambda: delattr(t, 'closed'))
print(type(t).closed, type(t).__dict__['closed'].__get__(t))
print(repr(t))
attempt('fileno', t.fileno)
t.close()
print(t.closed, repr(t))
attempt('closed write', lambda: t.write('x'))
attempt('closed read', t.read)
attempt('closed readline', t.readline)
attempt('closed tell', t.tell)
attempt('closed flush', t.flush)
attempt('write bytes', lambda: _io.TextIOWrapper(_io.BytesIO()).write(b'x'))
attempt('encoding type', lambda: _io.TextIOWrapper(_io.BytesIO(), encoding=3))
attempt('errors type', lambda: _io.TextIOWrapper(_io.BytesIO(), errors=3))
attempt('newline type', lambda: _io.TextIOWrapper(_io.BytesIO(), newline=3))
attempt('newline value', lambda: _io.TextIOWrapper(_io.BytesIO(), newline='x'))
attempt('unknown encoding', lambda: _io.TextIOWrapper(_io.BytesIO(), encoding='bogus'))
attempt('chunk size', lambda: setattr(_io.TextIOWrapper(_io.BytesIO()), '_CHUNK_SIZE', 0))
attempt('uninitialized', lambda: _io.TextIOWrapper.__new__(_io.TextIOWrapper).read())
ro = _io.TextIOWrapper(_io.BufferedReader(_io.BytesIO(b'x')), encoding='ascii')
attempt('not writable', lambda: ro.write('x'))
wo = _io.TextIOWrapper(_io.BufferedWriter(_io.BytesIO()), encoding='ascii')
attempt('not readable', wo.read)

# IncrementalNewlineDecoder
d = _io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode('a\r')), repr(d.decode('\nb\r')), d.getstate(), repr(d.decode('', final=True)), d.newlines)
d.reset()
print(d.newlines, d.getstate())
d = _io.IncrementalNewlineDecoder(None, translate=False)
print(repr(d.decode('x\r\ny\rz\n')), d.newlines)
d.setstate((b'', 1))
print(repr(d.decode('w')), d.getstate())
attempt('decode bytes', lambda: _io.IncrementalNewlineDecoder(None, True).decode(b'x'))
attempt('setstate', lambda: _io.IncrementalNewlineDecoder(None, True).setstate(3))
attempt('not initialized', lambda: _io.IncrementalNewlineDecoder.__new__(_io.IncrementalNewlineDecoder).decode(''))
_io.FileIO(P, 'w').close()
