#!/usr/bin/env python3
"""Startup: wall time, CPU time and max RSS of `./pyston` next to `python3`, in one run.

    python3 tools/bench/startup.py [--runs N] [--code 'pass'] [-- EXTRA PYSTON ARGS]
    python3 tools/bench/startup.py --suite [--runs N] [--baseline OTHER_CHECKOUT] [--no-python]

The first form times `./pyston EXTRA -c CODE` and `python3 -c CODE`. `--suite` times the start-up
commands of issue 5 instead (imports with and without the JIT, `pass` with and without site);
`--baseline` adds another checkout's (or copied build's) `pyston` script, so a change is measured
right next to what it changes, under the same machine load.

Runs are interleaved (pyston, baseline, python3, pyston, ...) so machine noise hits all alike;
medians are reported. CPU is user + system time of the process tree (the JVM's compiler and GC
threads included): on a loaded machine it is steadier than wall time. Max RSS comes from
wait4()'s rusage of each child process (children of ./pyston's exec included, since the script
execs java). Each pyston is run twice first: a build, the class-data archive and the framework
storage are made by the first runs after a build.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

IMPORTS = "import json, re, collections"
# issue 5's start-up commands: (pyston arguments, the python3 arguments that do the same)
SUITE = [
    (["-c", IMPORTS], ["-c", IMPORTS]),
    (["-X", "tiers=interp", "-c", IMPORTS], ["-c", IMPORTS]),
    (["-X", "tiers=interp", "-c", "pass"], ["-c", "pass"]),
    (["-S", "-X", "tiers=interp", "-c", "pass"], ["-S", "-c", "pass"]),
    (["-c", "pass"], ["-c", "pass"]),
]


def measure(cmd, env=None):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env=env)
    _, status, rusage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{' '.join(cmd)} exited {code}: {err.strip()}")
    return wall, rusage.ru_utime + rusage.ru_stime, rusage.ru_maxrss / 1024.0  # KiB -> MiB


def run_interleaved(commands, runs):
    """commands: [(label, argv, env)]; returns {label: [(wall, cpu, rss)]}."""
    results = {label: [] for label, _, _ in commands}
    for _ in range(runs):
        for label, cmd, env in commands:
            results[label].append(measure(cmd, env))
    return results


def report(title, results):
    print(title)
    print(f"  {'':24} {'median wall':>12} {'min wall':>10} {'median cpu':>11} {'min cpu':>9} {'median maxRSS':>14}")
    for label, rows in results.items():
        walls = [r[0] for r in rows]
        cpus = [r[1] for r in rows]
        rss = [r[2] for r in rows]
        print(f"  {label:24} {statistics.median(walls):11.3f}s {min(walls):9.3f}s {statistics.median(cpus):10.3f}s"
              f" {min(cpus):8.3f}s {statistics.median(rss):10.1f} MiB")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=None, help="interleaved runs of each command (15; 5 with --suite)")
    ap.add_argument("--code", default="pass")
    ap.add_argument("--suite", action="store_true", help="issue 5's five start-up commands")
    ap.add_argument("--baseline", metavar="CHECKOUT", help="another checkout whose ./pyston to run alongside")
    ap.add_argument("--no-python", action="store_true", help="leave python3 out")
    ap.add_argument("extra", nargs="*", help="extra ./pyston arguments before -c")
    args = ap.parse_args()
    runs = args.runs if args.runs is not None else (5 if args.suite else 15)
    pystons = [("pyston", os.path.join(ROOT, "pyston"))]
    if args.baseline:
        pystons.append(("baseline", os.path.join(os.path.abspath(args.baseline), "pyston")))
    if args.suite:
        cases = SUITE
    else:
        cases = [(args.extra + ["-c", args.code], ["-c", args.code])]
    for pyston_args, python_args in cases:
        commands = []
        for label, script in pystons:
            # a baseline may be a copied build without sources: never let it build
            env = dict(os.environ, PYSTON_NO_BUILD="1") if label == "baseline" else None
            commands.append((label, [script] + pyston_args, env))
            measure([script] + pyston_args, env)  # builds if needed, writes the class-data archive
            measure([script] + pyston_args, env)
        if not args.no_python:
            commands.append(("python3", ["python3"] + python_args, None))
        results = run_interleaved(commands, runs)
        report(f"pyston {' '.join(pyston_args)}  ({runs} interleaved runs each)", results)
        if not args.no_python:
            ratio = (statistics.median(r[0] for r in results["pyston"])
                     / statistics.median(r[0] for r in results["python3"]))
            print(f"  pyston/python3 median wall ratio: {ratio:.2f}")


if __name__ == "__main__":
    main()
