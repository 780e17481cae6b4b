# %-format widths and precisions beyond an int: CPython's ValueError, not a crash
for fmt in ('%18446744073709551616d', '%.18446744073709551616d'):
    try:
        print(repr(fmt % 1))
    except ValueError as e:
        print('ValueError', e)
print(repr('%5d|%-5s|%.2f' % (42, 'ab', 3.14159)))
