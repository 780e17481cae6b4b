# ast.parse (compile with PyCF_ONLY_AST) and the ast module's helpers on the trees it returns
import ast
import re
import zlib
import os

src = '''\
"""Module docstring."""
import os, sys as system
from . import x
def f(a, /, b: int = 1, *args, c, d=2, **kw) -> "str":
    """Doc of f.

    More lines.
    """
    global g
    return [i async for i in a] if b else {k: v for k, v in kw.items() if k}
class C(Base, metaclass=M):
    x: int = 3
    @property
    def p(self): return self._p
async def g():
    async with a as b, c:
        await x
    async for i in y:
        pass
try:
    pass
except* ValueError as e:
    raise TypeError from e
match cmd:
    case [1, 2, *rest] | {"k": v, **kw} if rest:
        pass
    case Point(x=0, y=_) as pt:
        pass
    case None | True | -1 | 1+2j | "s" | b"b" | a.b:
        pass
x = f"{a!r:>{width}} and {b=}" 'more' + u'é\\N{BULLET}\\ud800'
del x[1:2, ::3], y.z
lambda *, k=1: (yield)
print(*a, **b, sep='', end="\\n")
while not x < y <= z is not w: break
else: ...
with (open(p) as f, g()):
    x @= 1e10 ** -2 // 0x10 >> 3 | ~4
'''
tree = ast.parse(src)
print(type(tree).__name__, len(tree.body))
print(ast.dump(compile(src, "<unknown>", "exec", ast.PyCF_ONLY_AST)) == ast.dump(tree))
print(ast.dump(tree))
print(ast.dump(tree.body[3], include_attributes=True))
print(ast.dump(ast.parse("1 + 2", mode="eval"), indent=2))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse("(int, *str) -> List[int]", mode="func_type")))
print(ast.dump(ast.parse(b"# -*- coding: latin-1 -*-\ns = '\xe9'\n")))
print(ast.dump(ast.parse("x", filename="<file>", type_comments=False, feature_version=None)))

# the helpers
print(ast.get_docstring(tree))
print(ast.get_docstring(tree.body[3]))
print(ast.get_docstring(tree.body[3], clean=False))
print(sorted({type(n).__name__ for n in ast.walk(tree)}))
print(sum(1 for _ in ast.walk(tree)), len(list(ast.iter_child_nodes(tree.body[3]))))
print([(k, type(v).__name__) for k, v in ast.iter_fields(ast.parse("a.b").body[0].value)])
node = ast.parse("x = 1\ny = 2").body[1]
ast.increment_lineno(node, 10)
print(node.lineno, node.end_lineno, node.value.lineno, node.targets[0].col_offset)
print(ast.get_source_segment(src, tree.body[3].body[2]))
print(ast.unparse(tree))
print(ast.unparse(ast.parse("(a := 1, *b)\nx[1:2, ...]\nf'{x!r}' f'{y:{z}}'\n-(-1) ** 2")))

class Names(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Name(self, node):
        self.names.append(node.id)
        self.generic_visit(node)
v = Names()
v.visit(tree)
print(v.names)

# literal_eval
for s in ["1", "-2.5", "1+2j", "'s' 'tr'", "b'xy'", "(1, [2, {3: 4}], {5, 6})", "None", "True",
          "{'a': -1, 'b': (+2,)}", "set()", "  [\t1 ]"]:
    print(repr(ast.literal_eval(s)))
for bad in ["x", "1 + x", "f()", "[1, 2" , "{**a}", "'a' * 3"]:
    try:
        ast.literal_eval(bad)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, re.sub(" at 0x[0-9a-f]+", "", str(e)))
print(ast.literal_eval(ast.parse("(1, 'two')", mode="eval")))

# syntax errors from ast.parse
for bad in ["x = = 1", "  indented", "return 1", "f(**a, *b)"]:
    try:
        ast.parse(bad)
        print("parsed", repr(bad))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)

# positions are UTF-8 byte offsets, as CPython's
t = ast.parse("é = 'ü' + x")
print([(type(n).__name__, n.col_offset, n.end_col_offset) for n in ast.walk(t) if hasattr(n, "col_offset")])

# the node classes: singletons and copies
a, b = ast.parse("x; y").body
print(a.value.ctx is b.value.ctx, type(a.value.ctx).__name__, isinstance(a, ast.stmt), isinstance(a.value, ast.AST))
print(ast.dump(ast.parse("x").body[0]), ast.parse("x").body[0]._fields, ast.parse("x").body[0]._attributes)

# standard library files: the trees of ours and CPython's are identical (compared by a digest)
import json, textwrap, string
for mod in (json, textwrap, string):
    path = mod.__file__
    with open(path, "rb") as fh:
        data = fh.read()
    t = ast.parse(data, filename=path)
    dump = ast.dump(t, include_attributes=True)
    print(os.path.basename(path), len(dump), zlib.crc32(dump.encode()))
    print(zlib.crc32(ast.unparse(t).encode()))
    code = compile(t, path, "exec")
    print(type(code).__name__)
