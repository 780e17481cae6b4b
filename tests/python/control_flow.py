# if/elif/else, while with break/continue/else, for over range and containers, nested loops.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0:
        return "even"
    else:
        return "odd"

print([classify(n) for n in range(-2, 4)])
total = 0
i = 0
while True:
    i += 1
    if i % 3 == 0:
        continue
    if i > 10:
        break
    total += i
print("total", total)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print("prime", n)
count = 0
while count < 3:
    count += 1
else:
    print("while-else ran", count)
print(sum(range(100)), list(range(10, 0, -3)), [x * x for x in range(5) if x % 2 == 0])
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, "a" if True else "b", not 0, 0 or "default", 5 and 6)
