"""Shared by compile_stdlib.py and code_size.py: the stdlib files both sides compile, and the
command that runs the Java side (org.pyston.compiler.CompileBenchMain)."""
import glob
import os
import shlex
import subprocess
import sys
import sysconfig
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MAIN = "org.pyston.compiler.CompileBenchMain"


def add_java_arguments(parser):
    parser.add_argument("--java", default="java -XX:+UseSerialGC -Xss64m",
                        help="java command and JVM options (default: %(default)s)")
    parser.add_argument("--cp", help="class path of pyston.api, pyston.runtime and pyston.compiler (default: the "
                                     "launcher's bundles, else the modules' target/*.jar, as Maven builds them)")
    parser.add_argument("--lib", default=sysconfig.get_paths()["stdlib"], help="standard library (default: %(default)s)")


def default_class_path():
    """The launcher's bundles when the whole project is built, else each module's jar."""
    modules = ("pyston.api", "pyston.runtime", "pyston.compiler")
    bundles = os.path.join(ROOT, "pyston.launcher", "target", "pyston", "bundles")
    candidates = [glob.glob(os.path.join(bundles, m + "-*.jar")) for m in modules]
    if not all(candidates):
        candidates = [[j for j in glob.glob(os.path.join(ROOT, m, "target", m + "-*.jar"))
                       if not j.endswith(("-sources.jar", "-tests.jar"))] for m in modules]
    if not all(candidates):
        sys.exit("no built jars of %s found: run `mvn -B -DskipTests package` (or ./pyston once), or pass "
                 "--cp (e.g. a javac output directory)" % ", ".join(modules))
    return ":".join(sorted(c)[-1] for c in candidates)


def stdlib_sources(lib):
    """(paths, sources, rejected): every .py file of the stdlib (site-packages excluded) that CPython's
    compile() accepts, with its bytes; rejected lists the others (bad-syntax test data and the like)."""
    paths, sources, rejected = [], [], []
    for dirpath, dirnames, filenames in os.walk(lib):
        dirnames[:] = sorted(d for d in dirnames if d != "site-packages")
        for f in sorted(filenames):
            if not f.endswith(".py"):
                continue
            path = os.path.join(dirpath, f)
            with open(path, "rb") as fh:
                source = fh.read()
            try:
                compile(source, path, "exec", dont_inherit=True)
            except (SyntaxError, ValueError, UnicodeDecodeError, OverflowError, RecursionError, MemoryError):
                rejected.append(path)
                continue
            paths.append(path)
            sources.append(source)
    return paths, sources, rejected


def run_java(args, paths, options):
    """Runs CompileBenchMain on the files; returns its output lines split on tabs."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as lst:
        lst.write("\n".join(paths))
    try:
        cmd = shlex.split(args.java) + ["-cp", args.cp or default_class_path(), MAIN] + options + ["@" + lst.name]
        out = subprocess.run(cmd, capture_output=True, text=True)
    finally:
        os.unlink(lst.name)
    if out.returncode != 0:
        sys.exit("%s failed (exit %d):\n%s" % (" ".join(cmd[:3] + ["..."]), out.returncode, out.stderr[-3000:]))
    return [line.split("\t") for line in out.stdout.splitlines() if line]
