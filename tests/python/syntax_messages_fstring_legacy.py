# CPython 3.11's messages for malformed f-strings, Python 2 statements and odd characters.
cases = [
    'f"{!r}"', 'f"{:x}"', 'f"{ =}"', 'f"{}"', 'f"{ }"', 'f"{a!}"', 'f"{a!x}"', 'f"{(}"', 'f"{[}"',
    'f"{(a}"', 'f"{a)}"', 'f"{[1,2)]}"', 'f"{a:{}}"', 'f"{a"', 'f"{\'a}"', 'f"{a!r"',
    'print "x"', 'print {1: 2}', 'if 1: exec {1: 2}', 'print [1]', 'exec "code"',
    'x = 1\u00a0+ 2', 'x = 1 \u2028', 'a = \u00a7',
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "->", e.msg)

class Spam:
    def f(self, *, __kw: 1, __other__: 2):
        pass
print(Spam.f.__annotations__)
for kw in ("print", "exec"):
    for case in ["{} foo", "{} {{1:foo}}", "if 1: {} foo", "if 1:\n    {} {{1:foo}}"]:
        src = case.format(kw)
        for s in (src, src.replace("foo", "(foo.)")):
            try:
                compile(s, "<s>", "exec")
            except SyntaxError as e:
                print(repr(s), "->", e.msg, e.lineno, e.offset)
