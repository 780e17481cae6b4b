# The parser's errors for parameters, except clauses and call arguments: CPython's messages and locations
SOURCES = [
    "def foo(a,*b,c,/,d,e):\n   pass\n", "def foo(a, /, b, /):\n   pass\n", "def foo(/, a):\n   pass\n",
    "def foo(a=1,/*,b,c):\n   pass\n", "def foo(a=1,d=,c):\n   pass\n", "def foo(a,d=,c):\n   pass\n",
    "def foo(a,d: int=,c):\n   pass\n", "def foo(a, *, b=):\n   pass\n", "lambda a,*b,c,/,d,e: None\n",
    "lambda a=1,/*,b,c: None\n", "lambda a,d=,c: None\n", "def f(x, (y, z), w):\n   pass\n",
    "def f((x, y, z, w)):\n   pass\n", "lambda x, (y, z), w: None\n", "lambda (x): None\n", "def f:\n   pass\n",
    "async def f:\n   pass\n", "def f(a, *):\n   pass\n", "def f(*a=1):\n   pass\n", "def f(**a=1):\n   pass\n",
    "def f(**a, b):\n   pass\n", "def f(a=1, b):\n   pass\n",
    "try:\n  pass\nexcept A, B:\n  pass\n", "try:\n  pass\nexcept A, B as c:\n  pass\n",
    "try:\n  pass\nexcept* A, B:\n  pass\n", "try:\n  pass\nexcept* A as a:\n  pass\nexcept*:\n  pass\n",
    "try:\n  pass\nexcept A, B\n  pass\n", "f(a=23, a=234)\n", "try:\n   x = 34\n", "try:\n   x = 34\nx = 1\n",
    "try: pass\n", "if x = 3:\n   pass\n", "while x.a = 3:\n   pass\n", "[x, y, z=3, d, e]\n", "{z=3}\n",
    "(a, b=2)\n", "if x y:\n pass", "if x\n pass", "def f() x:\n pass", "class C x:\n pass", "for x in y\n pass",
    "with a b:\n pass", "try x:\n pass", "try:\n pass\nexcept\n pass", "try:\n pass\nfinally x:\n pass",
    "lambda x y: 1", "match x:\n case 1\n  pass", "while x:\n pass\nelse x:\n pass", "if f() = 1:\n  pass\n", "if x = 1 = 2:\n  pass\n", "[x[0] = 1]\n", "f(**x, *y)\n", "f(a=1, b)\n", "f(**a, b)\n",
]
for s in SOURCES:
    try:
        compile(s, "<s>", "exec")
        print(repr(s).ljust(40), "ok")
    except SyntaxError as e:
        print(repr(s).ljust(40), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
