# str.encode/bytes.decode through the codec registry for codecs the runtime lacks (search
# functions, the encodings package), with CPython's checks of what a codec returns.
import codecs


def search_function(encoding):
    if encoding.startswith("test"):
        print("search", repr(encoding))

    def bad(input, errors="strict"):
        return 42

    def not_bytes(input, errors="strict"):
        return (42, 42)

    def upper(input, errors="strict"):
        return (input.upper().encode("ascii") if isinstance(input, str) else bytes(input).decode("ascii").upper(),
                len(input))
    if encoding == "test.unicode1":
        return (bad, bad, None, None)
    if encoding == "test.unicode2":
        return (not_bytes, not_bytes, None, None)
    if encoding == "test.upper":
        return codecs.CodecInfo(upper, upper, name="test.upper")
    return None


codecs.register(search_function)
for f in (lambda: b"hello".decode("test.unicode1"), lambda: "hello".encode("test.unicode1"),
          lambda: str(b"hello", "test.unicode2"), lambda: "hello".encode("test.unicode2"),
          lambda: "hello".encode("test.upper"), lambda: b"hello".decode("Test.Upper"),
          lambda: b"x".decode("Test-X y")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

for enc, s in [('rot13', 'abc'), ('hex', 'abc'), ('mac_roman', 'é'), ('cp037', 'A'), ('punycode', 'bücher'),
               ('nonexistent', 'x')]:
    try:
        b = s.encode(enc)
        print(enc, b, b.decode(enc))
    except Exception as e:
        print(enc, type(e).__name__, e)
print(str(b'abc', 'cp500'))
