# str.encode / bytes.decode: codecs, error handlers, UnicodeError attributes and messages.
text = "aé€😀"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf-8-sig", "unicode_escape", "raw_unicode_escape"]:
    b = text.encode(enc)
    print(enc, b, b.decode(enc) == text, len(b))
for enc in ["ascii", "latin-1", "cp1252", "iso8859-15", "koi8-r", "cp437"]:
    for errors in ["replace", "ignore", "xmlcharrefreplace", "backslashreplace", "namereplace"]:
        print(enc, errors, text.encode(enc, errors))
print("é".encode("cp1252"), b"\x80\xe9".decode("cp1252"), "Ж".encode("koi8-r"), b"\xe6".decode("koi8_r"), "日本".encode("shift_jis"), b"\x93\xfa".decode("sjis"))
print("abc".encode("UTF-8"), "abc".encode("utf_8"), "abc".encode("U8"), "é".encode("Latin_1"), "é".encode("L1"), "x".encode(" utf-8 ") if False else "")
for data, enc in [(b"\xff\xfeA\x00", "utf-16"), (b"\xfe\xff\x00A", "utf-16"), (b"A\x00", "utf-16"), (b"\xff\xfe\x00\x00A\x00\x00\x00", "utf-32"), (b"\xef\xbb\xbfabc", "utf-8-sig"), (b"abc", "utf-8-sig")]:
    print(repr(data.decode(enc)))
bad = [b"\x80", b"\xc3", b"\xc3(", b"\xe2\x82", b"\xe2(\xa1", b"\xf0\x9f\x98", b"\xf0\x9f(", b"\xf8\x88\x80\x80\x80", b"\xc0\x80", b"\xed\xb0\x80", b"\xf4\x90\x80\x80", b"a\xffb\xfec"]
for b in bad:
    print(b, repr(b.decode("utf-8", "replace")), repr(b.decode("utf-8", "ignore")), repr(b.decode("utf-8", "backslashreplace")), repr(b.decode("utf-8", "surrogateescape")))
    try:
        b.decode("utf-8")
    except UnicodeDecodeError as e:
        print("  ", e.start, e.end, e.reason, "|", e)
for b, enc in [(b"A", "utf-16-le"), (b"\x00\xd8", "utf-16-le"), (b"\x00\xdcA\x00", "utf-16-le"), (b"\x00\xd8A\x00", "utf-16-le"), (b"\x00\x00\x11\x00", "utf-32-le"), (b"\x00\xd8\x00\x00", "utf-32-le"), (b"AB", "utf-32"), (b"\x80", "ascii"), (b"\x81", "cp1252"), (b"\\x4", "unicode_escape"), (b"\\N{BOGUS}", "unicode_escape"), (b"\\u12", "raw_unicode_escape")]:
    try:
        print(repr(b.decode(enc)))
    except UnicodeDecodeError as e:
        print(enc, type(e).__name__, "|", e, "|", e.encoding, e.object, e.start, e.end, e.reason)
    print("  ", repr(b.decode(enc, "replace")), repr(b.decode(enc, "ignore")))
for s, enc in [("é", "ascii"), ("éé", "ascii"), ("aéé€b", "latin-1"), ("\ud800", "utf-8"), ("\ud800\udfff", "utf-16"), ("€", "cp437"), ("x\udc80y", "ascii")]:
    try:
        print(s.encode(enc))
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, "|", e, "|", e.encoding, repr(e.object), e.start, e.end, e.reason)
print("x\udc80\udcffy".encode("ascii", "surrogateescape"), "\ud83d\ude00".encode("utf-16-le", "surrogatepass"), "\ud800".encode("utf-32-be", "surrogatepass"))
print(repr(b"\x00\xd8".decode("utf-16-le", "surrogatepass")), repr(b"\xed\xa0\x80\xed\xb0\x80".decode("utf-8", "surrogatepass")))
print("a\tb\\c\x7f\u20ac\U0001f600'\"".encode("unicode_escape"), b"a\\tb\\\\c\\x41\\u20ac\\U0001F600\\101\\'".decode("unicode_escape"))
print("é€😀".encode("raw_unicode_escape"), b"\\u20ac\\x41\\U0001f600".decode("raw_unicode_escape"))
e = UnicodeDecodeError("utf-8", b"abc", 1, 2, "bad")
print(e, "|", e.args, e.start, e.end, e.reason, e.object, e.encoding)
e = UnicodeEncodeError("ascii", "a\u20acb", 1, 3, "nope")
print(e, "|", e.start, repr(e.object))
e.start = 2
print(e)
print(UnicodeTranslateError("abc", 0, 1, "why"), issubclass(UnicodeTranslateError, UnicodeError), UnicodeError("plain"))
for f in [lambda: "x".encode("nope"), lambda: b"x".decode("nope"), lambda: b"\xff".decode("utf-8", "nope"), lambda: "\xff".encode("ascii", "nope"),
          lambda: b"\xff".decode("utf-8", "xmlcharrefreplace"), lambda: bytes("é", "ascii"), lambda: bytearray("é", "ascii", "replace")]:
    try:
        print(f())
    except (LookupError, TypeError, UnicodeError) as e:
        print(type(e).__name__, "|", e)
print(b"x".decode("utf-8", "nope"), "x".encode("ascii", "nope"), bytes("é", "utf-8"), str(bytearray(b"\xc3\xa9"), "utf-8"), str(memoryview(b"ab"), "ascii"))
tests = ['"\\N{greek small letter alpha}"', '"\\N{NULL}"', '"\\N{HANGUL SYLLABLE GAG}"', '"\\N{CJK UNIFIED IDEOGRAPH-4E00}"', '"\\N{hangul syllable gag}"', '"\\N{LINE FEED}"', '"\\N{EURO SIGN}"', '"\\N{BYTE ORDER MARK}"']
for t in tests:
    try:
        print(t, ascii(eval(t)))
    except SyntaxError as e:
        print(t, "SyntaxError", e.msg)
for s in ["\x80", "\uac01", "\u4e00", "\ue000", "\U00017000", "\u00e9", "\uf900", "\U000e0001", "\x00"]:
    print(ascii(s), s.encode("ascii", "namereplace"), ascii(s.encode("ascii", "namereplace").decode("unicode_escape")))
for bad in [b"\\N{PRIVATE USE AREA E000}", b"\\N{CJK UNIFIED IDEOGRAPHS 4E00}", b"\\N{HANGUL SYLLABLES AC00}"]:
    try:
        print(bad.decode("unicode_escape"))
    except UnicodeDecodeError as e:
        print(e)
for n in ["LINE FEED (LF)", " EURO SIGN", "euro sign", "PADDING CHARACTER", "NULL", "DELETE", "NEXT LINE (NEL)", "NO-BREAK SPACE", "HANGUL SYLLABLE HIH", "cjk unified ideograph-9fa5", "CJK UNIFIED IDEOGRAPH-9FA5", "PRIVATE USE AREA E000", "LATIN 1 SUPPLEMENT 84"]:
    try:
        print(n, ascii(("\\N{" + n + "}").encode().decode("unicode_escape")))
    except UnicodeDecodeError as e:
        print(n, e.reason)
for s in ["\udcff\U0001f600\x80", "\udcff\udfff\ud800", "\udc80x"]:
    for enc in ["ascii", "latin-1", "utf-8", "utf-16", "cp1252"]:
        try:
            print(enc, s.encode(enc, "surrogateescape"))
        except UnicodeEncodeError as e:
            print(enc, e)
for b in [b"\x80\x00", b"\xf5\x90\x11\xbf\xf0"]:
    for enc in ["utf-16", "utf-32"]:
        try:
            print(enc, ascii(b.decode(enc, "surrogateescape")))
        except UnicodeDecodeError as e:
            print(enc, e)
