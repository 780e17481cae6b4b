# Parser and symbol-table errors: comprehension targets without parentheses, starred del targets,
# except/except* mixes, assignment expressions in comprehension iterables and inner loops,
# backslash continuations inside indentation.


def check(src, mode="exec"):
    try:
        compile(src, "<t>", mode)
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)


for src in ["[x,y for x,y in range(100)]", "{x,y for x,y in range(100)}", "[x, for x in y]",
            "{x, for x in y}", "[i := 0, j := 1 for i, j in [(1, 2), (3, 4)]]", "[x, y, z async for x in y]",
            "[x, y]", "{1, 2,}", "(x, y for x in z)"]:
    check(src)

for src in ["del *x", "del (*x)", "del (*x,)", "del [*x,]", "del x, *y", "del (,)", "del 1", "del None",
            "del f()", "del (a := 5)", "del a += b", "del x, y", "del (x), [y]"]:
    check(src)

check("try: pass\nexcept ValueError: pass\nexcept* TypeError: pass")
check("try: pass\nexcept* ValueError: pass\nexcept TypeError: pass")

for code in ["[i for i in (lambda:(j := range(5)))()]",
             "[i for i in [j for j in range(5) if (j := True)]]",
             "[i for i in [(j := True) for j in range(5)]]",
             "[i for i in [j for j in (k := range(5))]]",
             "[i for i in range(5) for j in (i := range(5))]",
             "[i for i in range(5) if (j := 0) for j in range(5)]",
             "[i for i in range(5) if (j := 0) for j, k in [(0, 1)]]",
             "{i for i in range(5) if (j := 0) for j in range(5)}",
             "lambda: [i for i in range(5) if (j := 0) for j in range(5)]",
             "[i := 0 for i in range(5)]",
             "[(j := i) for i in range(5)]",
             "[i for i in range(3) if (j := i) for k in range(j)]",
             "[lambda: (y := 1) for x in range(3)]"]:
    check(code)

check("\\\npass\n        \\\n\npass\n")
check("\\\ndef fib(n):\n    \\\n'''Print a Fibonacci series up to n.'''\n    \\\na, b = 0, 1\n")
check("if 1:\n    \\\n    x = 1\n    y = 2\n")
check("if 1:\n  \\\n      x = 1\n  y = 2\n")
ns = {}
exec("\\\nz = 1\n    \\\n\nw = [y := 2, y + 1]\n", ns)
print(ns["z"], ns["w"], ns["y"])
