# The parser's errors for invalid assignment targets, keyword arguments and generator-expression
# arguments: CPython's messages (which rule of its grammar reports them) and locations
SOURCES = ["f() = 1", "x = f() = 1", "f() = x = 1", "a + 1 = 2", "None = 1", "x = None = 1", "(a, f()) = 1", "[f()] = 1",
           "f() = 1 = 2", "f() = yield", "f() = 1, 2", "1 = 2", "'s' = 1", "... = 1", "a.b() = 1", "(f()) = 1", "-a = 1",
           "a if b else c = 1", "lambda: 1 = 1", "[x for x in y] = 1", "{a: b} = 1", "f'{x}' = 1", "*a + 1 = 2", "x, f() = 1",
           "f() += 1", "(a, b) += 1", "[a, b] += 1", "x = yield = 1", "yield = 1", "(yield) = 1", "await x = 1", "a < b = 1",
           "not a = 1", "a and b = 1", "del f()", "del (a, f())", "del a + 1", "for f() in x: pass", "with a as f(): pass",
           "[x for f() in y]", "(x := 1) = 2", "f(a, b) = c = d", "f(), x = 1", "f(), x = 1 = 2", "x = 1 = f()",
           "f() = a < b", "a.b, f() = 1", "f() = 1 2", "f() = a, b = 1", "(a), f() = 1",
           "f(True=1)", "f(None=1)", "f(x()=2)", "f(a or b=1)", "f((x)=2)", "f(lambda x: x[0] = 3)", "f(x=y for y in z)",
           "f(x for x in L, 1)", "f(x for x in L if a if b, y=1)", "f(L, x for x in L)", "f(x for x in L,)", "f(x for x in L)",
           "a = 42 if True", "a = [1, 42 if True, 4]", "x = 1 if 2\n"]
for s in SOURCES:
    try:
        compile(s, "<s>", "exec")
        print(repr(s).ljust(34), "ok")
    except SyntaxError as e:
        print(repr(s).ljust(34), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
