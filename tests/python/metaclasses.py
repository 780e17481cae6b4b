# Metaclasses and class creation: __new__/__init__/__call__ on type subclasses, __init_subclass__, type().
class Registry(type):
    classes = []

    def __new__(mcs, name, bases, namespace, **kwargs):
        cls = super().__new__(mcs, name, bases, namespace)
        cls.tag = kwargs.get("tag", name.lower())
        mcs.classes.append(name)
        return cls

    def __call__(cls, *args, **kwargs):
        instance = super().__call__(*args, **kwargs)
        instance.created_by = "Registry"
        return instance


class Base(metaclass=Registry):
    def __init__(self, value=0):
        self.value = value


class Child(Base, tag="kid"):
    pass


c = Child(7)
print(Registry.classes, Base.tag, Child.tag, c.value, c.created_by, type(Child).__name__)
print(isinstance(Child, Registry), issubclass(Child, Base), type(c) is Child)


class Plugin:
    names = []

    def __init_subclass__(cls, /, label=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.names.append(label or cls.__name__)


class A(Plugin):
    pass


class B(Plugin, label="bee"):
    pass


print(Plugin.names)
Dynamic = type("Dynamic", (Base,), {"greet": lambda self: "hi " + str(self.value)})
print(Dynamic(3).greet(), Dynamic.__name__, Dynamic.__mro__[1].__name__, Registry.classes[-1])
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
