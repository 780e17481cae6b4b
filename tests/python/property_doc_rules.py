# property docs (3.11): writable, taken from the getter, kept on subclass instances; __new__; classmethod chaining
class PropertySub(property):
    """This is a subclass of property"""
class PropertySubSlots(property):
    """This is a subclass of property that defines __slots__"""
    __slots__ = ()
class Foo:
    @PropertySub
    def spam(self):
        """spam wrapped in property subclass"""
        return 1
    @spam.setter
    def spam(self, value):
        """ignored"""
print(Foo.spam.__doc__, Foo().spam)
try:
    class Bar:
        @PropertySubSlots
        def spam(self):
            """doc"""
except AttributeError as e:
    print('AttributeError', e)
p = property(doc='basic'); p.__doc__ = 'extended'; print(p.__doc__)
def g(self):
    """getter doc"""
q = property(g)
print(q.__doc__, q.getter(lambda self: 2).__doc__, property(g, doc='given').setter(None).__doc__)
class pro(property):
    def __new__(typ, *args, **kwargs):
        return "abcdef"
p = property.__new__(pro)
p.__set_name__(Foo, 1)
print(type(p).__name__, p.getter(lambda self: 1))
try:
    property().__set_name__()
except TypeError as e:
    print('TypeError', e)
class A:
    """First"""
    @classmethod
    @property
    def __doc__(cls):
        return 'doc of %s' % cls.__name__
print(A.__doc__)
print(type(classmethod.__new__(classmethod)).__name__, type(staticmethod.__new__(staticmethod)).__name__)
