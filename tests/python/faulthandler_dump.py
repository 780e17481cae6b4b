import faulthandler, sys, tempfile, os
print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled(), faulthandler.disable(), faulthandler.is_enabled())
def inner(f, all_threads):
    faulthandler.dump_traceback(f, all_threads=all_threads)
def outer(f, all_threads):
    inner(f, all_threads)
with tempfile.TemporaryFile("w+") as f:
    f.write("before\n")
    outer(f, False)
    f.seek(0)
    print(f.read().replace(__file__, "FILE"))
with tempfile.TemporaryFile("w+") as f:
    outer(f, True)
    f.seek(0)
    lines = f.read().splitlines()
    print(lines[0].startswith("Current thread 0x"), lines[0].endswith("(most recent call first):"), len(lines))
