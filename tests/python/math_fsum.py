import math
print(math.fsum([0.1]*10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]))
for v in ([float('inf'), 1], [float('inf'), float('-inf')], [float('nan'), 1], [1e308, 1e308], [2.0**53, -0.5, -2.0**-54]):
    try: print(math.fsum(v))
    except (ValueError, OverflowError) as e: print(type(e).__name__, e)
print(math.fsum(iter(range(10))), math.fsum([1.7976931348623157e+308, -1e292]))
