#!/usr/bin/env python3
"""Parse throughput of the front end next to CPython's compile(), in one run, on the whole stdlib.

    python3 tools/frontend/parse_bench.py [--passes N]

CPython's side: compile(source, path, "exec", ast.PyCF_ONLY_AST) over every stdlib .py file (the
parser alone, as ours), best of N passes. Ours: ParseBenchMain in one JVM (first file, first pass,
best of N passes), from the built compiler bundle's classes.
"""
import ast
import glob
import os
import subprocess
import sys
import sysconfig
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    passes = 5
    if len(sys.argv) > 2 and sys.argv[1] == "--passes":
        passes = int(sys.argv[2])
    lib = sysconfig.get_paths()["stdlib"]
    files = []
    for dirpath, dirnames, filenames in os.walk(lib):
        dirnames[:] = sorted(d for d in dirnames if d != "site-packages")
        files.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py"))
    sources = [open(f, "rb").read() for f in files]
    size = sum(len(s) for s in sources)
    best = None
    for _ in range(passes):
        t0 = time.perf_counter()
        for f, s in zip(files, sources):
            try:
                compile(s, f, "exec", ast.PyCF_ONLY_AST)
            except (SyntaxError, ValueError):
                pass
        t = time.perf_counter() - t0
        best = t if best is None else min(best, t)
    print("CPython: %d files, %.1f MB, best of %d passes %.2f s (%.1f MB/s)" % (len(files), size / 1e6, passes, best,
                                                                             size / 1e6 / best))
    bundles = os.path.join(ROOT, "pyston.launcher", "target", "pyston", "bundles")
    cp = ":".join(glob.glob(os.path.join(bundles, "*.jar")))
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as lst:
        lst.write("\n".join(files))
    out = subprocess.run(["java", "-XX:+UseSerialGC", "-cp", cp, "org.pyston.compiler.parser.ParseBenchMain",
                          "--passes=%d" % passes, "@" + lst.name], capture_output=True, text=True)
    os.unlink(lst.name)
    print("Pyston front end:", out.stdout.strip().replace("\n", "; "), out.stderr.strip()[-300:])


if __name__ == "__main__":
    main()
