# _functools (reduce, partial, cmp_to_key) and _operator (functions, itemgetter, attrgetter, methodcaller), _abc.
import functools
import operator
import abc
from collections import namedtuple


def show(label, thunk):
    try:
        print(label, "->", thunk())
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


def f(a, b, c=0, *rest, **kw):
    return (a, b, c, rest, kw)


p = functools.partial(f, 1, c=3)
print(p(2), p(2, c=4, d=5), p.func is f, p.args, p.keywords, repr(p).startswith("functools.partial(<function f"))
pp = functools.partial(p, 9, d=1)
print(pp.func is f, pp.args, pp.keywords, pp())
p.attr = "x"
print(p.attr, p.__dict__, functools.partial(p).func is p)
print(repr(functools.partial(len, "abc")), functools.partial(len, "abc")())
show("partial none", lambda: functools.partial())
show("partial uncallable", lambda: functools.partial(1))


class MyPartial(functools.partial):
    pass


print(repr(MyPartial(max, 1)), MyPartial(max, 1)(5))
print(functools.reduce(operator.add, [1, 2, 3]), functools.reduce(operator.mul, [], 1), functools.reduce(max, "abc"))
show("reduce empty", lambda: functools.reduce(max, []))
show("reduce iter", lambda: functools.reduce(max, 5))
show("reduce args", lambda: functools.reduce(max))
key = functools.cmp_to_key(lambda a, b: b - a)
print(sorted([3, 1, 2], key=key), key(1) < key(2), key(1) == key(1), key(5).obj)
show("key hash", lambda: hash(key(1)))
show("key mixed", lambda: key(1) < 1)
print(operator.add(1, 2), operator.sub(5, 7), operator.mul("a", 3), operator.truediv(1, 4), operator.floordiv(-7, 2))
print(operator.mod(7, 3), operator.pow(2, 5), operator.neg(3), operator.pos(-2), operator.abs(-4), operator.invert(5))
print(operator.lshift(1, 3), operator.rshift(16, 2), operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq("a", "a"), operator.ne(1, 1), operator.gt(1, 2), operator.ge(3, 2))
print(operator.not_([]), operator.truth("x"), operator.is_(None, None), operator.is_not(1, None), operator.index(True))
print(operator.concat("ab", "c"), operator.contains("abc", "b"), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
lst = [1, 2, 3]
operator.setitem(lst, 1, 20)
operator.delitem(lst, 0)
print(lst, operator.getitem(lst, -1), operator.length_hint([1, 2]), operator.length_hint(5, 7))
x = [1]
print(operator.iadd(x, [2]), x, operator.imul("ab", 2), operator.call(max, 1, 3))
show("concat int", lambda: operator.concat(1, 2))
show("add one", lambda: operator.add(1))
show("neg none", lambda: operator.neg())
show("kw", lambda: operator.add(a=1, b=2))
show("indexOf missing", lambda: operator.indexOf([], 1))
ig = operator.itemgetter(2, 0)
ag = operator.attrgetter("real", "imag")
mc = operator.methodcaller("split", ",", maxsplit=1)
print(ig("abcd"), ag(3), mc("a,b,c"), repr(ig), repr(ag), repr(mc))
print(operator.attrgetter("__class__.__name__")(1), operator.itemgetter(slice(1, None))([1, 2, 3]))
show("itemgetter none", lambda: operator.itemgetter())
show("attrgetter int", lambda: operator.attrgetter(1))
show("methodcaller none", lambda: operator.methodcaller())
show("getter call", lambda: operator.itemgetter(1)())
print(ig.__reduce__(), mc.__reduce__()[1], __import__("_operator")._compare_digest(b"ab", b"ab"))


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        ...

    @property
    @abc.abstractmethod
    def name(self):
        ...


class Impl(Base):
    def run(self):
        return "ran"

    @property
    def name(self):
        return "impl"


show("abstract", lambda: Base())
print(sorted(Base.__abstractmethods__), Impl().run(), Impl().name, issubclass(Impl, Base))
Base.register(list)
print(isinstance([], Base), issubclass(list, Base), isinstance((), Base), abc.get_cache_token() > 0)
show("register int", lambda: Base.register(3))
Point = namedtuple("Point", "x y")
pt = Point(1, 2)
print(pt, pt.x, Point.x.__doc__, type(Point.x).__name__, pt._replace(y=5), Point._make([3, 4]))
show("setattr", lambda: setattr(pt, "x", 3))
