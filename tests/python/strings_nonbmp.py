# str with characters outside the BMP and surrogate code points: every method counts code points.
s = "a😀b𝄞c🎉"
print(len(s), [len(c) for c in s], [hex(ord(c)) for c in s])
print(s[1], s[-1], s[1:4], s[::-1], s[::2], s[1::2], s[-3:], s[:-3], s[5:100], s[10:])
print(s.find("b"), s.find("𝄞"), s.rfind("🎉"), s.index("c"), s.rindex("😀"), s.count("😀"), s.find("😀", 2), s.find("c", -2))
print(s.find("", 3), s.find("", 6), s.find("", 7), s.count(""), s.count("", 2), s.count("", 2, 4))
print(s.startswith("😀", 1), s.endswith("𝄞", 0, 4), s.startswith(("x", "a😀")), s.endswith("🎉", -1))
print(s.split("b"), s.partition("𝄞"), s.rpartition("😀"), s.replace("😀", "-"), s.replace("", "|", 3))
print(s.upper(), s.center(10, "*"), s.ljust(8, "😀"), s.rjust(8), s.zfill(8), "😀".center(4, "𝄞"))
print(s.strip("a🎉"), s.lstrip("a😀"), s.rstrip("🎉c"), "😀x😀".strip("😀"))
print(s.isalpha(), s.isprintable(), "😀".isprintable(), "𝐀".isupper(), "𝐚".islower(), "𝟙".isdigit(), "𝟙".isdecimal())
print(sorted(["😀", "\uffff", "\U00010000", "a", "\ue000"]), "\uffff" < "😀", max("a😀\uffff"), min("😀\ue000"))
print("x\t😀\ty".expandtabs(4), "😀".encode("utf-16-le"), "😀".encode("utf-32-le"), "a😀".encode("utf-8"))
print(list(reversed("a😀b")), "".join(sorted(set("😀a😀b")), key=None) if False else "-", "😀" * 3, 2 * "a😀")
print(s.translate({ord("😀"): "X", ord("b"): None, ord("c"): 0x1F600}), str.maketrans("😀", "x"))
print(repr(s), ascii(s), repr("\U0010ffff"), ascii("\U0010ffff"), repr("\U000e0001"))
print(f"{s:>10}|{s:^11}|{s:.3}|", "%5s|%-7s|%.2s" % ("😀", s, s), "{:😀^7}".format("ab"))
t = "😀" * 100 + "x" + "😀" * 100
print(len(t), t[100], t.index("x"), t[99:102], len(t[50:150]), t.count("😀"), t.rfind("😀"), t[-1] == "😀")
for i in range(len(t) - 3, len(t)):
    print(i, t[i], end=" ")
print()
# surrogate code points are code points too
u = "\ud83d\ude00"
print(len(u), u == "😀", [hex(ord(c)) for c in u], repr(u), repr(u[0]), repr(u[1]), repr(u[::-1]))
v = "a" + "\ud800" + "\udc00" + "b"
print(len(v), repr(v), v.find("\udc00"), "\ud800\udc00" in v, v.count("\ud800"), repr(v.upper()))
print(repr(chr(0xd800) + chr(0xdc00)), len(chr(0xd800) + chr(0xdc00)), chr(0xdfff) > chr(0xd7ff), chr(0xe000) > chr(0xdfff))
print(repr("\udcff".encode("utf-8", "surrogateescape")), repr("\ud800".encode("utf-8", "surrogatepass")))
print(repr(b"\xed\xa0\x80".decode("utf-8", "surrogatepass")), repr("\ud800x".encode("utf-8", "replace")))
print(sorted(["\ud800", "\uffff", "😀", "\ue000"]) == ["\ud800", "\ue000", "\uffff", "😀"])
for bad in [lambda: "\ud800".encode(), lambda: "a\udc80\udc81b".encode("ascii"), lambda: ord("\ud800\udc00")]:
    try:
        bad()
    except (UnicodeError, TypeError) as e:
        print(type(e).__name__, "|", e)
