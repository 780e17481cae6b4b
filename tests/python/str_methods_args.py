# str.__getnewargs__ copies; str.__mul__/__rmul__ take one index; a sign or space in a str format spec is a ValueError.
t = 'abc'
a = t.__getnewargs__()
print(a[0] is t, a)
for args in [(), ('',), (1.5,)]:
    try:
        print('abc'.__mul__(*args))
    except TypeError as e:
        print("TypeError", e)
for f, args in [('%*s', ('foo', 'bar')), ('%10.*f', ('foo', 42.)), ('%10', (42,))]:
    try:
        print(f % args)
    except Exception as e:
        print(type(e).__name__, e)
for f in ["{0:-s}", "{: }", "{0:=s}", "{:#s}", "{:,s}"]:
    try:
        print(f.format(''))
    except Exception as e:
        print(type(e).__name__, e)
try:
    format("", "-")
except Exception as e:
    print(type(e).__name__, e)
class Foo:
    def __rmul__(self, o): return ('rmul', o)
    def __mul__(self, o): return ('mul', o)
    def __index__(self): return 2
print(Foo() * 'ab', 'ab'.__mul__(Foo()), 'ab'.__rmul__(2), 3 * 'x', 'x' * True)
class S(str): pass
print(S('ab') * 2, type(S('ab') * 2).__name__)
try:
    'ab' * 'c'
except TypeError as e:
    print(e)
try:
    'ab' * 1.5
except TypeError as e:
    print(e)
class Idx:
    def __index__(self): return 3
try:
    print('ab' * Idx())
except TypeError as e:
    print(e)
