#!/usr/bin/env python3
"""Compile speed: the whole CPython 3.11 standard library, source to code, CPython's compile() next to
ours (parse, symbol table, code generation to CodeUnits), in one run.

    python3 tools/bench/compile_stdlib.py [--passes N] [--java 'java OPTS'] [--cp CLASSPATH]

Files: every .py under the stdlib, site-packages excluded; files CPython's compile() rejects (bad-syntax
test data) are excluded from both sides. CPython: compile(source_bytes, path, "exec") per file, first
pass and best of N passes. Ours: org.pyston.compiler.CompileBenchMain in one JVM on the same files:
the first pass (cold JVM: class loading, interpreter, JIT warm-up) and the best of N passes (warm).
Wall time and the compiling thread's CPU time are both reported: on a busy machine the CPU time is
the steadier figure (it leaves out the JVM's JIT and GC threads). Files our
compiler fails on and constructs it compiles to UNSUPPORTED (NotImplementedError when run) are listed.
"""
import argparse
import time
import warnings

import stdlib_bench


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--passes", type=int, default=5)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every file behind an unsupported construct")
    stdlib_bench.add_java_arguments(ap)
    args = ap.parse_args()
    warnings.simplefilter("ignore", SyntaxWarning)  # a few test files
    paths, sources, rejected = stdlib_bench.stdlib_sources(args.lib)
    size = sum(len(s) for s in sources)
    mb = size / 1e6
    print("stdlib %s: %d files, %.1f MB (%d more files rejected by CPython, excluded)"
          % (args.lib, len(paths), mb, len(rejected)))

    walls, cpus = [], []
    for _ in range(args.passes):
        c0, t0 = time.thread_time(), time.perf_counter()
        for path, source in zip(paths, sources):
            compile(source, path, "exec", dont_inherit=True)
        walls.append(time.perf_counter() - t0)
        cpus.append(time.thread_time() - c0)
    print("CPython compile(): first pass %.2f s, best of %d passes %.2f s (%.1f MB/s); CPU time: best %.2f s"
          % (walls[0], args.passes, min(walls), mb / min(walls), min(cpus)))

    rows = stdlib_bench.run_java(args, paths, ["--passes=%d" % args.passes])
    first_file = next(float(r[1]) for r in rows if r[0] == "first_file")
    our_walls = [float(r[2]) for r in rows if r[0] == "pass"]
    our_cpus = [float(r[3]) for r in rows if r[0] == "pass"]
    print("Pyston compiler:   first pass %.2f s, best of %d passes %.2f s (%.1f MB/s); CPU time: best %.2f s; "
          "first file alone %.2f s" % (our_walls[0], args.passes, min(our_walls), mb / min(our_walls), min(our_cpus),
                                       first_file))
    print("  our passes (wall s): " + " ".join("%.2f" % t for t in our_walls))
    print("throughput ours / CPython (CPython's best pass / ours): first pass %.2fx, warm %.2fx wall, %.2fx CPU   "
          "[target: >= 2x warm]" % (min(walls) / our_walls[0], min(walls) / min(our_walls), min(cpus) / min(our_cpus)))

    fails = [r for r in rows if r[0] == "fail"]
    print("\nfiles our compiler fails on: %d" % len(fails))
    for r in fails:
        print("  %s: %s  [%s]" % (r[1], r[2], r[3]))
    unsupported = [r for r in rows if r[0] == "unsupported"]
    files = set()
    for r in unsupported:
        files.update(r[4].split())
    print("\nconstructs compiled to UNSUPPORTED: %d files of %d" % (len(files), len(paths)))
    for r in sorted(unsupported, key=lambda r: -int(r[3])):
        shown = r[4].split()
        listed = " ".join(p[len(args.lib) + 1:] for p in (shown if args.verbose else shown[:3]))
        more = "" if args.verbose or len(shown) <= 3 else " ..."
        print("  %-60s %6s sites in %4s files: %s%s" % (r[1], r[2], r[3], listed, more))


if __name__ == "__main__":
    main()
