c = compile("x = 1 + 2\nprint('in exec', x)", "<mine>", "exec")
print(type(c).__name__, c.co_filename, c.co_name)
exec(c)
e = compile("3 * 7", "<e>", "eval")
print(eval(e), eval(compile(b"'bytes' + 'src'", "f", "eval")))
ns = {}
exec(compile("def f(a, b=2):\n    return a + b\n", "<defs>", "exec"), ns)
print(ns["f"](1), ns["f"].__code__.co_filename, ns["f"].__code__.co_varnames)
for args in [("x", "f", "bad"), (5, "f", "exec"), ("x =", "<s>", "exec"), ("a\0b", "f", "exec"), ("1", "f")]:
    try:
        compile(*args)
    except Exception as ex:
        print(type(ex).__name__, ex)
try:
    compile("1 +", "<src>", "eval")
except SyntaxError as ex:
    print(ex.msg, ex.filename, ex.lineno)
print(compile(source="2**10", filename="<k>", mode="eval") is not None, eval(compile(source="2**10", filename="<k>", mode="eval")))
def body():
    pass
C = __build_class__(body, "C")
print(C.__name__, C.__qualname__, type(C()).__name__)
class Base: pass
D = __build_class__(body, "D", Base)
print(D.__mro__[1].__name__, issubclass(D, Base))
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta", name, sorted(kw))
        return super().__new__(mcls, name, bases, ns)
E = __build_class__(body, "E", metaclass=Meta)
print(type(E).__name__)
for args in [(), (body,), (1, "x"), (body, 2)]:
    try:
        __build_class__(*args)
    except TypeError as e:
        print(e)
class Alias:
    def __mro_entries__(self, bases):
        return (Base,)
class F(Alias()):
    pass
print(F.__mro__, type(F.__orig_bases__[0]).__name__)
