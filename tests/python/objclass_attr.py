# __objclass__ of built-in method descriptors and of the methods bound from them.
l = []
print(l.__add__.__objclass__, list.__add__.__objclass__, list.append.__objclass__, str.lower.__objclass__)
print(l.__add__ == l.__add__, l.__add__ != [].__add__, l.__add__.__self__ is l, l.__add__.__name__)
def f(): pass
try:
    f.__objclass__
except AttributeError as e:
    print("AttributeError")
