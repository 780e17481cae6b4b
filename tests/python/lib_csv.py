# csv on the native _csv: reader and writer state machines, dialects and their checks,
# register_dialect, DictReader/DictWriter, Sniffer, field_size_limit, CPython's messages.
import csv
import io


def show(label, f):
    try:
        print(label, '->', repr(f()))
    except (csv.Error, TypeError, ValueError) as e:
        print(label, '!!', type(e).__name__, e)


def write(rows, **kw):
    s = io.StringIO()
    w = csv.writer(s, **kw)
    for r in rows:
        w.writerow(r)
    return s.getvalue()


def read(text, **kw):
    return list(csv.reader(io.StringIO(text, newline=''), **kw))


print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)
print(sorted(csv.list_dialects()), issubclass(csv.Error, Exception), csv.Error.__module__)

# --- writer
rows = [[1, 'a,b', 'c"d', None, 2.5, 1e100, 0.1, True], ['line\nbreak', 'cr\rx', ' lead', ''], [], [''],
        ['x', ''], ['', ''], ['é', '€', '😀']]
show('minimal', lambda: write(rows))
show('all', lambda: write(rows, quoting=csv.QUOTE_ALL))
show('nonnumeric', lambda: write(rows, quoting=csv.QUOTE_NONNUMERIC))
show('none escape', lambda: write([['a,b', 'c"d', 'e\\f']], quoting=csv.QUOTE_NONE, escapechar='\\'))
show('none no escape', lambda: write([['a,b']], quoting=csv.QUOTE_NONE))
show('none empty', lambda: write([['']], quoting=csv.QUOTE_NONE))
show('no doublequote', lambda: write([['c"d']], doublequote=False, escapechar='\\'))
show('no doublequote no escape', lambda: write([['c"d']], doublequote=False))
show('escapechar minimal', lambda: write([['a\\b', 'c,d']], escapechar='\\'))
show('tab', lambda: write([['a\tb', 'c d']], dialect='excel-tab'))
show('unix', lambda: write([['a', 1]], dialect='unix'))
show('lineterminator', lambda: write([['a', 'b\nc', 'd\re']], lineterminator='\n'))
show('semicolon', lambda: write([['a;b', 'c,d']], delimiter=';', quotechar="'"))
show('iterables', lambda: write([('t', 'u'), iter([1, 2]), range(3), 'str']))
show('not iterable', lambda: write([5]))
show('writerows', lambda: (lambda s: (csv.writer(s).writerows([[1], [2, 3]]), s.getvalue()))(io.StringIO()))
show('no write', lambda: csv.writer(5))

# --- reader
show('simple', lambda: read('a,b,c\r\n1,2,3\n'))
show('quoted', lambda: read('"a,b","c""d",e\n"multi\nline",x\n'))
show('empty lines', lambda: read('\n\na\n\n'))
show('empty fields', lambda: read(',,\n"",x\n'))
show('cr only', lambda: read('a,b\rc,d\r'))
show('spaces', lambda: read('a, b,  "c"\n', skipinitialspace=True))
show('no skip', lambda: read('a, "b"\n'))
show('escape', lambda: read('a\\,b,c\\\nd\n', escapechar='\\'))
show('escape quoted', lambda: read('"a\\"b",c\n', escapechar='\\'))
show('quote none', lambda: read('"a",b\n', quoting=csv.QUOTE_NONE))
show('nonnumeric', lambda: read('1,"2",3.5,x\n', quoting=csv.QUOTE_NONNUMERIC))
show('nonnumeric ok', lambda: read('1,"2",3.5\n', quoting=csv.QUOTE_NONNUMERIC))
show('text after quote', lambda: read('"ab"cd,e\n'))
show('strict text after quote', lambda: read('"ab"cd,e\n', strict=True))
show('unterminated', lambda: read('"abc\n'))
show('unterminated strict', lambda: read('"abc', strict=True))
show('trailing field', lambda: read('a,b'))
show('newline in unquoted', lambda: list(csv.reader(['a\rb,c\n'])))
show('bytes lines', lambda: list(csv.reader([b'a,b'])))
show('nul', lambda: read('a\0b,c\n'))
show('doublequote off', lambda: read('"a""b"\n', doublequote=False))
r = csv.reader(io.StringIO('a\n"b\nc"\nd\n', newline=''))
print([(row, r.line_num) for row in r], type(r.dialect).__name__, r.dialect.delimiter)

# --- dialects
d = csv.get_dialect('excel')
print(type(d).__name__, repr(d.delimiter), d.doublequote, d.escapechar, repr(d.lineterminator), d.quotechar,
      d.quoting, d.skipinitialspace, d.strict)
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(write([['a', 'b']], dialect='pipes'), read('x|y\n', dialect='pipes'), 'pipes' in csv.list_dialects())
csv.register_dialect('derived', 'pipes', delimiter=':')
print(csv.get_dialect('derived').delimiter, csv.get_dialect('derived').quoting)


class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL


csv.register_dialect('semi', Semi)
print(repr(write([["it's", 'x;y']], dialect='semi')), read("'a;b';c\n", dialect=Semi))
csv.unregister_dialect('semi')
show('unknown dialect', lambda: csv.get_dialect('semi'))
show('unregister unknown', lambda: csv.unregister_dialect('semi'))
show('name not str', lambda: csv.register_dialect(5))
for kw in [{'delimiter': ''}, {'delimiter': 'ab'}, {'delimiter': 5}, {'delimiter': None}, {'quotechar': 'ab'},
           {'quotechar': 5}, {'quotechar': None}, {'quotechar': None, 'quoting': csv.QUOTE_ALL},
           {'escapechar': 'xy'}, {'quoting': 7}, {'quoting': 'x'}, {'lineterminator': 5},
           {'lineterminator': None}, {'bogus': 1}]:
    show('dialect %s' % sorted(kw.items()), lambda: (lambda w: (w.dialect.delimiter, w.dialect.quoting))(
        csv.writer(io.StringIO(), **kw)))


class Bad(csv.Dialect):
    delimiter = ''
    quotechar = '"'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL


show('bad class dialect', lambda: Bad())

# --- DictReader / DictWriter
text = 'name,age\r\nann,30\r\nbob,\r\ncy,4,extra\r\n'
for row in csv.DictReader(io.StringIO(text, newline='')):
    print(row)
print(list(csv.DictReader(io.StringIO('a,b\n1\n'), restval='?')))
print(list(csv.DictReader(io.StringIO('1,2\n'), fieldnames=['x', 'y'])))
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=['name', 'age'], restval='-')
w.writeheader()
w.writerow({'name': 'ann', 'age': 30})
w.writerows([{'name': 'b,c'}, {'age': 1}])
print(repr(out.getvalue()))
show('extra key', lambda: csv.DictWriter(io.StringIO(), ['a']).writerow({'a': 1, 'b': 2}))
show('bad extrasaction', lambda: csv.DictWriter(io.StringIO(), ['a'], extrasaction='x'))
print(repr((lambda s: (csv.DictWriter(s, ['a'], extrasaction='ignore').writerow({'a': 1, 'b': 2}), s.getvalue())[1])(
    io.StringIO())))

# --- Sniffer
sample = 'a;b;c\n1;2;3\n4;5;6\n'
sn = csv.Sniffer()
dia = sn.sniff(sample)
print(repr(dia.delimiter), dia.quotechar, sn.has_header('name,age\nann,30\nbob,41\n'))

# --- field_size_limit
old = csv.field_size_limit()
print(old, csv.field_size_limit(5), csv.field_size_limit())
show('too long', lambda: read('abcdef\n'))
show('quoted too long', lambda: read('"abcdef"\n'))
show('limit ok', lambda: read('abcde\n'))
show('limit type', lambda: csv.field_size_limit('x'))
show('limit args', lambda: csv.field_size_limit(1, 2))
csv.field_size_limit(old)
print(csv.field_size_limit())
