import os
fn = "/tmp/chowntest"
open(fn, "w").close()
st = os.stat(fn)
os.chown(fn, st.st_uid, st.st_gid)
os.chown(fn, -1, -1)
os.lchown(fn, st.st_uid, -1)
print(os.stat(fn).st_uid == st.st_uid, os.stat(fn).st_gid == st.st_gid)
try:
    os.chown("/tmp/definitely/missing", 0, 0)
except FileNotFoundError as e:
    print(e)
os.unlink(fn)
