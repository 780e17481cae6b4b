# bytearray.__init__ refills an existing bytearray, with the constructor's arguments.
ba = bytearray(b"zz")
bytearray.__init__(ba, 'abc\xbd\u20ac', encoding='latin1', errors='replace')
print(ba)
bytearray.__init__(ba)
print(ba)
bytearray.__init__(ba, 3)
print(ba)
