from .. import sub
from ..sub import helper
from ... import pkg_basic as _unused_top
NAME = __name__
PARENT_VALUE = sub.helper()
