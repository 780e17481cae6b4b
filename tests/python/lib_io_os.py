# os-level descriptors and io's file objects share one descriptor table.
import io
import os

P = '/tmp/pyston_lib_io_os.txt'
D = '/tmp/pyston_lib_io_os_dir'

fd = os.open(P, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
print(os.write(fd, b'os bytes\n'))
os.close(fd)
with open(P) as f:
    print(repr(f.read()), os.fstat(f.fileno()).st_size)
    print(os.lseek(f.fileno(), 0, os.SEEK_SET), repr(os.read(f.fileno(), 2)))
with open(P, 'ab') as f:
    os.write(f.fileno(), b'written through fileno\n')
    f.write(b'buffered\n')
print(open(P, 'rb').read())
fd = os.open(P, os.O_RDONLY)
with open(fd, 'rb') as f:
    print(f.name == fd, f.readline(), f.raw.closefd)
try:
    os.close(fd)
except OSError as e:
    print('closed by its file object:', e.errno, e.strerror)
fd = os.open(P, os.O_RDWR | os.O_APPEND)
raw = io.FileIO(fd, 'r+', closefd=False)
print(raw.mode, raw.read(3), os.write(fd, b'appended\n'))
raw.close()
print(os.read(fd, 100), os.lseek(fd, 0, os.SEEK_END) == os.fstat(fd).st_size)
os.close(fd)
try:
    os.write(fd, b'x')
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    io.FileIO(fd)
except OSError as e:
    print(type(e).__name__, e)
try:
    os.mkdir(D)
except FileExistsError:
    pass
dfd = os.open(D, os.O_RDONLY)
print(os.path.isdir(D), dfd > 2)
try:
    io.FileIO(dfd, closefd=False)
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.read(dfd, 1)
except OSError as e:
    print(type(e).__name__, e.errno)
os.close(dfd)
for flags in (os.O_WRONLY, os.O_RDWR | os.O_CREAT):
    try:
        os.open(D, flags)
    except OSError as e:
        print(type(e).__name__, e.errno)
try:
    os.open(D, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
except OSError as e:
    print(type(e).__name__, e.errno)
os.rmdir(D)
os.remove(P)
print(os.path.exists(P))
