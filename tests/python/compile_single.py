# compile(..., "single"): expression statements at module level go to sys.displayhook (doctest relies on it)
import io
import sys

shown = []
sys.displayhook = shown.append
exec(compile("1 + 1\n", "<input>", "single"))
exec(compile("x = 5\n", "<input>", "single"))
exec(compile("for i in range(3): i * x\n", "<input>", "single"))
exec(compile("'not a docstring'\n", "<input>", "single"))
exec(compile("def f():\n    42\n    return 7\n", "<input>", "single"))
exec(compile("f()\n", "<input>", "single"))
exec(compile("class C:\n    99\n", "<input>", "single"))
exec(compile("1 + 2\n", "<input>", "exec"))
sys.displayhook = sys.__displayhook__
print(shown)

old = sys.stdout
sys.stdout = buffer = io.StringIO()
exec(compile("None\n", "<input>", "single"))
exec(compile("[1, 'a']\n", "<input>", "single"))
sys.stdout = old
print(repr(buffer.getvalue()))
import builtins; print(builtins._); del builtins._

import doctest


def sample():
    """
    >>> 6 * 7
    42
    >>> float('inf'), -0.0
    (inf, -0.0)
    >>> x = 3
    >>> x
    3
    """


print(doctest.run_docstring_examples(sample, {}))
print(doctest.testmod(sys.modules[__name__]))
