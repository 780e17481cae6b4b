# Text files in many encodings: the runtime's codecs, JDK charsets, codecs only Python's registry has,
# error handlers, byte order marks.
import _io

P = '/tmp/pyston_lib_io_encodings.txt'


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


for enc in ('utf-8', 'utf_16_be', 'utf-32-le', 'latin1', 'cp037', 'mac_roman', 'koi8_r', 'cp1251', 'big5',
            'euc_jp', 'gb18030', 'shift_jis', 'punycode', 'UTF8', 'iso-8859-7'):
    def roundtrip(enc=enc):
        text = '\u6f22\u5b57\u30c6\u30b9\u30c8' if enc in ('big5', 'euc_jp', 'gb18030', 'shift_jis') \
            else '\u0431\u0443\u043a' if enc in ('koi8_r', 'cp1251') \
            else '\u03b1\u03b2\u03b3' if enc == 'iso-8859-7' else 'b\xfccher-'
        b = _io.BytesIO()
        t = _io.TextIOWrapper(b, encoding=enc)
        t.write(text)
        t.write(text)
        t.flush()
        r = _io.TextIOWrapper(_io.BytesIO(b.getvalue()), encoding=enc)
        r._CHUNK_SIZE = 3
        return b.getvalue(), r.read(), r.encoding
    attempt(enc, roundtrip)

for enc in ('hex', 'rot13', 'base64', 'bogus-encoding'):
    attempt(enc, lambda enc=enc: _io.TextIOWrapper(_io.BytesIO(), encoding=enc))
t = _io.TextIOWrapper(_io.BytesIO(b'abc'), encoding='ascii')
attempt('reconfigure hex', lambda: t.reconfigure(encoding='hex'))

# error handlers on files
with _io.open(P, 'w', encoding='ascii', errors='surrogateescape') as f:
    f.write('ok \udcff\udcfe end\n')
print(_io.open(P, 'rb').read())
with _io.open(P, encoding='utf-8', errors='surrogateescape') as f:
    print(ascii(f.read()))
with _io.open(P, encoding='utf-8', errors='replace') as f:
    print(f.read())
with _io.open(P, encoding='utf-8', errors='ignore') as f:
    print(f.read())
with _io.open(P, encoding='utf-8', errors='backslashreplace') as f:
    print(f.read())
with _io.open(P, encoding='latin-1') as f:
    print(ascii(f.read()))
with _io.open(P, encoding='utf-8') as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.encoding, e.start, e.end, e.reason)
with _io.open(P, 'w', encoding='ascii') as f:
    try:
        f.write('caf\xe9')
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)

# byte order marks: written once, skipped when appending, read away
for enc in ('utf-16', 'utf-32', 'utf-8-sig'):
    with _io.open(P, 'w', encoding=enc) as f:
        f.write('ab\n')
    with _io.open(P, 'a', encoding=enc) as f:
        f.write('cd\n')
    with _io.open(P, 'r+', encoding=enc) as f:
        first = f.readline()
        pos = f.tell()
        f.seek(0, 2)
        f.write('ef\n')
        f.seek(pos)
        print(enc, _io.open(P, 'rb').read(), repr(first), repr(f.read()))
with _io.open(P, 'wb') as f:
    f.write(b'\xfe\xff\x00h\x00i')
print(repr(_io.open(P, encoding='utf-16').read()))
attempt('utf-8-sig on utf-16', lambda: _io.open(P, encoding='utf-8-sig').read(1))
with _io.open(P, 'wb') as f:
    f.write(b'\xef\xbb\xbfsig')
print(repr(_io.open(P, encoding='utf-8-sig').read(1)), repr(_io.open(P, encoding='utf-8').read(1)))
_io.FileIO(P, 'w').close()
