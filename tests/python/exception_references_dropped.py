# A frame lets go of a handled exception when its handler is left (normally, by break, by raising,
# by a with statement suppressing it): weak references to what the exception held die on collection.
import weakref, gc
class MyException(Exception):
    def __init__(self, obj):
        self.obj = obj
class MyObj:
    pass
def inner_raising_func():
    local_ref = obj
    raise MyException(obj)
def check(label):
    global obj
    obj = None
    gc.collect()
    print(label, wr() is None)
obj = MyObj(); wr = weakref.ref(obj)
try:
    inner_raising_func()
except MyException as e:
    pass
check("named")
obj = MyObj(); wr = weakref.ref(obj)
try:
    inner_raising_func()
except MyException:
    pass
check("unnamed")
obj = MyObj(); wr = weakref.ref(obj)
for i in [0]:
    try:
        inner_raising_func()
    except:
        break
check("break")
obj = MyObj(); wr = weakref.ref(obj)
try:
    try:
        inner_raising_func()
    except:
        raise KeyError
except KeyError as e:
    pass
check("raising")
class Suppress:
    def __enter__(self): return self
    def __exit__(self, *a): return True
obj = MyObj(); wr = weakref.ref(obj)
with Suppress():
    inner_raising_func()
check("with")
def f():
    global obj
    obj = MyObj(); w = weakref.ref(obj)
    try:
        inner_raising_func()
    except MyException:
        pass
    obj = None
    gc.collect()
    print("in function", w() is None)
f()
