# compile() of AST objects built or changed by Python code: round trips and CPython's errors
import ast

def attempt(label, tree, mode="exec"):
    try:
        code = compile(tree, "<ast>", mode)
        print(label, "ok", type(code).__name__)
    except Exception as e:
        msg = str(e)
        if " object at 0x" in msg:
            msg = msg[:msg.index(" object at 0x")] + " object>"
        print(label, type(e).__name__, msg)

L = dict(lineno=1, col_offset=0)
def name(id, ctx=None):
    return ast.Name(id=id, ctx=ctx or ast.Load(), **L)
def expr(e):
    return ast.Expr(value=e, **L)
def module(*body):
    return ast.Module(body=list(body), type_ignores=[])

attempt("no positions", ast.Module(body=[ast.Expr(value=ast.Name(id="x"))], type_ignores=[]))
attempt("no ctx", module(ast.Expr(value=ast.Name(id="x", **L), **L)))
attempt("store ctx", module(expr(name("x", ast.Store()))))
attempt("body not a list", ast.Module(body=ast.Pass(), type_ignores=[]))
attempt("expr in body", module(name("x")))
attempt("bad constant", module(expr(ast.Constant(value=[1], **L))))
attempt("id not str", module(expr(ast.Name(id=3, ctx=ast.Load(), **L))))
attempt("id None constant", module(expr(name("None"))))
attempt("bad lineno", module(ast.Expr(value=name("x"), lineno="a", col_offset=0)))
attempt("empty def body", module(ast.FunctionDef(name="f", args=ast.arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[], decorator_list=[], **L)))
attempt("Expression for exec", ast.Expression(body=name("x")))
attempt("no type_ignores", ast.Module(body=[]))
attempt("not a module", name("x"))
attempt("value None", module(ast.Expr(value=None, **L)))
attempt("None statement", module(None))
attempt("id None", module(expr(ast.Name(id=None, ctx=ast.Load(), **L))))
attempt("empty Assign", module(ast.Assign(targets=[], value=ast.Constant(1, **L), **L)))
attempt("assign to call", module(ast.Assign(targets=[ast.Call(func=name("f"), args=[], keywords=[], **L)], value=ast.Constant(1, **L), **L)))
attempt("BoolOp one value", module(expr(ast.BoolOp(op=ast.And(), values=[name("x")], **L))))
attempt("Compare no comparators", module(expr(ast.Compare(left=name("x"), ops=[], comparators=[], **L))))
attempt("Dict lengths", module(expr(ast.Dict(keys=[name("a")], values=[], **L))))
attempt("Raise cause only", module(ast.Raise(exc=None, cause=name("e"), **L)))
attempt("Try bare", module(ast.Try(body=[ast.Pass(**L)], handlers=[], orelse=[], finalbody=[], **L)))
attempt("Try orelse", module(ast.Try(body=[ast.Pass(**L)], handlers=[], orelse=[ast.Pass(**L)], finalbody=[ast.Pass(**L)], **L)))
attempt("ImportFrom level", module(ast.ImportFrom(module="m", names=[ast.alias(name="x", **L)], level=-1, **L)))
attempt("Import empty", module(ast.Import(names=[], **L)))
attempt("NamedExpr target", module(expr(ast.NamedExpr(target=ast.Attribute(value=name("a"), attr="b", ctx=ast.Store(), **L), value=name("c"), **L))))
attempt("op not an operator", module(expr(ast.BinOp(left=name("a"), op=ast.Load(), right=name("b"), **L))))
attempt("ctx not a context", module(expr(ast.Name(id="x", ctx=ast.Add(), **L))))
attempt("defaults", module(expr(ast.Lambda(args=ast.arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[name("d")]), body=name("x"), **L))))
attempt("tuple constant", module(expr(ast.Constant(value=(1, "a", (2.5, None)), **L))))
attempt("tuple constant bad", module(expr(ast.Constant(value=(1, [2]), **L))))
attempt("string field", module(ast.Assign(targets=[name("x", ast.Store())], value=ast.Constant(1, **L), type_comment=5, **L)))
attempt("single", ast.Interactive(body=[expr(ast.Constant(42, **L))]), "single")
attempt("eval mode Module", module(), "eval")
attempt("MatchOr", module(ast.Match(subject=name("x"), cases=[ast.match_case(pattern=ast.MatchOr(patterns=[ast.MatchAs(**L)], **L), body=[ast.Pass(**L)])], **L)))
attempt("arg missing", module(expr(ast.Lambda(args=ast.arguments(posonlyargs=[], args=[ast.arg(arg="a")], kwonlyargs=[], kw_defaults=[], defaults=[]), body=name("x"), **L))))

# Tuple constant round trip and positions defaulting to the start
c = compile(module(expr(ast.Call(func=name("print"), args=[ast.Constant(value=(1, "a", frozenset()), **L)], keywords=[], **L))), "<ast>", "exec")
exec(c)

# A tree built from nothing, with fix_missing_locations
tree = ast.Module(body=[
    ast.FunctionDef(name="add", args=ast.arguments(posonlyargs=[], args=[ast.arg(arg="a"), ast.arg(arg="b")],
                    kwonlyargs=[], kw_defaults=[], defaults=[ast.Constant(10)]),
                    body=[ast.Return(value=ast.BinOp(left=ast.Name("a", ast.Load()), op=ast.Add(), right=ast.Name("b", ast.Load())))],
                    decorator_list=[]),
    ast.Expr(value=ast.Call(func=ast.Name("print", ast.Load()), args=[ast.Call(func=ast.Name("add", ast.Load()), args=[ast.Constant(1)], keywords=[])], keywords=[])),
], type_ignores=[])
ast.fix_missing_locations(tree)
exec(compile(tree, "<built>", "exec"))
print(ast.unparse(tree))

# eval mode
print(eval(compile(ast.Expression(body=ast.BinOp(ast.Constant(6, **L), ast.Mult(), ast.Constant(7, **L), **L)), "<e>", "eval")))

# compile(ast, ..., PyCF_ONLY_AST) returns the tree itself
t = ast.parse("x")
print(compile(t, "<t>", "exec", ast.PyCF_ONLY_AST) is t)

# NodeTransformer round trip
class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node

src = "def f(x):\n    return x + 21\nprint(f(0), [1, 2, 3], 'text')\n"
tree = Doubler().visit(ast.parse(src))
exec(compile(tree, "<doubled>", "exec"))

class RenamePrint(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == "print":
            return ast.Name("shout", node.ctx)
        return node
def shout(*args):
    print(*[str(a).upper() for a in args])
tree = ast.fix_missing_locations(RenamePrint().visit(ast.parse("print('hello', 'world')")))
exec(compile(tree, "<renamed>", "exec"))

# Subclasses of node classes compile as their base
class MyName(ast.Name):
    pass
exec(compile(module(expr(ast.Call(func=name("print"), args=[MyName(id="src", ctx=ast.Load(), **L)], keywords=[], **L))), "<sub>", "exec"))

# tracebacks point at the tree's lines
t = ast.parse("\n\nraise ValueError('line three')")
try:
    exec(compile(t, "<tb>", "exec"))
except ValueError as e:
    print("raised at line", e.__traceback__.tb_next.tb_lineno)

# syntax errors found by the compiler after the tree checks
for bad in [module(ast.Return(value=None, **L)), module(ast.Break(**L))]:
    try:
        compile(bad, "<bad>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)
