# BytesIO.getbuffer(): a writable memoryview export; writes, truncate and close refused while it is unreleased; pickle's framing uses it.
import io, pickle
b = io.BytesIO(b'hello')
v = b.getbuffer()
print(bytes(v), len(v), v.readonly)
v[0] = ord('J')
print(b.getvalue())
for op in [lambda: b.write(b'x'), lambda: b.truncate(1), lambda: b.close()]:
    try:
        op()
    except BufferError as e:
        print('BufferError', e)
v.release()
b.write(b'!')
print(b.getvalue())
with b.getbuffer() as w:
    print(w.tolist()[:2])
b.close()
print(b.closed)
print(pickle.loads(pickle.dumps([True, 1, 'x', (2.5,)], 5)))
