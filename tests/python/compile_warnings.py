# Compile-time warnings: numbers followed by keywords (tokenizer SyntaxWarning), invalid escapes
# in literals (DeprecationWarning), the compiler's SyntaxWarnings; each one an error (SyntaxError)
# when a filter makes it one.
import warnings


def check(src, mode="exec"):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            compile(src, "<testcase>", mode)
            result = "ok"
        except SyntaxError as e:
            result = "SyntaxError: %s (%s, %s)" % (e.msg, e.lineno, e.offset)
    print(repr(src), result, [(x.category.__name__, str(x.message), x.filename, x.lineno) for x in w])
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("error")
        try:
            compile(src, "<testcase>", mode)
            result = "ok"
        except SyntaxError as e:
            result = "SyntaxError: %s (%s, %s)" % (e.msg, e.lineno, e.offset)
    print("   as error:", result, len(w))


for num in "0xf", "0o7", "0b1", "9", "0", "1.", "1e3", "1j":
    for tail in ("and x", "or x", "in x", "not in x", "if x else y", "spam", "is x"):
        check(num + tail, "eval")
    check("x if %selse y" % num, "eval")
    check("[%sfor x in ()]" % num, "eval")
check("[0x1ffor x in ()]", "eval")
check("[0xfor x in ()]", "eval")
check("1 if 1else 0", "eval")
check("0 if 1Else 0", "eval")
for bad in ("0b12", "0b1_2", "0b2", "0b1_", "0b", "0o18", "0o8", "0o1_", "0x1_", "0x", "1_", "012",
            "00_1", "1.2_", "1e2_", "1e+", "1__0", "0_x", "1jx", "0⁄7"):
    check(bad, "eval")
for good in ("0_0", "1_000", "0x_f", "0b_1", "1e-5", "1_0.0_1e+1_0j", ".5", "00", "0.", "0e0"):
    check(good, "eval")

check(r"'\z'")
check("'''\n\\z'''")
check(r"'\407'")
check(r"b'\z'")
check(r"b'\407'")
check(r"'\8' '\9'")
check(r"'\z\q'")
check(r"f'\{6*7}'")
check(r"f'{1}\z'")
check(r"r'\z'")
check("'\\é'")

check('assert(x, "msg")')
check('assert(False,)')
check('assert x, "msg"')
check('assert ()')
check('x is 1')
check('x is "thing"')
check('1 is x')
check('x is y is 1')
check('x is not 1')
check('x is None or x is True or x is ...')
check('if x is 1:\n    pass')
check('[(1, 2) (3, 4)]')
check('[None (3, 4)]')
check('[f"{x}" (3, 4)]')
check('[x (3, 4)]')
check('[{1, 2} [i, j]]')
check('[(lambda x, y: x) [i, j]]')
check('[True [i, j]]')
check('[(1, 2) [i, j]]')
check('["abc" [i, j]]')
check('[[1, 2] [{3: 4}]]')
check('[[1, 2] [(x for x in y)]]')
check('[[1, 2] [1]]')
check('[[1, 2] [1:2]]')
check('[[1, 2] [x]]')
check('x = [1, 2] [3, 4]')
check('def f():\n    try:\n        pass\n    finally:\n        y = x is 2\n')
