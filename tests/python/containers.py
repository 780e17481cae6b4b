# Lists, tuples, dicts, sets: construction, methods, unpacking, iteration order, comprehensions.
xs = [3, 1, 4, 1, 5, 9, 2, 6]
xs.append(5)
xs.sort()
print(xs, xs.index(4), xs.count(1), xs[2:5], xs[-3:], sorted(xs, reverse=True)[:3])
xs.insert(0, 100)
print(xs.pop(), xs.pop(0), len(xs), 9 in xs, [1, 2] + [3], [0] * 3)
t = (1, "two", 3.0)
a, b, c = t
first, *middle, last = range(6)
print(a, b, c, first, middle, last, t[1:], t.count(1), (1,) * 3)
d = {"one": 1, "two": 2}
d["three"] = 3
del d["one"]
print(d, list(d.keys()), list(d.values()), d.get("four", 4), "two" in d, len(d))
print({k: v * 10 for k, v in d.items()}, dict(a=1, b=2), dict([("x", 1), ("y", 2)]))
s = {3, 1, 2}
s.add(2)
print(sorted(s), 2 in s, sorted(s | {9}), sorted(s & {1, 5}), sorted(s - {1}), len({x % 3 for x in range(10)}))
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[1] for row in matrix], list(zip(*matrix))[0], list(enumerate("ab", 1)))
