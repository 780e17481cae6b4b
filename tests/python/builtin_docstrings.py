# The doc strings of built-ins that document themselves with examples, run by doctest.
import builtins
import doctest

finder = doctest.DocTestFinder()
runner = doctest.DocTestRunner(verbose=False)
for test in sorted(finder.find(builtins), key=lambda t: t.name):
    if test.examples:
        result = runner.run(test, out=lambda s: print(s, end=""))
        print(test.name, len(test.examples), result.failed)

print(bin.__doc__.splitlines()[0])
print(int.bit_length.__doc__.splitlines()[0])
print(float.fromhex.__qualname__)


class F(float):
    pass


print(type(F.fromhex("0x1.8p1")).__name__, F.fromhex("0x1.8p1"))
print(float.fromhex("0x1p-1"))
