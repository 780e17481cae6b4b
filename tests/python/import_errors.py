# Import errors with CPython's messages and attributes; circular imports; module __getattr__.
import sys

HERE = sys.path[0]


def clean(value):
    return str(value).replace(HERE, '<here>')


def attempt(label, fn):
    try:
        result = fn()
    except BaseException as e:
        name = getattr(e, 'name', '-') if isinstance(e, ImportError) else '-'
        path = getattr(e, 'path', '-') if isinstance(e, ImportError) and not isinstance(e, ModuleNotFoundError) else '-'
        print(label, type(e).__name__, clean(e), '| name:', name, '| path:', clean(path))
    else:
        print(label, 'ok', clean(getattr(result, '__name__', result)))


def run(src, glob=None):
    g = {'__name__': '__main__'} if glob is None else glob
    exec(src, g)
    return g


attempt('missing top', lambda: __import__('no_such_module_xyz'))
attempt('missing sub', lambda: __import__('importfixtures.no_such_sub'))
attempt('not a package', lambda: __import__('importfixtures.lazy.inner'))
attempt('missing name', lambda: run('from importfixtures.pkg_basic import nothing_here'))
attempt('missing name in module', lambda: run('from importfixtures.pkg_basic.sub import nothing_here'))
attempt('no parent', lambda: run('from . import x'))
attempt('beyond top', lambda: run('from ... import x', {'__name__': 'a.b', '__package__': 'a'}))
attempt('empty', lambda: __import__(''))
attempt('negative level', lambda: __import__('x', globals(), None, [], -1))
attempt('not str', lambda: __import__(42))
attempt('package not str', lambda: __import__('x', {'__package__': 3}, None, [], 1))
attempt('no __name__', lambda: __import__('x', {}, None, [], 1))
attempt('globals not dict', lambda: __import__('x', 5, None, [], 1))
attempt('fromlist item', lambda: __import__('importfixtures.pkg_basic', fromlist=[3]))

# a module whose body raises is removed from sys.modules, and runs again next time
attempt('failing body', lambda: __import__('importfixtures.pkg_basic.failing'))
print('failing' in sys.modules, 'importfixtures.pkg_basic.failing' in sys.modules)
attempt('failing again', lambda: __import__('importfixtures.pkg_basic.failing'))

# None in sys.modules blocks an import
sys.modules['blocked_module'] = None
attempt('blocked', lambda: __import__('blocked_module'))
attempt('blocked from', lambda: run('from blocked_module import x'))
del sys.modules['blocked_module']

# circular imports: the sys.modules fallback of 'from package import submodule' makes this one work
import importfixtures.circ_pkg
print(importfixtures.circ_pkg.first.WHO, '/', importfixtures.circ_pkg.second.WHO)

# ... and this one cannot: a name of a module that has not finished
attempt('circular', lambda: __import__('importfixtures.cycle.alpha'))
print('importfixtures.cycle.alpha' in sys.modules, 'importfixtures.cycle.beta' in sys.modules)

# module __getattr__ and __dir__ (PEP 562)
import importfixtures.lazy as lazy
from importfixtures.lazy import lazy_abc
print(lazy_abc, lazy.lazy_qq, 'lazy_abc' in vars(lazy), dir(lazy))
attempt('getattr raises', lambda: run('from importfixtures.lazy import missing'))
attempt('attribute', lambda: lazy.missing)
