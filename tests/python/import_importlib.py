# importlib is the import machinery: specs, loaders, meta path finders, path hooks,
# import_module, reload, util.find_spec, module_from_spec.
import sys
import importlib
import importlib.util
import importlib.abc
import importlib.machinery

HERE = sys.path[0]


def clean(value):
    return str(value).replace(HERE, '<here>')


print([f.__name__ for f in sys.meta_path if f in (importlib.machinery.BuiltinImporter,
        importlib.machinery.FrozenImporter, importlib.machinery.PathFinder)])
print(len(sys.path_hooks) >= 1, sys.path_importer_cache is not None)

import importfixtures.pkg_basic.sub as sub
spec = sub.__spec__
print(spec.name, spec.parent, type(spec.loader).__name__, clean(spec.origin), spec.has_location)
print(sub.__loader__ is spec.loader, clean(sub.__file__) == clean(spec.origin))
pkg = sys.modules['importfixtures.pkg_basic']
print([clean(p) for p in pkg.__spec__.submodule_search_locations], pkg.__spec__.parent)
ns = sys.modules['importfixtures']
print(ns.__spec__.origin, type(ns.__loader__).__name__, [clean(p) for p in ns.__path__])
print(sys.__spec__.name, type(sys.__loader__).__name__ if not isinstance(sys.__loader__, type) else sys.__loader__.__name__)

m = importlib.import_module('importfixtures.pkg_basic.star')
print(m.public, m is sys.modules['importfixtures.pkg_basic.star'])
print(importlib.import_module('.nostar', 'importfixtures.pkg_basic').b)
try:
    importlib.import_module('.nostar')
except TypeError as e:
    print('TypeError', e)

import importfixtures.counter as counter
before = counter.COUNT
again = importlib.reload(counter)
print(again is counter, counter.COUNT == before + 1)

print(importlib.util.find_spec('importfixtures.lazy').name, importlib.util.find_spec('no_such_mod_q'))
print(importlib.util.find_spec('sys').origin, importlib.util.find_spec('importfixtures.pkg_basic.sub') is not None)
try:
    importlib.util.find_spec('importfixtures.lazy.x')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e)

spec = importlib.util.spec_from_file_location('loose_module', HERE + '/importfixtures/pkg_basic/star.py')
loose = importlib.util.module_from_spec(spec)
spec.loader.exec_module(loose)
print(loose.__name__, loose.also, 'loose_module' in sys.modules)


class Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.startswith('virtual_'):
            return importlib.util.spec_from_loader(name, Loader())
        return None


class Loader(importlib.abc.Loader):
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        module.GREETING = 'made by ' + module.__name__


sys.meta_path.append(Finder())
import virtual_one
from virtual_two import GREETING
print(virtual_one.GREETING, GREETING, type(virtual_one.__loader__).__name__)
print(importlib.machinery.SOURCE_SUFFIXES)
print(sys.implementation.cache_tag is not None, importlib.util.cache_from_source('/x/y.py').endswith('.pyc'))
