# The wait-status macros, waitpid without children (ChildProcessError), strerror texts
import os
for s in (0, 256, 9, 0x137f, 0xffff, 0x8b):
    print(s, os.WIFEXITED(s), os.WEXITSTATUS(s), os.WIFSIGNALED(s), os.WTERMSIG(s), os.WIFSTOPPED(s), os.WSTOPSIG(s), os.WIFCONTINUED(s), os.WCOREDUMP(s))
try:
    os.waitpid(-1, os.WNOHANG)
except ChildProcessError as e:
    print("ChildProcessError", e)
import os
print([os.strerror(n) for n in (3, 10, 23, 38, 111)])
