# start-up imports site (as CPython without -S): site-packages on sys.path, builtins it adds, sys.flags
import sys
print("site" in sys.modules, sys.flags.no_site, sys.flags.isolated, sys.flags.ignore_environment)
import site
print(callable(exit), callable(quit), type(exit).__name__, str(exit))
print(type(help).__name__, type(copyright).__name__, type(credits).__name__)
print(all(p in sys.path for p in site.getsitepackages() if __import__("os").path.isdir(p)))
print(site.ENABLE_USER_SITE in (True, False, None))
print(sys.flags.dont_write_bytecode in (0, 1), sys.flags.optimize, sys.flags.verbose)
