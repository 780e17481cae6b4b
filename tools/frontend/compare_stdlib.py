#!/usr/bin/env python3
"""Front end vs CPython on the whole standard library: `--dump-ast` against CPython's ast.dump.

    python3 tools/frontend/compare_stdlib.py [--limit N] [--show K] [-- COMMAND...]

COMMAND defaults to `./pyston --dump-ast`; it gets every file on one command line (one process,
in batches of 400) and must print one line per file: CPython's
`ast.dump(ast.parse(src, filename), include_attributes=True)`, or `SyntaxError <lineno> <msg>`.
CPython's side is computed here, in this run, with the running python3. Prints the first K
differences and `N identical, M differ`, plus parse times of both sides.
"""
import ast
import os
import subprocess
import sys
import sysconfig
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def stdlib_files():
    lib = sysconfig.get_paths()["stdlib"]
    out = []
    for dirpath, dirnames, filenames in os.walk(lib):
        dirnames[:] = sorted(d for d in dirnames if d != "site-packages")
        out.extend(os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py"))
    return out


def cpython_line(path):
    with open(path, "rb") as f:
        src = f.read()
    try:
        return ast.dump(ast.parse(src, path), include_attributes=True)
    except SyntaxError as e:
        return "SyntaxError %s %s" % (e.lineno, e.msg)
    except (ValueError, UnicodeDecodeError) as e:
        return "SyntaxError 0 %s" % e


def main():
    args = sys.argv[1:]
    limit, show = None, 10
    cmd = [os.path.join(ROOT, "pyston"), "--dump-ast"]
    while args:
        a = args.pop(0)
        if a == "--limit":
            limit = int(args.pop(0))
        elif a == "--show":
            show = int(args.pop(0))
        elif a == "--":
            cmd = args
            break
    files = stdlib_files()
    if limit:
        files = files[:limit]
    t0 = time.perf_counter()
    want = [cpython_line(f) for f in files]
    t_cpython = time.perf_counter() - t0
    got = []
    t0 = time.perf_counter()
    for i in range(0, len(files), 400):
        batch = files[i:i + 400]
        p = subprocess.run(cmd + batch, capture_output=True, text=True, errors="replace")
        lines = p.stdout.split("\n")
        if len(lines) < len(batch):
            lines += ["<no output: %s>" % p.stderr.strip()[-200:]] * (len(batch) - len(lines))
        got.extend(lines[:len(batch)])
    t_ours = time.perf_counter() - t0
    same = 0
    shown = 0
    for f, g, w in zip(files, got, want):
        if g == w:
            same += 1
        elif shown < show:
            shown += 1
            k = next((i for i in range(min(len(g), len(w))) if g[i] != w[i]), min(len(g), len(w)))
            print("DIFF %s\n  ours:    %s\n  cpython: %s" % (f, g[max(0, k - 80):k + 80], w[max(0, k - 80):k + 80]))
    print("CPython ast.parse+dump: %.1f s; ours (processes incl. JVM start and dump): %.1f s" % (t_cpython, t_ours))
    print("%d identical, %d differ" % (same, len(files) - same))


if __name__ == "__main__":
    main()
