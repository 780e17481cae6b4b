# AttributeError's name and obj (CPython 3.11 sets them on failed lookups); NameError.name; KeyError has neither
import math


class C:
    __slots__ = ("a",)


def show(thunk):
    try:
        thunk()
    except AttributeError as e:
        print(type(e).__name__, repr(e.name), type(e.obj).__name__, e)
    except NameError as e:
        print(type(e).__name__, repr(e.name), hasattr(e, "obj"), e)


show(lambda: math.nope)
show(lambda: C().b)
show(lambda: C().a)
show(lambda: C.zz)
show(lambda: (1).real.nope)
show(lambda: undefined_name)
print(AttributeError("x").name, AttributeError("x").obj)
e = AttributeError("m", name="n", obj=3)
print(e.name, e.obj, e.args)
for exc in (KeyError("k"), ValueError("v")):
    print(type(exc).__name__, hasattr(exc, "name"), hasattr(exc, "obj"))

# types.GenericAlias unpacks as PEP 646 says: *tuple[int, str]
alias = tuple[int, str]
print(*alias)
unpacked = next(iter(alias))
print(type(iter(alias)).__name__, unpacked, unpacked.__unpacked__, alias.__unpacked__)
print(unpacked.__typing_unpacked_tuple_args__, alias.__typing_unpacked_tuple_args__)
print([*list[int]], unpacked == alias, unpacked == next(iter(tuple[int, str])))
