# Exception protocol details: pickling (__reduce__/__setstate__), OSError's args/filename2/str, checks on
# __cause__/__context__, except tuples checked whole, SyntaxError details, AttributeError from __getattr__
# learns name/obj, 'async for' invalid __anext__ cause, coroutine origin tracking, setrecursionlimit too low.
import pickle, copy, sys
for e in [ValueError(1, 2), ImportError('test', name='n'), OSError(1, 'x', 'f'), SyntaxError('m', ('f', 1, 2, 't', 1, 3)), AttributeError('a'), KeyError('k')]:
    e.extra = 5 if isinstance(e, KeyError) else None
    n = pickle.loads(pickle.dumps(e))
    print(type(n).__name__, n.args, getattr(n, 'extra', '-'), n.__reduce__()[:2])
print(ImportError('t', name='x').__reduce__())
print(OSError(1, 'x', 'f', None, 'g').__reduce__())
print(ValueError(3).__reduce__())
e = Exception()
try:
    e.__setstate__(5)
except TypeError as x:
    print(x)
for attr in ('__cause__', '__context__'):
    try:
        setattr(e, attr, 1)
    except TypeError as x:
        print(x)
    try:
        delattr(e, attr)
    except TypeError as x:
        print(x)
try:
    try:
        raise ValueError
    except (ValueError, 42):
        pass
except TypeError as x:
    print(x)
try:
    SyntaxError("bad", ("bad.py", 1, 2, "abcdefg", 1))
except TypeError as x:
    print(x)
class A:
    blech = None
    def __getattr__(self, attr):
        raise AttributeError
try:
    A().bluch
except AttributeError as x:
    print(x.name, type(x.obj).__name__)
    import io, contextlib
    buf = io.StringIO()
    with contextlib.redirect_stderr(buf):
        sys.__excepthook__(*sys.exc_info())
    print("Did you mean" in buf.getvalue(), "blech" in buf.getvalue())
class F:
    def __aiter__(self): return self
    def __anext__(self): return self
    def __await__(self): 1/0
async def main():
    async for _ in F():
        pass
try:
    main().send(None)
except TypeError as x:
    print(x, type(x.__cause__).__name__)
async def corofn(): pass
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(2)
def nested():
    return corofn()
c = nested()
print([(l - nested.__code__.co_firstlineno, n) for f, l, n in c.cr_origin][:1], len(c.cr_origin))
c.close()
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as x:
    print(x)
sys.set_coroutine_origin_tracking_depth(0)
c = corofn(); print(c.cr_origin); c.close()
for a in [(1,'x','f',None,'g'), (1,'x',None), (1,'x','f',5), (1,2,3,4,5,6), (1,'x'), ('a',), (2,'No such file','p')]:
    e = OSError(*a)
    print(type(e).__name__, str(e), e.args, e.errno, e.strerror, e.filename, e.filename2)
import pickle
e = pickle.loads(pickle.dumps(OSError(1,'x','f',None,'g')))
print(type(e).__name__, str(e), e.args, e.filename2)
try:
    open('/nonexistent/zz')
except OSError as e:
    print(str(e), e.args, e.filename)
def depth_probe():
    try:
        sys.setrecursionlimit(1)
    except RecursionError as e:
        print(type(e).__name__, str(e).startswith("cannot set the recursion limit to 1 at the recursion depth"))
old = sys.getrecursionlimit()
depth_probe()
sys.setrecursionlimit(old)
