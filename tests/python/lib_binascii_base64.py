# binascii (hex, base64, crc) and the base64 module over it and struct
import binascii, base64
print(binascii.hexlify(b"\x01\xab\xff"), binascii.hexlify(b"\x01\x02\x03\x04\x05", "-", 2), binascii.unhexlify("01abff"))
for s in [b"", b"a", b"ab", b"abc", b"abcd", bytes(range(256))[:50]]:
    e = binascii.b2a_base64(s)
    print(e, binascii.a2b_base64(e) == s)
print(binascii.crc32(b"hello"), binascii.crc32(b" world", binascii.crc32(b"hello")), binascii.crc_hqx(b"abc", 0))
for bad in ["abc", "ab=", "a"]:
    try:
        print(binascii.a2b_base64(bad))
    except binascii.Error as e:
        print("Error", e)
try:
    binascii.unhexlify("0g")
except binascii.Error as e:
    print("Error", e, isinstance(e, ValueError))
print(base64.b64encode(b"hello world"), base64.b64decode(b"aGVsbG8gd29ybGQ="), base64.urlsafe_b64encode(b"\xff\xfe"))
print(base64.b32encode(b"hi"), base64.b16encode(b"hi"), base64.b85encode(b"hello"), base64.a85encode(b"hello"))
print(base64.b32decode(base64.b32encode(b"xyz")), base64.b85decode(base64.b85encode(b"data!")))
