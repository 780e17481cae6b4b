# _contextvars and the hash modules (_md5, _sha1, _sha256, _sha512, _sha3)
import contextvars
import _md5, _sha1, _sha256, _sha512, _sha3

v = contextvars.ContextVar("v", default=1)
w = contextvars.ContextVar("w")
print(v.name, v.get(), w.get("none"))
t = v.set(5)
print(v.get(), t.var is v, t.old_value is contextvars.Token.MISSING)
ctx = contextvars.copy_context()
print(ctx[v], v in ctx, w in ctx, len(ctx), list(ctx.keys()) == [v])
def inside(x):
    v.set(x)
    return v.get()
print(ctx.run(inside, 9), v.get(), ctx[v])
v.reset(t)
print(v.get())
try:
    w.get()
except LookupError:
    print("LookupError")
try:
    v.reset(t)
except RuntimeError as e:
    print("RuntimeError", "used" in str(e))
d = contextvars.Context()
print(len(d), d.get(v, "default"))
print(contextvars.ContextVar[int])

for mod, name in [(_md5, "md5"), (_sha1, "sha1"), (_sha256, "sha224"), (_sha256, "sha256"), (_sha512, "sha384"),
                  (_sha512, "sha512"), (_sha3, "sha3_256")]:
    h = getattr(mod, name)(b"hello")
    c = h.copy()
    h.update(b" world")
    print(h.name, h.digest_size, h.block_size, h.hexdigest()[:32], c.hexdigest()[:16], len(h.digest()))
try:
    _md5.md5("text")
except TypeError as e:
    print("TypeError", e)
