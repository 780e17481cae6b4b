# __qualname__ of built-in class and static methods names their type; dir() of a bound method lists its function's attributes.
import time
print(len.__qualname__, time.time.__qualname__, dict.fromkeys.__qualname__, float.__getformat__.__qualname__,
      str.maketrans.__qualname__, bytes.maketrans.__qualname__, bytes.fromhex.__qualname__, int.from_bytes.__qualname__,
      [].append.__qualname__, dict.__new__.__qualname__)
class F:
    def a(self): pass
F.a.known_attr = 7
print('known_attr' in dir(F().a), 'known_attr' in dir(F.a))
