#!/usr/bin/env python3
"""Startup: wall time and max RSS of `./pyston -c CODE` next to `python3 -c CODE`, in one run.

    python3 tools/bench/startup.py [--runs N] [--code 'pass'] [-- EXTRA PYSTON ARGS]

Runs are interleaved (pyston, python3, pyston, ...) so machine noise hits both alike; medians are
reported. Max RSS comes from wait4()'s rusage of each child process (children of ./pyston's exec
included, since the script execs java).
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def measure(cmd):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, rusage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{' '.join(cmd)} exited {code}: {err.strip()}")
    return wall, rusage.ru_maxrss / 1024.0  # KiB -> MiB


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--code", default="pass")
    ap.add_argument("extra", nargs="*", help="extra ./pyston arguments before -c")
    args = ap.parse_args()
    pyston = [os.path.join(ROOT, "pyston")] + args.extra + ["-c", args.code]
    python = ["python3", "-c", args.code]
    measure(pyston)  # builds if needed and writes the class-data archive
    measure(pyston)
    results = {"pyston": [], "python3": []}
    for _ in range(args.runs):
        results["pyston"].append(measure(pyston))
        results["python3"].append(measure(python))
    print(f"startup, {args.runs} interleaved runs each, code {args.code!r}")
    print(f"{'':10} {'median wall':>12} {'min wall':>10} {'median maxRSS':>14}")
    for name, rows in results.items():
        walls = [w for w, _ in rows]
        rss = [r for _, r in rows]
        print(f"{name:10} {statistics.median(walls):11.3f}s {min(walls):9.3f}s {statistics.median(rss):11.1f} MiB")
    ratio = statistics.median(w for w, _ in results["pyston"]) / statistics.median(w for w, _ in results["python3"])
    print(f"pyston/python3 median wall ratio: {ratio:.2f}")


if __name__ == "__main__":
    main()
