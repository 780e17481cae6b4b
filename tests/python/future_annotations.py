# PEP 563: under `from __future__ import annotations` annotations are kept as text, written as CPython
# writes them back from the AST (precedence parentheses, reprs, f-strings)
from __future__ import annotations

def f(a: int, /, b: list[str] = [], *args: *Ts, c: "quoted" = 1, **kw: dict[str, int | None]) -> tuple[int, ...]:
    return a
print(f.__annotations__)

class C:
    a: Undefined[int]
    b: x.y[1:2, ::3] = 5
    c: lambda x, *y, z=1, **w: (x, *y)
    d = 1
    import types as ns
    ns.SimpleNamespace.e_: NotEvaluated
    (f): Parenthesized
print(C.__annotations__, C.b, C.d)

def local():
    v: NeverEvaluated = 3
    return v
print(local())

EXPRS = [
    "a if b else c", "(a if b else c) if d else e", "lambda: 0", "lambda *a: 0", "lambda *, k: 0", "lambda a, /, b: a",
    "a or b and not c", "(a or b) and c", "not (a and b)", "a < b <= c is not d in e not in f",
    "(a < b) < c", "a + b * c - d / e // f % g @ h", "(a + b) * c", "a ** b ** c", "(a ** b) ** c", "-a ** -b",
    "(-a) ** b", "~a + +b", "a | b ^ c & d << e >> f", "(a | b) & c", "a[b]", "a[b, c]", "a[b:c, d]", "a[:]",
    "a[::2]", "a[1:2:3]", "a.b.c", "1 .real", "1.5.real", "a(b, *c, d=e, **f)", "a(x for x in y)", "a((x for x in y), z)",
    "[x for x in y if z if w for v in u]", "{k: v for k, v in d.items()}", "{x async for x in y}", "(x for x in y)",
    "[]", "()", "(a,)", "(a, b)", "[a, (b, c)]", "{a, b}", "{}", "{a: b, **c}", "{**a, 'k': 1}",
    "None", "True", "...", "1", "-1", "1.5", "1e300 * 1e300", "1e309", "-1e309", "1j", "2.5j", "1e309j", "1 + 2j",
    "'s'", '"it\'s"', "b'bytes'", "u'unicode'", "'a\\nb\\t\\x00'", "'é€😀'", "12345678901234567890123",
    "f'plain'", "f'{a}'", "f'{a!r}'", "f'{a!s:>{width}}'", "f'{a=}'", "f'{ {1: 2}[1] }'", "f'{(lambda: 1)()}'",
    "f'{{literal}} {x}'", "f'{a:{b}{c}}'", "f'''{a}'''", "'%s' % (a,)", "(yield)" if False else "a",
    "await_ := 1" if False else "a",
    "*a" if False else "a", "Callable[[int, str], None]", "Literal['a', 'b']", "int | None", "'Forward' | None",
    "a.b[c](d).e", "(a.b)(c)", "a if b else (lambda: c)", "(lambda: a) if b else c", "[*a, *b]", "{*a}",
]
for src in EXPRS:
    ns = {}
    exec(compile("from __future__ import annotations\nx: " + src + "\n", "<ann>", "exec"), ns)
    print(repr(src).ljust(40), ns["__annotations__"]["x"])

for bad in ["x: (yield)", "def f():\n    x: (yield)", "x: await y", "x: (y := 1)", "def f(a: (yield)): pass",
            "x: [y for y in z if (yield)]"]:
    try:
        compile("from __future__ import annotations\n" + bad, "<ann>", "exec")
        print("ok", repr(bad))
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.offset)
