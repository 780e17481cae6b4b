# issue 5's module list: each imported with a small real use (output compared with CPython's)
import os, sys, io, re, json, collections, functools, itertools, operator
print(os.path.join("a", "b"), os.sep, os.path.splitext("x.tar.gz"), os.fspath("p") == "p")
print(sys.version_info[:2], sys.maxsize > 2**31, type(sys.flags).__name__)
buf = io.StringIO(); buf.write("line1\nline2\n"); buf.seek(0); print(buf.readlines())
print(re.findall(r"(\w)(\d+)", "a1 b22 c333"), re.sub(r"(?P<w>\w+)@", r"<\g<w>>", "me@ you@"))
print(json.dumps({"b": [1, 2.5, None, True], "a": "é"}, sort_keys=True), json.loads('{"x": [1, {"y": null}]}'))
c = collections.Counter("mississippi"); print(c.most_common(2), collections.OrderedDict(a=1), collections.deque(range(3), maxlen=2))
print(functools.reduce(operator.mul, range(1, 6)), functools.partial(int, base=2)("101"), functools.lru_cache()(lambda n: n * 2)(21))
print(list(itertools.accumulate([1, 2, 3])), list(itertools.permutations("ab")), list(itertools.islice(itertools.count(5, 2), 3)))
print(operator.itemgetter(1, 0)("xy"), operator.attrgetter("real")(3j), operator.methodcaller("upper")("q"))

import dataclasses, enum, typing, abc, contextlib, copy, pprint, textwrap, string, struct, math
@dataclasses.dataclass(order=True, frozen=True)
class Point:
    x: int
    y: int = 0
print(Point(1, 2), Point(1) < Point(2), dataclasses.asdict(Point(3, 4)), dataclasses.replace(Point(1, 2), y=5))
class Color(enum.Enum):
    RED = 1
    GREEN = enum.auto()
class Perm(enum.IntFlag):
    R = 4
    W = 2
print(Color.GREEN, Color(1).name, list(Color), Perm.R | Perm.W, repr(Perm(6)))
T = typing.TypeVar("T")
def first(xs: typing.List[T]) -> typing.Optional[T]:
    return xs[0] if xs else None
print(typing.get_type_hints(first), typing.Union[int, str], typing.Optional[int] == typing.Union[int, None])
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
try:
    Shape()
except TypeError as e:
    print(e)
@contextlib.contextmanager
def tag(name):
    print("<" + name + ">"); yield name; print("</" + name + ">")
with tag("b") as t, contextlib.suppress(KeyError):
    {}[t]
d = {"a": [1, [2]]}; d2 = copy.deepcopy(d); d2["a"][1].append(3); print(d, d2, copy.copy([1, 2]))
pprint.pprint({"k%d" % i: list(range(i)) for i in range(6)}, width=40)
print(textwrap.wrap("The quick brown fox jumps over the lazy dog", 15), textwrap.dedent("  a\n  b"))
print(string.Template("$who likes $what").substitute(who="tim", what="pie"), string.ascii_letters[:5], string.capwords("a b"))
print(struct.pack("<hIq", 1, 2, -3).hex(), struct.unpack(">d", struct.pack(">d", 1.5)), struct.calcsize("@iq"))
print(math.sqrt(2), math.factorial(20), math.gcd(12, 18), math.isclose(0.1 + 0.2, 0.3), math.comb(10, 3), math.inf)

import random, heapq, bisect, datetime, decimal, fractions, statistics, argparse
r = random.Random(42); print(r.random(), r.randint(1, 100), r.choice("abc"), r.sample(range(10), 3))
h = [5, 1, 4]; heapq.heapify(h); heapq.heappush(h, 0); print(h, heapq.nsmallest(2, [3, 1, 2]), [heapq.heappop(h) for _ in range(2)])
a = [1, 3, 5]; bisect.insort(a, 4); print(a, bisect.bisect_left(a, 3), bisect.bisect_right(a, 3))
dt = datetime.datetime(2024, 2, 29, 12, 30); print(dt + datetime.timedelta(days=1), dt.isoformat(), dt.strftime("%A %d %B %Y"), datetime.date(2024, 1, 1).weekday())
decimal.getcontext().prec = 30; print(decimal.Decimal(1) / decimal.Decimal(7), decimal.Decimal("1.10") + decimal.Decimal("2.205"), round(decimal.Decimal("2.675"), 2))
print(fractions.Fraction(3, 4) + fractions.Fraction(1, 6), fractions.Fraction("0.125"), fractions.Fraction(1.5).limit_denominator())
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.stdev([2, 4, 4, 4, 5, 5, 7, 9]))
p = argparse.ArgumentParser(prog="tool"); p.add_argument("--n", type=int, default=1); p.add_argument("files", nargs="*")
print(p.parse_args(["--n", "3", "a", "b"]))

import gc, logging, pathlib, tempfile, shutil, glob, fnmatch, traceback, inspect, unittest, weakref, types
log = logging.getLogger("smoke"); handler = logging.StreamHandler(sys.stdout); handler.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
log.addHandler(handler); log.setLevel(logging.INFO); log.info("hello %s", "log"); log.debug("hidden")
with tempfile.TemporaryDirectory() as tmp:
    base = pathlib.Path(tmp)
    (base / "sub").mkdir(); (base / "sub" / "f.txt").write_text("data"); (base / "g.py").write_text("x = 1\n")
    shutil.copy(base / "g.py", base / "sub" / "h.py")
    print(sorted(pathlib.Path(p).relative_to(tmp).as_posix() for p in glob.glob(os.path.join(tmp, "**", "*.*"), recursive=True)))
    print((base / "sub" / "f.txt").read_text(), sorted(x.name for x in base.iterdir()), (base / "g.py").suffix)
    shutil.rmtree(base / "sub"); print(os.path.exists(base / "sub"))
print(fnmatch.fnmatch("file.py", "*.py"), fnmatch.filter(["a.c", "b.h", "c.c"], "*.c"))
try:
    1 / 0
except ZeroDivisionError as e:
    print(traceback.format_exception_only(type(e), e), len(traceback.extract_tb(e.__traceback__)))
def sig(a, b=2, *args, c, **kw): pass
print(inspect.signature(sig), inspect.isfunction(sig), inspect.getsource(Shape.area).strip())
class T(unittest.TestCase):
    def test_ok(self): self.assertEqual(1 + 1, 2)
    def test_bad(self): self.assertIn(3, [1, 2])
res = unittest.TestResult(); unittest.defaultTestLoader.loadTestsFromTestCase(T).run(res); print(res.testsRun, len(res.failures))
class Node: pass
def node_ref():
    n = Node(); ref = weakref.ref(n); print(ref() is n); return ref
ref = node_ref(); gc.collect(); print(ref())  # no reference counts here: the object goes at a collection
print(types.SimpleNamespace(a=1), isinstance(len, types.BuiltinFunctionType), types.MappingProxyType({"k": 1})["k"])

import threading, time, hashlib, base64, zlib, csv, difflib, ast, tokenize, codecs, locale
out = []
ths = [threading.Thread(target=out.append, args=(i,)) for i in range(4)]
[t.start() for t in ths]; [t.join() for t in ths]; print(sorted(out), threading.current_thread().name)
print(time.gmtime(0).tm_year, time.strftime("%Y-%m-%d", time.gmtime(86400 * 365)), time.monotonic() > 0)
print(hashlib.sha256(b"abc").hexdigest()[:16], hashlib.md5(b"").hexdigest(), hashlib.blake2b(b"x", digest_size=8).hexdigest())
print(base64.b64encode(b"\x00\xffhi"), base64.b32decode(b"MFRGG==="), base64.urlsafe_b64encode(b"\xfb\xff"))
z = zlib.compress(b"abc" * 100); print(len(z) < 300, zlib.decompress(z)[:6], zlib.crc32(b"abc"), zlib.adler32(b"abc"))
s = io.StringIO(); w = csv.writer(s); w.writerow(["a", "b,c", 'd"e']); print(s.getvalue().strip(), list(csv.reader(['1,"2,3",4'])))
print(list(difflib.unified_diff(["a\n", "b\n"], ["a\n", "c\n"], lineterm="")), difflib.SequenceMatcher(None, "abcd", "bcde").ratio())
tree = ast.parse("x = 1 + 2 * y"); print(ast.dump(tree.body[0].value), ast.literal_eval("[1, (2, 'x')]"), ast.unparse(tree))
toks = list(tokenize.generate_tokens(io.StringIO("a = (1 +\n 2)\n").readline)); print([tokenize.tok_name[t.type] for t in toks][:6], len(toks))
print(codecs.encode("héllo", "utf-16-le")[:4], codecs.decode(b"68c3a9", "hex"), codecs.lookup("latin-1").name)
print(locale.setlocale(locale.LC_ALL, "C"), locale.localeconv()["decimal_point"], locale.getpreferredencoding(False) != "")
