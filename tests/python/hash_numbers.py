from decimal import Decimal
for v in [-4, 4, -1, -2, 2**61+5, -(2**61+5), -(2**61), 2**61-1, -(2**61-1)]:
    print(v, hash(v), hash(Decimal(v)))
print(pow(10, -3, 2**61-1), pow(-3, 5, 7), pow(3, -1, 7), pow(-4, 1, 2**61-1))
print(float('-nan'), float('-nan').hex() if False else str(float('-nan')))
import math; print(math.copysign(1.0, float('-nan')), math.copysign(1.0, -float('nan')))
vals = [sign*(2**m + n) for m in [0, 14, 15, 16, 17, 30, 31, 32, 33, 61, 62, 63, 64, 65, 66] for n in range(-10, 10) for sign in [-1, 1]]
for v in vals:
    if hash(Decimal(v)) != hash(v): print(v, hash(Decimal(v)), hash(v))
for s in ["-1","-0","0.00","-23.00000","1230E100","-4.5678E50","1.634E100","90.697E100"]:
    d = Decimal(s)
    print(s, hash(d), hash(int(d)))
