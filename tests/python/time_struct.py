# time: struct_time, gmtime, strftime (C locale), asctime, mktime round trip
import time
t = time.gmtime(1700000000.5)
print(t, t.tm_zone, t.tm_gmtoff, tuple(t))
print(time.strftime("%a %A %b %B %d %e %H %I %j %m %M %p %S %U %W %w %y %Y %C %D %F %R %T %x %X %c %% %z", t))
print(time.asctime(t), time.mktime(time.localtime(1700000000)) == 1700000000)
print(time.strftime("%Y", time.localtime()) == str(time.localtime().tm_year))
print(time.gmtime(0)[:6], time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)).tm_mday)
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0)]:
    try:
        time.strftime("%Y", bad)
    except ValueError as e:
        print("ValueError", e)
try:
    time.strftime("%Y", (1, 2))
except TypeError as e:
    print("TypeError", e)
