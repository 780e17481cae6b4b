# A first program for ./pyston: functions, loops, big integers and sys.argv.
import sys


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def main():
    name = sys.argv[1] if len(sys.argv) > 1 else "world"
    print("Hello, " + name + "!")
    for n in (10, 50, 100):
        print("fib(" + str(n) + ") =", fib(n))
    total = 0
    i = 0
    while i < 10:
        if i % 2 == 0:
            total += i * i
        i += 1
    print("sum of even squares below 10:", total)


main()
