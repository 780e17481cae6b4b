# _ast: the node classes (fields, attributes, defaults, constructor); ast's tools over trees built by hand
import ast

print(ast.Name._fields, ast.Name._attributes, ast.Name.__match_args__, ast.arg.annotation, ast.Return.end_lineno)
print(ast.BinOp.__mro__[1:], issubclass(ast.Load, ast.expr_context), ast.Module.__doc__)
n = ast.Name("x", ast.Load(), lineno=1, col_offset=0)
print(n.id, type(n.ctx).__name__, n.lineno, n.end_lineno, isinstance(n, ast.AST), isinstance(n, ast.expr))
try:
    ast.Name("a", "b", "c")
except TypeError as e:
    print("TypeError", e)
try:
    ast.Name().id
except AttributeError as e:
    print("AttributeError")
tree = ast.Module(body=[ast.Assign(targets=[ast.Name("y", ast.Store())],
                                   value=ast.BinOp(ast.Constant(1), ast.Add(), ast.Name("x", ast.Load())))],
                  type_ignores=[])
ast.fix_missing_locations(tree)
print(ast.dump(tree))
print(ast.unparse(tree))
class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Name(self, node):
        self.names.append(node.id)
c = Counter()
c.visit(tree)
print(c.names, [type(x).__name__ for x in ast.walk(tree)])
class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        return ast.Constant(node.value * 2)
print(ast.unparse(Doubler().visit(tree)))
match n:
    case ast.Name(id=name):
        print("matched", name)
fixed = ast.fix_missing_locations(ast.Expression(ast.Constant(5)))
print(fixed.body.lineno, fixed.body.col_offset)
