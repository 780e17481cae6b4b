import _statistics, statistics
for p in [1e-300, 0.001, 0.1, 0.3, 0.5, 0.425, 0.9, 0.999999, 1 - 1e-16]:
    a = _statistics._normal_dist_inv_cdf(p, 1.5, 2.0)
    b = statistics._normal_dist_inv_cdf(p, 1.5, 2.0)
    print(p, repr(a), a == b)
for args in [(0.5, 0, 1, 3), ("a", 0, 1)]:
    try:
        _statistics._normal_dist_inv_cdf(*args)
    except TypeError as e:
        print("TypeError:", e)
print(statistics.NormalDist(10, 2).inv_cdf(0.975))
