# Generators closed when nothing refers to them any more: loops left early, generator expressions, shutdown.
import sys
class CM:
    def __enter__(self): print("enter"); return self
    def __exit__(self, t, v, tb): print("exit", t.__name__ if t else None); return False
def g():
    with CM():
        yield 1
        yield 2
x = g(); next(x); x.close()
def g2():
    with CM():
        yield from g()
x = g2(); next(x); x.close(); print("closed")
# generator finalization in for loops: break, return, exception, nested, else
def fin(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)
for v in fin("break"):
    break
print("after break")
def ret():
    for v in fin("return"):
        return v
print(ret())
try:
    for v in fin("raise"):
        raise KeyError("k")
except KeyError:
    print("caught after raise")
for v in fin("exhausted"):
    pass
else:
    print("else after exhausted")
for a in fin("outer"):
    for b in fin("inner"):
        break
    break
print("nested done")
class WithIter:
    def __iter__(self):
        try:
            yield "a"
            yield "b"
        finally:
            print("iter finally")
for v in WithIter():
    break
print("after __iter__ break")
for v in (x for x in fin("genexp-source")):
    break
print("after genexp break")
g = fin("named")
for v in g:
    break
print("named generator not closed; still suspended:", g.gi_suspended)
g.close()
def identity(x): return x
h = fin("via identity")
for v in identity(h):
    break
print("not closed:", h.gi_suspended)
h.close()
def bad_close():
    try:
        yield 1
    finally:
        raise ValueError("finally raised")
for v in bad_close():
    break
print("continued after unraisable")
def gen_in_gen():
    for v in fin("inside generator"):
        yield v
gg = gen_in_gen(); next(gg); gg.close()
print("outer closed")
def deep_return():
    try:
        for v in fin("return through finally"):
            try:
                return v
            finally:
                print("inner finally first")
    finally:
        print("outer finally after close")
deep_return()
def cont():
    for i in range(2):
        for v in fin("continue-" + str(i)):
            continue
cont()
top = fin("module global")
next(top)
print("end of program")
