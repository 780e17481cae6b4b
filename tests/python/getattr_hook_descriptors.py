# __getattribute__ and __getattr__ that are other descriptors are bound before the call.
class Descriptor(object):
    counter = 0
    def __get__(self, obj, objtype=None):
        def getter(name):
            self.counter += 1
            raise AttributeError(name)
        return getter
descr = Descriptor()
class A(object):
    __getattribute__ = descr
class B(object):
    __getattr__ = descr
class C(object):
    __getattribute__ = descr
    __getattr__ = descr
for cls in (A, B, C):
    try: getattr(cls(), "attr")
    except AttributeError as e: print("AttributeError", e)
    print(descr.counter)
class D:
    x = 1
    @staticmethod
    def __getattr__(name): return "static " + name
print(D().foo, D().x)
class E:
    __getattribute__ = object.__getattribute__
    y = 2
print(E().y)
