# zlib: one-shot and streaming compression in the zlib, raw and gzip formats, checksums, errors
import zlib

data = b"hello hello hello hello world " * 20
for wbits in (15, -15, 31):
    c = zlib.compress(data, 6, wbits)
    print(wbits, len(c), c[:12].hex(), zlib.decompress(c, wbits) == data)
print(zlib.compress(b"abc"), zlib.compress(b"abc", 9), zlib.compress(b"", 1))
print(zlib.decompress(zlib.compress(data, wbits=31), 47) == data, zlib.decompress(zlib.compress(data), 47) == data)
print(zlib.crc32(b"hello"), zlib.crc32(b"world", zlib.crc32(b"hello ")), zlib.adler32(b"hello"), zlib.adler32(b"x", 5))
co = zlib.compressobj(9, zlib.DEFLATED, -15)
stream = co.compress(data[:100]) + co.compress(data[100:]) + co.flush()
print(len(stream), zlib.decompress(stream, -15) == data)
do = zlib.decompressobj()
full = zlib.compress(data) + b"TRAILING"
parts = [do.decompress(full[i:i + 10]) for i in range(0, len(full), 10)]
print(b"".join(parts) == data, do.eof, do.unused_data)
do = zlib.decompressobj()
first = do.decompress(zlib.compress(data), 50)
print(len(first), len(do.unconsumed_tail) > 0, len(first + do.decompress(do.unconsumed_tail)) == len(data))
for bad in [b"not compressed", zlib.compress(data)[:-5]]:
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print("zlib.error", str(e)[:38])
try:
    zlib.compress(b"x", 12)
except zlib.error as e:
    print("zlib.error", e)
print(zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION, zlib.DEFLATED, issubclass(zlib.error, Exception))
