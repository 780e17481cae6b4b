# sys.stdout/sys.stderr are CPython's TextIOWrapper objects (made on first use), print() follows them
import io
import sys

print("before the program looks at sys.stdout")
sys.stdout.write("direct\n")
print(type(sys.stdout).__name__, sys.stdout.encoding, sys.stderr.errors)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdout.name, sys.stdout.mode,
      sys.stdout.fileno(), sys.stderr.fileno(), sys.stdout.writable(), sys.stdout.readable())
print(isinstance(sys.stdout, io.TextIOWrapper), isinstance(sys.stdout, io.TextIOBase), sys.stdout.closed)
sys.stdout.flush()
sys.stdout.buffer.write(b"bytes through the buffer\n")
sys.stdout.buffer.flush()
saved = sys.stdout
sys.stdout = io.StringIO()
print("captured", 1, 2, sep="-")
captured = sys.stdout.getvalue()
sys.stdout = saved
print(repr(captured))
sys.stdout = None
print("not printed: sys.stdout is None")
sys.stdout = saved
del sys.stdout
try:
    print("x")
except RuntimeError as e:
    sys.__stdout__.write("RuntimeError: " + str(e) + "\n")
sys.stdout = sys.__stdout__
sys.stderr.write("stderr escapes \udcff\n")
sys.stderr.flush()


def hook(kind, value, tb):
    print("excepthook:", kind.__name__, value, tb.tb_lineno)


sys.excepthook = hook
raise ValueError("reported by the hook")
