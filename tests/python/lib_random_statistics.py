# _random (Mersenne Twister seeded as CPython), _sha512 for string seeds, statistics over fractions/decimal (_contextvars)
import random
random.seed(12345)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.getrandbits(70))
r = random.Random(42)
print([r.randrange(10) for _ in range(10)], r.uniform(1, 2), r.gauss(0, 1))
l = list(range(10)); r.shuffle(l); print(l, r.sample(range(100), 5))
st = r.getstate(); x = r.random(); r.setstate(st); print(x == r.random())
random.seed("hello"); print(random.random())
random.seed(2**100 + 7); print(random.random(), random.choices([1, 2, 3], k=5))
print(random.Random(0).random(), random.Random(-5).random() == random.Random(5).random())
import statistics
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.stdev([1, 2, 3, 4]), statistics.mode([1, 1, 2]))
