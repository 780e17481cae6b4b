# str methods: edge cases and CPython's error messages.
print("a,b,,c".split(","), "a,b,,c".split(",", 2), "a,b,,c".rsplit(",", 2), "  a  b  ".split(None, 1), "  a  b  ".rsplit(None, 1))
print("x".split("x"), "".split("x"), "abc".split("c"), "a\x1cb\x1dc\x1ed\x1fe\x85f\u2028g".split())
print("AbC".swapcase(), "ǅ".swapcase(), "ß".swapcase(), "ﬁ".title(), "ŉ".capitalize(), "ǈx".title(), "ΣΑΣ ΣΑΣ".title())
print("hello world".title(), "hELLO wORLD".capitalize(), "they're".title(), "o'NEIL".title(), "3rd 4TH".title())
print("ΑΣ".lower(), "ΑΣ Σ".lower(), "Σ".lower(), "ΑΣΑ".lower(), "Α.Σ".lower(), "ΑΣ'".lower(), "ΑΣ.Α".lower())
print("ß".upper(), "ﬃ".upper(), "ǰ".upper(), "İ".lower(), len("İ".lower()), "ΐ".upper(), "ᾳ".upper(), "ᾳ".title())
print("ẞ".casefold(), "ß".casefold(), "Ꭰ".casefold(), "ꭰ".casefold(), "ı".casefold(), "ſ".casefold(), "ﬁ".casefold(), "ΣΑΣ".casefold())
print("ǅ".istitle(), "Ǆ".isupper(), "ǆ".islower(), "A1".istitle(), "A B".istitle(), "A b".istitle(), "AB".istitle(), "1".istitle())
for s in ["", "a", "A", "1", "²", "½", "Ⅻ", "一", "٣", "\u00a0", "\u200b", "\u3000", "_", "a1", "ǅ", "ª", "\x1f", "\x85", "é"]:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(), s.isidentifier(),
          s.isprintable(), s.isascii(), s.islower(), s.isupper(), s.istitle())
print("x1".isidentifier(), "1x".isidentifier(), "_".isidentifier(), "℘x".isidentifier(), "a·b".isidentifier(), "ゝ".isidentifier())
print("abc".center(6), "abc".center(6, "-"), "ab".center(5, "."), "abc".rjust(2), "-12".zfill(6), "+".zfill(3), "é".zfill(3))
print("a\tb\tc".expandtabs(), "a\tb".expandtabs(0), "ab\r\tc\n\td".expandtabs(3), "x".expandtabs(tabsize=2))
print("a\nb\r\nc\rd\x0be\x0cf".splitlines(), "a\n".splitlines(keepends=True), "\n\n".splitlines(), "x\u2029y".splitlines(True))
print("abcabc".replace("b", "X", 1), "aaa".replace("a", "bb"), "abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("hello".removeprefix("he"), "hello".removeprefix("lo"), "hello".removesuffix("lo"), "hello".removesuffix(""))
print("abc".startswith(("x", "a")), "abc".startswith("b", 1), "abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("c", 0, 3), "abc".endswith("b", 0, -1))
print("abcabc".find("c", 3), "abcabc".find("c", -2), "abcabc".rfind("a", 0, 3), "abcabc".find("a", None, None), "abc".find("", 10), "abcabc".count("bc", 1, -1))
print(",".join(["a"]), ",".join(x for x in "xyz"), ",".join({"a": 1, "b": 2}), "".join(()), "-".join(map(str, range(3))))
print(str.maketrans({"a": "1", 98: "22", "c": None}), "abc".translate(str.maketrans("ab", "xy", "c")), "abc".translate({97: 120}))
print("abc".translate([None, "x"] * 60), "{:>6}|{:<6}|{:^6}".format("ab", "cd", "ef"))
print("a" < "b", "a" < "ab", "B" < "a", "" < "a", "abc" == "abc", "é" > "z", "x" != "y")
print("%s" % "x", "%r" % "y", "%a" % "é", "%5.1s|" % "ab", "%-4s|" % "é", "%c%c" % ("😀", 65))
print(str(b"x", "ascii"), str(b"\xe9", "latin-1"), str(b"\xff", "utf-8", "replace"), str(object=5), str(), str(b"x", errors="strict"))
KEY_STR, KEY_FLOAT = "x", 1.5
errs = [
    lambda: "abc".index("z"), lambda: "abc".rindex("z"), lambda: "a".center(3, "xy"), lambda: "a".center(3, 5),
    lambda: "a".split(""), lambda: "a".rsplit(""), lambda: "a".split(5), lambda: "a".partition(""), lambda: "a".rpartition(5),
    lambda: "a".strip(5), lambda: "a".count(5), lambda: "a".find(5), lambda: "a".startswith(5), lambda: "a".endswith((5,)),
    lambda: "a".replace(1, "b"), lambda: "a".join(5), lambda: "a".join([1]), lambda: "a".zfill("x"),
    lambda: "a".upper(1), lambda: "a".split(1, 2, 3), lambda: "a".split(foo=1), lambda: "a".find(), lambda: "a".replace("a"),
    lambda: str.maketrans("ab", "c"), lambda: str.maketrans(5), lambda: str.maketrans({"ab": 1}), lambda: "a".translate({97: -1}),
    lambda: "a".translate({97: 1.5}), lambda: "a".encode(5), lambda: "a".encode("utf-8", 5), lambda: "abc"[5], lambda: "abc"[KEY_STR],
    lambda: "abc"[KEY_FLOAT], lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * "b", lambda: "a" * 1.5, lambda: "a" < 1, lambda: 5 in "a",
    lambda: str(b"x", 5), lambda: str("x", "utf-8"), lambda: str(5, "utf-8"), lambda: "a".removeprefix(1), lambda: chr(-1),
    lambda: chr(0x110000), lambda: chr("a"), lambda: chr(1.5), lambda: ord(""), lambda: ord("ab"), lambda: ord(5), lambda: ord(b"ab"),
    lambda: "a".expandtabs("x"), lambda: "a".splitlines(1, 2), lambda: "{".format(), lambda: "%d" % "x", lambda: "a".format_map(),
]
for f in errs:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, "|", e)
print(ord(b"a"), ord(bytearray(b"z")), chr(0x1F600), chr(True), ord("\U0010ffff"))
print("abc".__len__(), "abc".__getitem__(1), "abc".__contains__("b"), "a".__add__("b"), "ab".__mul__(2), "ab".__rmul__(2))
print("a".__eq__("a"), "a".__lt__("b"), "a".__eq__(1), "a%sc".__mod__("b"), "x".__str__(), "x".__repr__(), "x".__format__(">3"))
print(str.upper("abc"), str.join(",", "ab"), str.split("a b"), list(map(str.strip, [" a ", "b "])))
try:
    str.upper(5)
except TypeError as e:
    print(type(e).__name__, "|", e)
