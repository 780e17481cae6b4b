#!/usr/bin/env python3
"""CPython's own test suites on Pyston and on CPython, side by side, in one run.

    python3 tools/cpython_tests.py [--timeout S] [--pyston CMD] [--jobs N] [--logs DIR] [MODULE ...]
    (--pyston "java -Xss64m -cp OUT org.pyston.interp.internal.Harness": a dev build, interpreter only)

Runs `-m unittest -v test.MODULE` with ./pyston and with python3 (the CPython 3.11 whose Lib/ Pyston
uses), each module in its own process, and prints tests run / passed / failed / errors / skipped for
both, then the total of passed tests as a share of CPython's. Passed = run - failures - errors -
skipped - expected failures - unexpected successes, as unittest counts them. A module that cannot be
imported, times out or crashes is reported with its reason and counts as 0 passed for Pyston.
Without MODULE arguments the modules listed in issue 5 are run.
"""
import argparse
import concurrent.futures
import os
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

MODULES = """test_grammar test_int test_float test_list test_dict test_set test_tuple test_string test_unicode
test_generators test_exceptions test_class test_scope test_augassign test_bool test_compare test_contains
test_dictviews test_enumerate test_iter test_opcodes test_raise test_richcmp test_slice test_types test_with
test_keywordonlyarg test_unpack test_userdict test_userlist test_listcomps test_setcomps test_genexps
test_funcattrs test_descr test_super test_property test_format test_fstring test_long test_math
test_itertools test_functools test_collections test_json test_re test_dataclasses test_enum
test_string_literals test_syntax test_patma test_coroutines test_contextlib test_operator test_heapq
test_bisect test_copy test_sort test_range test_builtin test_decorators test_print test_pow
test_int_literal test_baseexception test_named_expressions test_positional_only_arg test_unpack_ex
test_textwrap test_argparse test_struct test_random test_statistics test_fractions test_decimal""".split()

RAN = re.compile(r"^Ran (\d+) tests? in ", re.M)
SUMMARY = re.compile(r"^(OK|FAILED)(?: \((.*)\))?\s*$", re.M)


class Result:
    def __init__(self, run=0, failures=0, errors=0, skipped=0, expected=0, unexpected=0, note="", seconds=0.0):
        self.run, self.failures, self.errors, self.skipped = run, failures, errors, skipped
        self.expected, self.unexpected, self.note, self.seconds = expected, unexpected, note, seconds

    @property
    def passed(self):
        return max(0, self.run - self.failures - self.errors - self.skipped - self.expected - self.unexpected)


def parse(output, returncode, seconds):
    ran = RAN.findall(output)
    summary = SUMMARY.findall(output)
    if not ran or not summary:
        last = [line for line in output.splitlines() if line.strip()][-1:] or ["no output"]
        return Result(note=f"exit {returncode}: {last[0][:100]}", seconds=seconds)
    result = Result(run=int(ran[-1]), seconds=seconds)
    fields = {"failures": "failures", "errors": "errors", "skipped": "skipped",
              "expected failures": "expected", "unexpected successes": "unexpected"}
    for item in filter(None, (summary[-1][1] or "").split(", ")):
        key, _, value = item.partition("=")
        setattr(result, fields[key], int(value))
    if "Failed to import test module" in output or re.search(r"ERROR: test_\w+ \(unittest\.loader\._FailedTest", output):
        result.note = "module does not load"
        lines = output.splitlines()
        for i, line in enumerate(lines):
            if re.match(r"^\w+(Error|Exception): ", line):
                result.note = "does not load: " + line[:100]
                break
    return result


def run_module(command, module, timeout, log=None):
    start = time.monotonic()
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    try:
        proc = subprocess.run(command + ["-m", "unittest", "-v", "test." + module], cwd="/tmp", env=env,
                              stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              timeout=timeout)
    except subprocess.TimeoutExpired as e:
        out = (e.output or b"").decode(errors="replace")
        if log:
            with open(log, "w") as f:
                f.write(out)
        seconds = time.monotonic() - start
        done = len(re.findall(r" \.\.\. (ok|FAIL|ERROR|skipped)", out))
        return Result(note=f"timeout after {timeout:.0f} s ({done} tests reported)", seconds=seconds)
    out = proc.stdout.decode(errors="replace")
    if log:
        with open(log, "w") as f:
            f.write(out)
    return parse(out, proc.returncode, time.monotonic() - start)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("modules", nargs="*", default=MODULES)
    ap.add_argument("--timeout", type=float, default=600)
    ap.add_argument("--pyston", default=os.path.join(ROOT, "pyston"), help="command that runs Pyston")
    ap.add_argument("--python", default="python3", help="command that runs CPython 3.11")
    ap.add_argument("--jobs", type=int, default=1, help="modules run at the same time")
    ap.add_argument("--logs", help="folder to keep each run's output in (MODULE.cpython.txt, MODULE.pyston.txt)")
    args = ap.parse_args()
    pyston, python = args.pyston.split(), args.python.split()
    if args.pyston == ap.get_default("pyston"):
        subprocess.run(pyston + ["-c", "pass"], check=True)  # builds if needed, outside the timed runs

    if args.logs:
        os.makedirs(args.logs, exist_ok=True)

    def log(module, side):
        return os.path.join(args.logs, f"{module}.{side}.txt") if args.logs else None

    def both(module):
        return (module, run_module(python, module, args.timeout, log(module, "cpython")),
                run_module(pyston, module, args.timeout, log(module, "pyston")))

    header = (f"{'module':26} {'CPython run/pass/fail/err/skip':>31}   {'Pyston run/pass/fail/err/skip':>31}"
              f" {'pass %':>7} {'secs':>6}  note")
    print(header)
    print("-" * len(header))
    total_cpython = total_pyston = 0
    loading = 0
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for module, cp, py in pool.map(both, args.modules):
            total_cpython += cp.passed
            total_pyston += min(py.passed, cp.passed) if cp.passed else py.passed
            loading += 1 if py.run and not py.note.startswith(("does not load", "module does not load")) else 0
            share = f"{100.0 * py.passed / cp.passed:6.1f}%" if cp.passed else "     -"
            cols = lambda r: f"{r.run:5}/{r.passed:5}/{r.failures:4}/{r.errors:4}/{r.skipped:4}"
            print(f"{module:26} {cols(cp):>31}   {cols(py):>31} {share:>7} {py.seconds:6.1f}  {py.note or cp.note}",
                  flush=True)
    print("-" * len(header))
    share = 100.0 * total_pyston / total_cpython if total_cpython else 0.0
    print(f"total: Pyston passes {total_pyston} of the {total_cpython} tests CPython passes ({share:.1f}%); "
          f"{loading} of {len(args.modules)} modules load and run")


if __name__ == "__main__":
    main()
