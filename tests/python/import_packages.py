# Packages, relative imports, namespace packages, submodule binding, import *, __import__.
# Fixture packages live in importfixtures/ (a namespace package: it has no __init__.py).
import sys

HERE = sys.path[0]


def clean(value):
    return str(value).replace(HERE, '<here>')


import importfixtures
print(importfixtures.__name__, hasattr(importfixtures, '__file__'), [clean(p) for p in importfixtures.__path__])

import importfixtures.pkg_basic
print(importfixtures.pkg_basic.VALUE, importfixtures.pkg_basic.EXPORTED)
print(importfixtures.pkg_basic.__package__, importfixtures.pkg_basic.sub.__package__)
print(clean(importfixtures.pkg_basic.__file__), [clean(p) for p in importfixtures.pkg_basic.__path__])
print(clean(importfixtures.pkg_basic.sub.__file__), hasattr(importfixtures.pkg_basic.sub, '__path__'))

import importfixtures.pkg_basic.deep.leaf as leaf
print(leaf.NAME, leaf.PARENT_VALUE, leaf.__package__)
print(importfixtures.pkg_basic.deep.leaf is leaf, 'importfixtures.pkg_basic.deep' in sys.modules)

from importfixtures.pkg_basic import deep, sub as renamed
print(deep.__name__, renamed.helper())

from importfixtures.pkg_basic.sub import helper
print(helper is renamed.helper)

# __import__: without a fromlist the top-level package, with one the named module
top = __import__('importfixtures.pkg_basic.sub')
print(top is importfixtures)
leaf_module = __import__('importfixtures.pkg_basic.sub', fromlist=['helper'])
print(leaf_module is renamed)
print(__import__('importfixtures.pkg_basic', globals(), None, ['star'], 0).star.public)
print(__import__('sub', {'__name__': 'importfixtures.pkg_basic.x', '__package__': 'importfixtures.pkg_basic'},
                 None, ['helper'], 1).__name__)
print(__import__('', {'__name__': 'importfixtures.pkg_basic.deep.leaf', '__package__': None}, None, [], 2).__name__)
print(__import__('', {'__name__': 'importfixtures.pkg_basic', '__path__': []}, None, ['nostar'], 1).nostar.b)

# import *
ns = {}
exec('from importfixtures.pkg_basic.star import *', ns)
print(sorted(k for k in ns if k != '__builtins__'))
ns = {}
exec('from importfixtures.pkg_basic.nostar import *', ns)
print(sorted(k for k in ns if k != '__builtins__'))

# namespace packages spread over two path entries
sys.path.append(HERE + '/importfixtures/nspace_a')
sys.path.append(HERE + '/importfixtures/nspace_b')
import nsp.one
import nsp.two
print(nsp.one.WHERE, nsp.two.WHERE, [clean(p) for p in nsp.__path__], hasattr(nsp, '__file__'))
print(nsp.__package__, nsp.one.__package__)

# a module that replaces itself in sys.modules
import importfixtures.replaced
print(importfixtures.replaced.kind, sys.modules['importfixtures.replaced'].kind)
from importfixtures import replaced
print(type(replaced).__name__)

# modules run again once removed from sys.modules
import importfixtures.counter
del sys.modules['importfixtures.counter']
import importfixtures.counter as counter_again
print(counter_again.COUNT, importfixtures.counter is counter_again)

# sys.modules order: a module enters sys.modules when its body starts, and moves to the end when it ends
names = [n for n in sys.modules if n.startswith('importfixtures.pkg_basic')]
print(names)
