# _sre over strings holding lone surrogates: positions count Python code points (one per
# surrogate), slices give the same code points back; pos/endpos are converted before the subject.
import re
import sys
import json.decoder

s = 'z\ud834\udd20x12345'
m = re.search('x', s)
print(m.span(), ascii(m.string[:m.start()]), ascii(re.findall('.', s)))
print(ascii(re.sub('\ud834', '<hi>', s)), ascii(re.split('\udd20', s)))
print(len(s), re.match('.*', s).end(), ascii(re.fullmatch('z(..)x.*', s).group(1)))
print(json.decoder.py_scanstring('"z\\ud834\udd20x12345"', 1, True))
for f in (lambda: re.compile('x').match('abc', sys.maxsize + 1),
          lambda: re.compile('x').search(b'abc', sys.maxsize + 1),
          lambda: re.compile(b'x').match('abc', 2**70),
          lambda: list(re.compile('x').finditer('abc', 0, 2**70)),
          lambda: json.decoder.c_scanstring(b"xxx", sys.maxsize + 1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
