# hashlib: every guaranteed algorithm through hashlib.new and the named constructors, BLAKE2
# parameters, SHAKE lengths, multi-block input, copies, hmac, and error messages.
import hashlib
import hmac

print(sorted(hashlib.algorithms_guaranteed))
data = bytes(range(256)) * 5
for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name, b'abc')
    print(name, h.name, h.digest_size, h.block_size)
    if name.startswith('shake'):
        print(' ', h.hexdigest(16), h.hexdigest(0), len(h.digest(300)), h.digest(3))
    else:
        print(' ', h.hexdigest())
    g = getattr(hashlib, name)()
    for i in range(0, len(data), 77):
        g.update(data[i:i + 77])
    c = g.copy()
    c.update(b'more')
    if name.startswith('shake'):
        print(' ', g.hexdigest(40), c.hexdigest(8), getattr(hashlib, name)(data).hexdigest(40) == g.hexdigest(40))
    else:
        print(' ', g.hexdigest(), c.hexdigest()[:16], getattr(hashlib, name)(data).digest() == g.digest())

# BLAKE2 parameters
print(hashlib.blake2b(b'x', digest_size=20).hexdigest())
print(hashlib.blake2b(b'x', key=b'secret', salt=b'salty', person=b'me').hexdigest())
print(hashlib.blake2s(b'x', key=b'k' * 32, salt=b's' * 8, person=b'p' * 8, digest_size=16).hexdigest())
print(hashlib.blake2b(b'', key=b'k').hexdigest())
print(hashlib.blake2b(b'tree', fanout=2, depth=2, leaf_size=4096, node_offset=3, node_depth=1,
                      inner_size=64, last_node=True).hexdigest())
print(hashlib.blake2s(b'tree', fanout=0, depth=255, leaf_size=1, node_offset=2 ** 40, node_depth=255,
                      inner_size=32, last_node=True).hexdigest())
print(hashlib.blake2b(memoryview(b'view'), digest_size=8).hexdigest(), hashlib.blake2s(bytearray(b'ba')).hexdigest())
b = hashlib.blake2b
print(b.SALT_SIZE, b.PERSON_SIZE, b.MAX_KEY_SIZE, b.MAX_DIGEST_SIZE, hashlib.blake2s.MAX_DIGEST_SIZE)
for kwargs in [{'digest_size': 0}, {'digest_size': 65}, {'key': b'k' * 65}, {'salt': b's' * 17},
               {'person': b'p' * 17}, {'fanout': 256}, {'depth': 0}, {'node_depth': 256},
               {'inner_size': 65}, {'key': 'str'}]:
    try:
        hashlib.blake2b(**kwargs)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in [lambda: hashlib.sha256('text'), lambda: hashlib.new('nope'), lambda: hashlib.md5().update(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# hmac over several digests
for digest in ['md5', 'sha1', 'sha256', 'sha512', 'sha3_256', 'blake2b', hashlib.sha224]:
    m = hmac.new(b'key', b'The quick brown fox', digest)
    m.update(b' jumps')
    print(m.name, m.digest_size, m.hexdigest())
print(hmac.digest(b'k' * 200, b'msg', 'sha256').hex())
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest('abc', 'abd'))
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 3).hex() if hasattr(hashlib, 'pbkdf2_hmac') else 'no pbkdf2')
