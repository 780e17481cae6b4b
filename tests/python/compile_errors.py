# Compile-time errors of the symbol table and the code generator: CPython's messages and locations
# (compile() of each snippet; ok when it compiles)
SNIPPETS = [
    'def f():\n    from os import *\n',
    'class C:\n    from os import *\n',
    'return 5\n',
    'for x in y:\n    pass\ncontinue\n',
    'break\n',
    'def f(a):\n    global a\n',
    'def f(a):\n    nonlocal a\n',
    'def f():\n    x = 1\n    global x\n',
    'def f():\n    print(x)\n    global x\n',
    'def f():\n    x: int\n    global x\n',
    'def f():\n    global x\n    nonlocal x\n',
    'nonlocal x\n',
    'def f():\n    nonlocal x\n',
    'def f(a, a): pass\n',
    'def f(a, *, a): pass\n',
    'lambda a, a: 0\n',
    '[(yield x) for x in y]\n',
    'def f():\n    [(yield x) for x in y]\n',
    'def f():\n    {(yield x) for x in y}\n',
    'def f():\n    ((yield x) for x in y)\n',
    'def f():\n    {x: (yield) for x in y}\n',
    'yield 1\n',
    'await x\n',
    'def f():\n    await x\n',
    'async def f():\n    yield 1\n    return 2\n',
    'async def f():\n    yield from x\n',
    '[x for x in (y := [1])]\n',
    'class C:\n    [y := 1 for x in z]\n',
    '[x := 1 for x in y]\n',
    '[i for i in range(3) for j in (i := 1, )]\n',
    'def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n',
    '__debug__ = 1\n',
    'def f(__debug__): pass\n',
    'del __debug__\n',
    'x.__debug__ = 1\n',
    '*a = 1\n',
    '*a, *b = c\n',
    'a, *b, c, *d = e\n',
    '[*a] = 1\n',
    'f(*a)\n',
    '*a\n',
    'x = *a\n',
    'from __future__ import braces\n',
    'from __future__ import nonsense\n',
    'import os\nfrom __future__ import annotations\n',
    'try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n',
    'match x:\n    case a:\n        pass\n    case b:\n        pass\n',
    'match x:\n    case _:\n        pass\n    case 1:\n        pass\n',
    'match x:\n    case [a, a]:\n        pass\n',
    'match x:\n    case a | b:\n        pass\n',
    'match x:\n    case C(x=1, x=2):\n        pass\n',
    'match x:\n    case {1: a, 1: b}:\n        pass\n',
    'def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2\n',
    'class C:\n    nonlocal x\n',
    'def f(*, a, **a): pass\n',
    'async def f():\n    [x async for x in y]\n',
    'def f():\n    [x async for x in y]\n',
    'def f():\n    return [await x for x in y]\n',
    'def f():\n    yield\n    return 1\n',
    'with a as b.c, d as [e, *f]: pass\n',
    'for x in y:\n    def f():\n        break\n',
    'while 1:\n    class C:\n        continue\n',
    'while 1:\n    try:\n        pass\n    finally:\n        continue\n',
    'try:\n    pass\nexcept* ValueError:\n    break\n',
    'def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n',
    'x = 1\nglobal x\n',
    'def f():\n    x += 1\n    global x\n',
    'def f():\n    def x(): pass\n    global x\n',
    'def f():\n    import x\n    global x\n',
    'def f():\n    for x in y: pass\n    global x\n',
    'def f(x):\n    def g():\n        nonlocal x\n        nonlocal x\n',
    'f(a=1, a=2)\n',
    'a + 1 = 2\n',
    'f() = 1\n',
    'del f()\n',
    'a.b: int\n(c): int\n[d]: int\n',
    'def f(x, y=1, z): pass\n',
    "'abc' = 1\n",
    'True += 1\n',
    'def f(None): pass\n',
    'import a.b as None\n',
    'class None: pass\n',
    'lambda: (yield)\n',
    'async def f():\n    async with a: pass\nasync with b: pass\n',
    'async for x in y: pass\n',
    'def f():\n    async for x in y: pass\n',
    'def f():\n    async with x: pass\n',
    'def f():\n    global __class__\n',
    'class C:\n    def f(self):\n        nonlocal __class__\n',
]
for s in SNIPPETS:
    try:
        compile(s, "<s>", "exec")
        r = "ok"
    except SyntaxError as e:
        r = "%s: %s @%s:%s-%s:%s %r" % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text)
    print(repr(s)[:60].ljust(60), r)

# errors of a file carry its source line, read back from the file
import os, tempfile
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "bad.py")
    with open(path, "w") as f:
        f.write("def f():\n    from os import *\n")
    try:
        compile(open(path).read(), path, "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, repr(e.text))

