#!/usr/bin/env python3
"""Memory of code: the bytes our code units hold for the whole CPython 3.11 standard library, next to
CPython's len(marshal.dumps(compile(source, path, "exec"))) of the same modules.

    python3 tools/bench/code_size.py [--java 'java OPTS'] [--cp CLASSPATH] [--top N]

Files as in compile_stdlib.py (stdlib .py files, site-packages excluded, files CPython rejects
excluded; files our compiler fails on are excluded from both totals and listed).

Our side (org.pyston.compiler.CompileBenchMain --size) counts, per module, every object reachable
from the module's code unit that belongs to the code: CodeUnit objects, their byte[] code (which
holds the instructions, then the block starts, exception table and line table, reported as parts),
Object[] constants, String[] names / local / cell /
free names, the strings (names, qualified-name prefixes, filename, string constants), numbers, tuples, bytes, and
nested code units (with their PyCode wrapper) once each. The model is a 64-bit HotSpot with
compressed oops and class pointers: an object is a 12-byte header plus its fields (references 4
bytes), an array a 16-byte header plus its payload, both rounded up to 8; a String is its object
plus its byte[] (1 byte a char if all chars are Latin-1, else 2). Shared objects count once per
module (marshal shares within a module too); JVM-wide singletons (None, Ellipsis, True/False,
Long.valueOf's cached -128..127) count 0. The Profile each nested code object gets at compile time is
execution state, shown beside the total, not in it.

Qualified names: a code unit stores the prefix before its name (one string per scope) and makes
co_qualname when it is read; a function object made from it holds no qualified name either until
__qualname__ is assigned (PyFunction.qualname()), so after loading no such strings exist and the
prefixes are what is counted.

Interned identifiers, the one rule that crosses modules: CodeUnit interns its name, its names /
local / cell / free names and its identifier-like string constants (CodeUnit.internsConstant), so
the JVM holds one String per distinct identifier however many modules use it (the walker checks
each is the String.intern() instance). The headline figure counts each distinct interned
identifier once for the whole run, which is what one process that loads the whole stdlib holds;
the per-module figure (each module counting its identifiers, as before) is printed beside it.
Every other string counts once per module. (CPython interns identifiers too; marshal writes each
once per module.)

CPython's side is the marshal format (what a .pyc holds after its 16-byte header). Its live code
objects in memory are larger; marshal is the compact, serialized measure. Note that CPython 3.11's
co_code includes the inline-cache entries and its line table holds column positions too.
"""
import argparse
import marshal
import statistics
import sys
import types
import warnings

import stdlib_bench


def cpython_parts(code, parts):
    parts["co_code"] += len(code.co_code)
    parts["co_linetable"] += len(code.co_linetable)
    parts["co_exceptiontable"] += len(code.co_exceptiontable)
    parts["code objects"] += 1
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            cpython_parts(c, parts)


SMALL_INTS = range(-5, 257)


def cpython_heap(code, seen):
    """Bytes of CPython's live code objects (sys.getsizeof, which includes the inline bytecode), with
    everything they hold, each object once per module (`seen`); CPython's own singletons (None,
    booleans, Ellipsis, small ints, the empty tuple, bytes and str, one-character Latin-1 strings)
    count 0, as ours."""
    def obj(o):
        if (o is None or o is Ellipsis or isinstance(o, bool) or (type(o) is int and o in SMALL_INTS)
                or (type(o) in (tuple, bytes, str, frozenset) and len(o) == 0)
                or (type(o) is str and len(o) == 1 and ord(o) < 256) or id(o) in seen):
            return 0
        seen[id(o)] = o
        n = sys.getsizeof(o)
        if isinstance(o, types.CodeType):
            n += cpython_heap(o, seen)
        elif isinstance(o, (tuple, frozenset)):
            n += sum(obj(x) for x in o)
        return n

    n = 0
    for o in (code.co_consts, code.co_names, code.co_filename, code.co_name, code.co_qualname, code.co_linetable,
              code.co_exceptiontable):
        n += obj(o)
    # co_localsplusnames (a tuple) and co_localspluskinds (bytes) are not attributes: the tuple's
    # size is computed, its strings (shared with co_varnames, co_cellvars, co_freevars) counted.
    names = dict.fromkeys(code.co_varnames + code.co_cellvars + code.co_freevars)
    if names:
        n += sys.getsizeof(tuple(names)) + sys.getsizeof(bytes(len(names)))
        n += sum(obj(x) for x in names)
    return n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--top", type=int, default=5, help="list the N modules with the largest ratio ours / CPython")
    stdlib_bench.add_java_arguments(ap)
    args = ap.parse_args()
    warnings.simplefilter("ignore", SyntaxWarning)  # a few test files
    paths, sources, rejected = stdlib_bench.stdlib_sources(args.lib)
    rows = stdlib_bench.run_java(args, paths, ["--size"])
    ours = {r[1]: int(r[2]) for r in rows if r[0] == "size"}
    units = {r[1]: int(r[3]) for r in rows if r[0] == "size"}
    interned = {r[1]: int(r[5]) for r in rows if r[0] == "size"}
    shared = {r[1]: int(r[2]) for r in rows if r[0] == "shared_identifiers"}
    complete = {r[1] for r in rows if r[0] == "size" and r[4] == "0"}
    fails = [r[1] for r in rows if r[0] == "fail"]
    marshalled, heap, parts = {}, {}, {}
    for path, source in zip(paths, sources):
        if path in ours:
            code = compile(source, path, "exec", dont_inherit=True)
            heap[path] = sys.getsizeof(code) + cpython_heap(code, {id(code): code})  # before co_code is made
            marshalled[path] = len(marshal.dumps(code))
            parts[path] = dict.fromkeys(("co_code", "co_linetable", "co_exceptiontable", "code objects"), 0)
            cpython_parts(code, parts[path])
    print("stdlib %s: %d modules (%d files rejected by CPython, %d our compiler fails on: excluded)"
          % (args.lib, len(ours), len(rejected), len(fails)))
    for p in fails:
        print("  fails: " + p)

    def totals(title, modules, shared_identifiers):
        size = sum(len(s) for p, s in zip(paths, sources) if p in modules)
        per_module, m, h = (sum(d[p] for p in modules) for d in (ours, marshalled, heap))
        o = per_module - sum(interned[p] for p in modules) + shared_identifiers
        print("\n%s: %d modules, %.1f MB of source" % (title, len(modules), size / 1e6))
        print("  CPython marshal.dumps(code) %11d bytes (%6.2f MB)   ours / CPython %.2f   [target: < 1]"
              % (m, m / 1e6, o / m))
        print("  CPython code in memory      %11d bytes (%6.2f MB)   ours / CPython %.2f" % (h, h / 1e6, o / h))
        print("  Pyston code units (heap)    %11d bytes (%6.2f MB), %d code units vs CPython's %d code objects"
              % (o, o / 1e6, sum(units[p] for p in modules), sum(parts[p]["code objects"] for p in modules)))
        print("    identifiers once per process (interned): %d bytes; counted once per module instead: %d bytes "
              "(%.2f MB, ours / marshal %.2f)" % (shared_identifiers, per_module, per_module / 1e6, per_module / m))
        return per_module

    total = totals("modules compiled completely (no construct compiled to UNSUPPORTED)", complete, shared["complete"])
    print("   of which (identifiers counted per module):")
    for r in rows:
        if r[0] == "part":
            print("   %-20s %11d  %5.1f%%" % (r[1], int(r[2]), 100.0 * int(r[2]) / total))
    extra = {r[0]: int(r[1]) for r in rows if r[0] in ("profiles", "duplicate_strings")}
    print("   (beside the total: profiles of nested code objects %d bytes; equal strings held twice or more "
          "within a module: %d of the strings' bytes)" % (extra["profiles"], extra["duplicate_strings"]))
    print("   CPython's parts (summed over code objects): co_code %d, co_linetable %d, co_exceptiontable %d" % tuple(
        sum(parts[p][k] for p in complete) for k in ("co_code", "co_linetable", "co_exceptiontable")))
    ratios = sorted((ours[p] / marshalled[p], p) for p in complete)
    print("   per module ours / marshal: median %.2f, min %.2f, max %.2f; largest:" % (
        statistics.median(r for r, _ in ratios), ratios[0][0], ratios[-1][0]))
    for r, p in ratios[::-1][:args.top]:
        print("   %.2f  %s (%d vs %d bytes)" % (r, p[len(args.lib) + 1:], ours[p], marshalled[p]))
    totals("all modules (also those with async functions, complex literals, except*: compiled to UNSUPPORTED, so "
           "ours is too small there)", set(ours), shared["all"])


if __name__ == "__main__":
    main()
