# Integer arithmetic: small and arbitrary precision, floor division and modulo signs, powers, bits.
print(1 + 2, 7 - 10, 6 * 7, 7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 2 ** 10)
big = 2 ** 100
print(big, big * big, big // 3, big % 1000, -big, big - big)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 3037000500 * 3037000500)
print(1 << 70, (1 << 70) >> 65, 0xff & 0x0f, 0xf0 | 0x0f, 0xff ^ 0x0f, ~5, -(-5))
print(divmod(17, 5), divmod(-17, 5), abs(-3), pow(3, 4), pow(3, 4, 5), pow(2, -1))
x = 10
x += 5
x *= 2
x -= 1
x //= 4
print(x, int("123"), int("-0x1f", 16), int("  42  "), int(3.99), int(-3.99))
print(str(12345678901234567890), len(str(2 ** 1000)), hex(255), oct(8), bin(5))
