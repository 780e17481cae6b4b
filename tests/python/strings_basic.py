# Strings: concatenation, repetition, indexing, slicing, methods, formatting, repr.
s = "Hello, World"
print(s + "!", s * 2, s[0], s[-1], s[7:], s[:5], s[::2], s[::-1], len(s))
print(s.upper(), s.lower(), s.split(", "), "-".join(["a", "b", "c"]), s.replace("l", "L"))
print(s.find("World"), s.find("x"), s.startswith("Hell"), s.endswith("d"), s.count("l"))
print("  pad  ".strip() + "|", "x".center(5, "*"), "7".zfill(3), "a,b,,c".split(","))
print(repr("it's"), repr('say "hi"'), repr("tab\there"), str(3.5), repr(0.1 + 0.2))
name, n = "pyston", 3
print(f"{name} has {n} tiers; {n * 2 = }; {name!r:>10}|{3.14159:.2f}|{42:05d}|{255:x}")
print("%s is %d years and %.1f%%" % ("Ann", 31, 99.5), "{} + {} = {}".format(1, 2, 3))
print("abc" < "abd", "b" > "abc", "a" in "cat", "z" not in "cat", "é" + "😀", len("😀"))
