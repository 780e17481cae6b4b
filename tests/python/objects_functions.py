# Function objects: their attributes as descriptors of the function type, and the types types.py names.
def wraps(wrapped):
    def deco(wrapper):
        for attr in ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__"):
            setattr(wrapper, attr, getattr(wrapped, attr))
        wrapper.__dict__.update(wrapped.__dict__)
        wrapper.__wrapped__ = wrapped
        return wrapper
    return deco

def f(a, b=2, *, c=3):
    "doc"
    return a + b + c
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__module__, type(f.__globals__).__name__, f.__closure__)
f.__defaults__ = (10,)
f.__kwdefaults__ = {"c": 100}
print(f(1))
f.x = 5
f.__dict__["y"] = 6
print(f.x, f.y, sorted(f.__dict__), f.__annotations__)
f.__name__ = "g"
f.__qualname__ = "G.g"
print(f.__name__, f.__qualname__, repr(f)[:19])
for op in [lambda: setattr(f, "__name__", 1), lambda: setattr(f, "__defaults__", [1]), lambda: setattr(f, "__globals__", {}), lambda: setattr(f, "__kwdefaults__", 1)]:
    try:
        op()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, "|", e)
del f.__doc__
print(f.__doc__)
def deco(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def h(x):
    "h doc"
    return x
h.tag = 1
print(h.__name__, h.__doc__, h.__wrapped__.__name__, h(3))
print(type(f).__dict__["__code__"], type(f).__dict__["__globals__"])
def outer():
    v = 1
    def inner():
        return v
    return inner
print(outer().__closure__[0].cell_contents, type(outer().__closure__).__name__)
def _f(): pass
FunctionType = type(_f)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)
def _cell_factory():
    a = 1
    def f():
        nonlocal a
    return f.__closure__[0]
CellType = type(_cell_factory())
class _C:
    def _m(self): pass
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type
ModuleType = type(__builtins__) if False else type
try:
    raise TypeError
except TypeError as exc:
    TracebackType = type(exc.__traceback__)
    FrameType = TracebackType
GetSetDescriptorType = type(FunctionType.__code__)
MemberDescriptorType = type(FunctionType.__globals__)
print(FunctionType.__name__, CodeType.__name__, MappingProxyType.__name__, CellType.__name__, MethodType.__name__, BuiltinFunctionType.__name__, WrapperDescriptorType.__name__, MethodWrapperType.__name__, MethodDescriptorType.__name__, ClassMethodDescriptorType.__name__, ModuleType.__name__, TracebackType.__name__, FrameType.__name__, GetSetDescriptorType.__name__, MemberDescriptorType.__name__)
print(MethodType(lambda self: self, 5)(), FunctionType is type(lambda: 0), isinstance(len, BuiltinFunctionType), isinstance([].append, BuiltinMethodType))
