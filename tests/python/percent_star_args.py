# printf-style formatting: '*' width and precision as CPython converts them (negative width left-adjusts, negative precision is 0, OverflowError beyond ssize_t/int, int subclasses).
import sys
for f, args in [('%*s', (sys.maxsize + 1, '')), ('%.*f', (sys.maxsize + 1, 1. / 7)), ('%.*f', (2**31, 1.)),
                ('%*s', (-2**100, '')), ('%*s', (2.0, '')), ('%*s', (True, 'x')), ('%*d', (-3, 5)), ('%.*s', (-1, 'abc'))]:
    try:
        r = f % args
        print(repr(f), len(r) if len(r) > 50 else repr(r))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
print(b'%*d|%.*s|%-*d' % (-4, 7, -2, b'xyz', 3, 1))
class I(int): pass
print('%*d|' % (I(4), 7), '%.*f' % (I(2), 3.14159))
