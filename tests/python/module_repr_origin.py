# module repr: importlib's _module_repr (spec origin, __file__, loader), as CPython's module_repr.
import unittest, os, sys, types, math, _io
print(repr(unittest).replace(sys.prefix, 'PREFIX'))
print(repr(sys), repr(types.ModuleType('m')))
m = types.ModuleType('n'); m.__file__ = '/x.py'; print(repr(m))
del m.__name__
print(repr(m))
print(repr(math).startswith("<module 'math'"))
