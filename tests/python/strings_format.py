# printf-style % and str.format: conversions, mappings, nested specs, and their errors.
print("%s|%r|%a|%5s|%-5s|%.1s|%c|%c|%%" % ("é", "é", "é", "ab", "ab", "xyz", 0x1F600, "q"))
print("%(a)s-%(b)r-%(a)d" % {"a": 1, "b": "x"}, "%s" % {"k": 1}, "%s %(k)s" % {"k": 2}, "x" % [], "x" % {}, "%(a(b))s" % {"a(b)": 5})
print("%5.2f|%-8.3e|%+d|% d|%#o|%#x|%#X|%05d|%.3d|%x" % (3.14159, 1234.5, 5, 5, 8, 255, 255, -42, 7, -255))
print("%*s|%-*d|%.*f" % (5, "a", 4, 7, 2, 1.005), "%i %u" % (3.9, -3.9), "%s %s" % (True, None), "%d" % True)
class Str:
    def __str__(self): return "STR"
    def __repr__(self): return "REPR"
print("%s %r %a" % (Str(), Str(), Str()), "{} {!r} {!s} {!a}".format(Str(), Str(), Str(), "é"))
print("{0}{1}{0}".format("ab", "😀"), "{:>4}|{:<4}|{:^5}|{:*^6}".format("é", "😀", "x", "ab"), "{:.2}|{:5.1}|".format("abc", "xyz"))
print("{0[0]}{0[1][0]}{1.real}".format(["a", ["b"]], 3j if False else 4), "{a[k]}".format(a={"k": "v"}), "{0[}]}".format({"}": 5}))
print("{:{w}.{p}}".format("abcdef", w=6, p=2), "{:{}}{:{}}".format("a", 3, "b", 2), "{!r:>{}}".format("x", 5), "{{}}{{{}}}".format(1))
print("{0!s:}".format(1), "{:}".format(2), "{!r:}".format("z"), "".format(), "{}".format("{}"), "{:%}".format(0.5), format("ab", "^5"))
print("{0:=^10}".format(" mid "), "{:😀>5}".format(7), "{:\t<3}|".format(1), f"{'é':>{3}}", f"{'x'!r:^7}", f"{3.5:{'>'}{6}}")
print(format("x"), format(5, ""), format("abc", "s"), "{:s}".format("t"), str.format("{}", 9), "{x}".format_map({"x": 1}))
class M(dict):
    def __missing__(self, k):
        return k.upper()
print("{a} {b}".format_map(M(a=1)), "%(zz)s" % M())
errs = [
    lambda: "%d" % "x", lambda: "%d %d" % (1,), lambda: "%d" % (1, 2), lambda: "%(a)s" % (1,), lambda: "%(a)s" % {}, lambda: "%(a" % {"a": 1},
    lambda: "%" % (), lambda: "%z" % 1, lambda: "%c" % "ab", lambda: "%c" % 0x110000, lambda: "%c" % 1.5, lambda: "%x" % 1.5, lambda: "%f" % "x",
    lambda: "%s %(a)s" % {"a": 1} if False else "%(a)s %s" % {"a": 1}, lambda: "%b" % b"x", lambda: "%*d" % ("a", 1), lambda: "%.*f" % (1.5, 1),
    lambda: "{".format(), lambda: "}".format(), lambda: "{0".format(1), lambda: "{0!".format(1), lambda: "{0!x}".format(1), lambda: "{0!rr}".format(1),
    lambda: "{0:{1}".format(1, 2), lambda: "{:{:{}}}".format(1, 2, 3), lambda: "{0.}".format(1), lambda: "{0[]}".format(1), lambda: "{0[0]x}".format([1]),
    lambda: "{0}{}".format(1, 2), lambda: "{}{0}".format(1, 2), lambda: "{2}".format(1), lambda: "{x}".format(), lambda: "{0.nope}".format(1),
    lambda: "{0[x]}".format([1]), lambda: "{:d}".format("s"), lambda: "{:s}".format(1), lambda: "{:,s}".format("a"), lambda: "{:=5}".format("a"),
    lambda: "{:+}".format("a"), lambda: "{:x<}".format(1.5) if False else "{:1:}".format(1), lambda: "{0}".format_map({}), lambda: "{a".format(a=1),
    lambda: "{99999999999999999999}".format(1), lambda: format(1, "{}"), lambda: "{:c}".format(-1), lambda: "{!}".format(1),
]
for f in errs:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, "|", e)
