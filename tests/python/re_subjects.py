# _sre: str subclasses as patterns and subjects, group indexes through __index__,
# groupindex as a read-only mapping, weak references to patterns, case-insensitive
# matching of characters whose uppercase is several characters, anchored searches.
import re
import weakref


class S(str):
    pass


class Index:
    def __init__(self, value):
        self.value = value

    def __index__(self):
        return self.value


def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


show("sub", lambda: re.sub('y', S('a'), S('xyz')))
show("findall", lambda: re.findall(':+', S('a:b::c')))
show("split", lambda: re.split(':', S('a:b')))
show("match", lambda: re.match('a', S('ab')).group())
show("fullmatch", lambda: re.fullmatch('ab', S('ab')).span())
show("pattern subclass", lambda: re.compile(S('abc')).match('xyz'))
show("pattern subclass 2", lambda: re.compile(S('abc')).match('abc').group())
show("bytes pattern on str", lambda: re.compile(b'a').match('a'))
show("str pattern on bytes", lambda: re.compile('a').match(b'a'))
show("array subject", lambda: re.compile(b'').match(__import__('array').array('b')).groups())
show("not a string", lambda: re.compile('a').match(12))

m = re.match('(a)(b)', 'ab')
show("group Index", lambda: m.group(Index(1)))
show("group -1", lambda: m.group(-1))
show("group 3", lambda: m.group(3))
show("group big", lambda: m.group(2**100))
show("group name", lambda: m.group('x'))

p = re.compile(r'(?P<first>a)(?P<other>b)')
show("groupindex", lambda: sorted(p.groupindex.items()))
show("groupindex type", lambda: type(p.groupindex).__name__)
try:
    p.groupindex['other'] = 0
except TypeError as e:
    print("groupindex assignment", type(e).__name__, e)
show("no groups", lambda: re.compile('a').groupindex)

x = re.compile('ab+c')
y = weakref.proxy(x)
show("proxy findall", lambda: y.findall('QabbbcR'))
show("ref", lambda: weakref.ref(x)() is x)

for pat, s in [(r'\ufb05', '\ufb06'), (r'\ufb06', '\ufb05'), (r'[\ufb04-\ufb05]', '\ufb06'),
               (r'\u0412', '\u1c80'), (r'[\u1c80-\u1c82]', '\u0432')]:
    print(ascii(pat), ascii(s), bool(re.match(pat, s, re.I)))

for pat in (r'\Ay', r'^y', r'\Ax', '^x'):
    s = 'x' * 1000
    print(pat, re.search(pat, s) is not None, len(re.findall(pat, s)), len(re.split(pat, s)))
show("pos past start", lambda: re.compile('^x').search('xx', 1))
