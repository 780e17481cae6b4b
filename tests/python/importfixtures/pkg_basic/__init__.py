VALUE = 'pkg_basic'
from . import sub
from .sub import helper as _helper
EXPORTED = _helper()
