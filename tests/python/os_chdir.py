import os, tempfile, sys
start = os.getcwd()
d = tempfile.mkdtemp()
os.chdir(d)
print(os.getcwd() == os.path.realpath(d))
with open("rel.txt", "w") as f:
    f.write("hello")
print(os.listdir(), os.path.exists("rel.txt"), os.path.abspath("rel.txt") == os.path.join(os.path.realpath(d), "rel.txt"))
print(open(os.path.join(d, "rel.txt")).read(), os.stat("rel.txt").st_size)
os.mkdir("sub")
os.chdir("sub")
print(os.path.basename(os.getcwd()))
with open("mod_in_cwd.py", "w") as f:
    f.write("VALUE = 42\n")
sys.path.insert(0, "")
import mod_in_cwd
print(mod_in_cwd.VALUE)
os.chdir("..")
print([e.name for e in os.scandir() if e.is_dir()])
for bad in ["does-not-exist", "rel.txt"]:
    try:
        os.chdir(bad)
    except OSError as e:
        print(type(e).__name__, e.strerror)
os.chdir(start)
import shutil
shutil.rmtree(d)
print(os.path.exists(d))
