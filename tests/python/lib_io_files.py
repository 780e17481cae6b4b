# Files through _io: every open mode, raw and buffered, positions, truncation, errors.
import _io

P = '/tmp/pyston_lib_io_files.txt'
P2 = '/tmp/pyston_lib_io_files_x.txt'


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


def cleanup():
    for p in (P, P2):
        try:
            _io.FileIO(p, 'w').close()
        except OSError:
            pass


# 'w' then 'r'
with open(P, 'w') as f:
    print(type(f).__name__, f.mode, f.name == P, f.encoding, f.errors, f.line_buffering)
    print(f.write('first line\n'), f.write('second line\n'))
    print(f.tell(), f.writable(), f.readable(), f.seekable())
    attempt('read on w', f.read)
with open(P) as f:
    print(f.read())
    print(f.closed)
print(f.closed)
attempt('read after close', f.read)

# 'a' and 'a+'
with open(P, 'a') as f:
    print('append tell', f.tell())
    f.write('third\n')
with open(P, 'a+') as f:
    print('a+ tell', f.tell())
    f.seek(0)
    print(repr(f.read()))
    f.write('fourth\n')
    f.seek(0)
    print(f.readlines())

# 'r+' and 'w+'
with open(P, 'r+') as f:
    f.write('FIRST')
    f.seek(0)
    print(repr(f.readline()))
    print(f.tell())
with open(P, 'w+') as f:
    print(repr(f.read()))
    f.write('abc\ndef\n')
    f.seek(0)
    print(list(f))

# 'x'
try:
    _io.FileIO(P2, 'w').close()
    import_ok = True
except OSError:
    pass
attempt('x existing', lambda: open(P, 'x'))

# binary modes
with open(P, 'wb') as f:
    print(type(f).__name__, f.mode, repr(f.raw)[:24])
    print(f.write(b'0123456789'), f.write(bytearray(b'abc')), f.write(memoryview(b'xyz')))
    print(f.tell())
with open(P, 'rb') as f:
    print(f.read(3), f.read1(2), f.peek(1)[:1], f.tell())
    print(f.seek(-2, 2), f.read())
    print(f.seek(1), f.read(2), f.seek(2, 1), f.read(1))
    b = bytearray(4)
    print(f.seek(0), f.readinto(b), b)
with open(P, 'rb+') as f:
    print(f.read(2), f.write(b'XY'), f.tell())
    f.seek(0)
    print(f.read())
    print(f.truncate(5), f.tell())
    f.seek(0)
    print(f.read())
with open(P, 'ab') as f:
    print(f.tell(), f.write(b'++'))
with open(P, 'rb') as f:
    print(f.read())

# unbuffered
with open(P, 'wb', buffering=0) as f:
    print(type(f).__name__, f.mode, f.closefd)
    print(f.write(b'raw bytes\n'), f.tell())
with open(P, 'rb', 0) as f:
    print(f.read(3), f.readall(), f.read(), f.tell())
    print(f.seek(0), f.readline(), f.seekable(), f.isatty())

# FileIO directly
f = _io.FileIO(P, 'r+')
print(f.mode, f.closefd, f.readable(), f.writable(), f.fileno() > 2)
print(f.read(4), f.tell(), f.truncate(), f.seek(0, 2))
g = _io.FileIO(f.fileno(), 'r', closefd=False)
print(g.name == f.fileno(), g.closefd, g.mode)
g.close()
print(g.closed, f.closed)
f.close()
attempt('closed fileno', f.fileno)
attempt('closed repr', lambda: repr(f))
f = _io.FileIO(P, 'w')
attempt('not readable', f.read)
f.close()
f = _io.FileIO(P)
attempt('not writable', lambda: f.write(b'x'))
attempt('truncate read-only', f.truncate)
f.close()

# opener
seen = []
def opener(path, flags):
    seen.append(path)
    return _io.FileIO(path, 'r', closefd=False).fileno()
with open(P, 'rb', opener=None) as f:
    print('opener None ok', f.read())

# text over descriptors and closefd
fd = _io.FileIO(P, 'w')
t = open(fd.fileno(), 'w', closefd=False)
t.write('via fd\n')
t.close()
print(fd.closed)
fd.close()
print(open(P).read())

# errors
attempt('missing', lambda: open('/tmp/pyston_lib_io_no/such/file'))
attempt('directory', lambda: open('/tmp'))
attempt('directory w', lambda: open('/tmp', 'w'))
attempt('x exists', lambda: open(P, 'x'))
attempt('bad mode', lambda: open(P, 'rw'))
attempt('bad mode char', lambda: open(P, 'rz'))
attempt('dup mode char', lambda: open(P, 'rr'))
attempt('text+binary', lambda: open(P, 'rbt'))
attempt('no mode', lambda: open(P, 'b'))
attempt('plus only', lambda: open(P, '+'))
attempt('binary encoding', lambda: open(P, 'rb', encoding='utf-8'))
attempt('binary errors', lambda: open(P, 'rb', errors='strict'))
attempt('binary newline', lambda: open(P, 'rb', newline=''))
attempt('unbuffered text', lambda: open(P, 'r', buffering=0))
attempt('mode type', lambda: open(P, 3))
attempt('buffering type', lambda: open(P, 'r', 'x'))
attempt('encoding type', lambda: open(P, 'r', encoding=3))
attempt('errors type', lambda: open(P, 'r', errors=3))
attempt('newline type', lambda: open(P, 'r', newline=3))
attempt('newline value', lambda: open(P, 'r', newline='x'))
attempt('unknown encoding', lambda: open(P, 'r', encoding='no-such-codec'))
attempt('not text encoding', lambda: open(P, 'r', encoding='hex'))
attempt('file type', lambda: open([]))
attempt('file float', lambda: open(3.5))
attempt('keyword', lambda: open(P, foo=1))
attempt('no args', lambda: open())
attempt('negative fd', lambda: _io.FileIO(-3))
attempt('closefd with name', lambda: _io.FileIO(P, 'r', closefd=False))
attempt('null byte', lambda: open('a\0b'))
attempt('opener type', lambda: open(P, 'r', opener=lambda p, fl: 'x'))
attempt('opener negative', lambda: open(P, 'r', opener=lambda p, fl: -5))
attempt('FileIO bad mode', lambda: _io.FileIO(P, 'rw'))
attempt('FileIO mode char', lambda: _io.FileIO(P, 'rt'))
attempt('seek float', lambda: _io.FileIO(P).seek(1.5))
attempt('seek negative', lambda: _io.FileIO(P).seek(-1))
attempt('readinto bytes', lambda: _io.FileIO(P).readinto(b'xx'))
attempt('open_code bytes', lambda: _io.open_code(P.encode()))
with _io.open_code(P) as f:
    print(type(f).__name__, f.read(3))
print(_io.text_encoding(None), _io.text_encoding('latin-1'))
cleanup()
