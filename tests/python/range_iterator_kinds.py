r = range(0, -2**63, -2**31)
print(len(r), r[0], r[1], r[-1])
it = iter(r)
print(type(it).__name__, next(it), next(it))
print(list(range(0, -2**63, -2**62)), list(range(5, -2**63, -2**62)))
for args in [(0, 10), (2**63 - 2, 2**63 - 1, 2), (1, 2**63 - 1, 2**63 - 1), (-1, -2**63, -2**63), (0, 2**64, 2**32)]:
    r = range(*args)
    print(type(iter(r)).__name__, type(reversed(r)).__name__, r[:3], list(r[:3]), list(reversed(r[-3:])))
