# Code units beyond the narrow (one byte) and the 2-byte operand forms: more than 65,534
# constants, names, registers, sites and jump targets beyond 65,535 bytes, in generated code.
import sys

N = 70_010

# Module-level code: 70,010 distinct names (STORE_NAME / LOAD_NAME operands) and constants.
src = "".join("g%d = %d.5\n" % (i, i) for i in range(N))
src += "total = g0 + g%d + g%d\n" % (N // 2, N - 1)
ns = {}
exec(compile(src, "<names>", "exec"), ns)
print("names:", len([k for k in ns if k.startswith("g")]), ns["total"], ns["g%d" % (N - 1)])

# A function with 70,010 string constants in a list display (registers beyond 65,534 too).
src = "def f():\n    return [" + ", ".join("'s%d'" % i for i in range(N)) + "]\n"
ns = {}
exec(compile(src, "<consts>", "exec"), ns)
values = ns["f"]()
print("constants:", len(values), values[0], values[N // 2], values[-1])

# Attribute names and sites: 70,010 attribute stores and loads on one object, inside a function.
src = "def f(o):\n"
src += "".join("    o.a%d = %d\n" % (i, i) for i in range(N))
src += "    return o.a0 + o.a%d + o.a%d\n" % (N // 2, N - 1)
ns = {}
exec(compile(src, "<attrs>", "exec"), ns)
class Box:
    pass
b = Box()
print("attributes:", ns["f"](b), len(vars(b)))

# Jumps over more than 65,535 bytes of code, forwards (if/else) and backwards (a loop), and a
# traceback line from the far end of a long function.
body = "".join("        x%d = i + %d\n" % (i % 300, i) for i in range(N // 3))
src = ("def f(n, flag):\n"
       "    count = 0\n"
       "    for i in range(n):\n"
       "      if flag:\n"
       + body +
       "        count += 1\n"
       "      else:\n"
       "        count -= 1\n"
       "    if n == 99:\n"
       "        raise ValueError('far')\n"
       "    return count\n")
ns = {}
exec(compile(src, "<jumps>", "exec"), ns)
print("jumps:", ns["f"](3, True), ns["f"](3, False))
try:
    ns["f"](99, False)
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("traceback line:", tb.tb_lineno, e)

# Exception handlers reached from far offsets.
src = "def f(k):\n    try:\n" + "".join("        y = k + %d\n" % i for i in range(N // 3)) + \
      "        return 1 // k\n    except ZeroDivisionError:\n        return 'caught'\n"
ns = {}
exec(compile(src, "<handlers>", "exec"), ns)
print("handler:", ns["f"](0), ns["f"](1))
