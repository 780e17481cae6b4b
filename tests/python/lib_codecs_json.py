# _codecs: the registry, the encodings package's codecs, incremental decoding, error handlers; json on top
import codecs
import json

print(codecs.lookup("UTF-8").name, codecs.lookup("latin1").name, codecs.lookup("cp1252").name)
print(codecs.encode("héllo", "utf-8"), codecs.decode(b"h\xc3\xa9llo", "utf-8"))
print(codecs.encode("abc", "rot13"), codecs.encode(b"hi", "hex"), codecs.decode(b"6869", "hex"))
print(codecs.encode("é€", "cp1252"), codecs.decode(b"\x80\xe9", "cp1252"))
print(codecs.utf_8_decode(b"ab\xe2\x82", "strict", False), codecs.utf_8_decode(b"ab\xe2\x82\xac", "strict", True))
dec = codecs.getincrementaldecoder("utf-8")()
print([dec.decode(bytes([b])) for b in "a€😀".encode()])
print(codecs.utf_16_ex_decode(b"\xff\xfea\x00b\x00", "strict", 0, True))
print(codecs.utf_16_encode("ab"), codecs.utf_32_encode("a", None, 1))
print(codecs.escape_decode(b"a\\nb\\x41\\101"), codecs.escape_encode(b"a\nb'\x00"))
print(codecs.charmap_decode(b"\x00\x01\x02", "strict", "xyz"))
print("ab\u20acc".encode("ascii", "xmlcharrefreplace"), "ab\u20ac".encode("ascii", "backslashreplace"))
codecs.register_error("dash", lambda e: ("-" * (e.end - e.start), e.end))
print("a€€b".encode("ascii", "dash"), codecs.lookup_error("dash")(UnicodeEncodeError("ascii", "x€", 1, 2, "bad")))
print(codecs.lookup_error("replace")(UnicodeDecodeError("utf-8", b"a\xff", 1, 2, "bad")))
try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print("LookupError", e)
try:
    codecs.decode(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
info = codecs.lookup("utf-8")
print(type(info).__name__, info.name, isinstance(info, tuple))
with_bom = codecs.BOM_UTF8 + "x".encode()
print(codecs.decode(with_bom, "utf-8-sig"))

data = {"name": "Ann", "age": 31, "tags": ["a", "b"], "ok": True, "none": None, "ratio": 0.5, "uni": "é\n"}
text = json.dumps(data, sort_keys=True)
print(text)
print(json.loads(text) == data, json.dumps(data, indent=2, ensure_ascii=False)[:40])
print(json.loads('[1, 2.5, "x", {"a": [null, false]}]'), json.loads('"\\u00e9\\ud83d\\ude00"'))
try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    print("JSONDecodeError", e.msg, e.pos, e.lineno, e.colno)
print(json.dumps([1, (2, 3)], separators=(",", ":")), json.dumps("\u2603"), json.dumps(float("inf")))
class P:
    def __init__(self, x):
        self.x = x
print(json.dumps(P(3), default=lambda o: {"P": o.x}))
