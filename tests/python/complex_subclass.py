# Classes deriving from complex: construction, inherited operations give complex, slots, real/imag members.
class madcomplex(complex):
    def __repr__(self):
        return "%.17gj%+.17g" % (self.imag, self.real)
a = madcomplex(-3, 4)
print(repr(a), str(a))
base = complex(-3, 4)
print(base.__class__, a == base, complex(a) == base, complex(a).__class__, hash(a) == hash(base))
a = madcomplex(a)
print(repr(a), a + 1, type(a + 1), a * a, -a, abs(madcomplex(3, 4)), a.conjugate(), type(a.conjugate()))
print(complex.real, complex.imag.__name__, complex.real.__qualname__)
class Number(complex):
    __slots__ = ['prec']
    def __new__(cls, *args, **kwds):
        result = complex.__new__(cls, *args)
        result.prec = kwds.get('prec', 12)
        return result
    def __repr__(self):
        prec = self.prec
        if self.imag == 0.0:
            return "%.*g" % (prec, self.real)
        if self.real == 0.0:
            return "%.*gj" % (prec, self.imag)
        return "(%.*g+%.*gj)" % (prec, self.real, prec, self.imag)
    __str__ = __repr__
a = Number(3.14, prec=6)
print(repr(a), a.prec)
a = Number(a, prec=2)
print(repr(a), a.prec, str(a))
a = Number(234.5)
print(repr(a), a.prec)
class ZZ(complex):
    def __eq__(self, other):
        try: return abs(self - other) <= 1e-6
        except: return NotImplemented
zz = ZZ(1.0000003)
print(zz == 1+0j, 1+0j == zz, zz != 1+0j, isinstance(zz, complex), format(zz, ''), zz.real, zz.imag)
class C(complex): pass
c = C(2j)
c.attr = 5
print(c, repr(c), c.attr, c.__dict__, bool(C(0)), C(1+2j) ** 2, pow(C(2), 2), complex.__add__(C(1), 2))
import pickle, copy
print(copy.copy(c), type(copy.copy(c)))
