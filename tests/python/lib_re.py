# _sre: the matcher under re (groups, repeats greedy/lazy/possessive, assertions, backreferences, conditionals, flags, sub/split/findall/finditer, errors).
import re
print(re.match(r'(a+)(b)?', 'aaac').groups(), re.search(r'\d+', 'ab 123 cd').group())
print(re.findall(r'\w+', 'hello big world'), re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home x@y'))
print(re.split(r'[,;]\s*', 'a, b;c'), re.fullmatch(r'[a-z]+', 'abc'), re.fullmatch(r'[a-z]+', 'ab1'))
p = re.compile(r'(?P<first>\w+) (?P<last>\w+)')
m = p.match('Jane Doe')
print(m.groupdict(), m['last'], m.span('last'), m.lastgroup, repr(m), repr(p))
print(re.sub('a', lambda m: m.group().upper(), 'banana'), re.subn('x*', '-', 'abc'))
print([m.span() for m in re.finditer(r'\b\w', 'ab cd ef')], re.findall('(a)(b)?', 'abac'))
print(re.match(r'(?i)hello', 'HeLLo').group(), re.findall(r'^\w', 'a\nb\nc', re.M), re.search(r'.+', 'a\nb', re.S).group())
print(re.match(r'(a|ab)(c|bcd)(d*)', 'abcd').groups(), re.match(r'(?:ab)*c', 'ababc').group(), re.match(r'a*?b', 'aaab').group())
print(re.match(r'(\w)\1', 'aa'), re.match(r'(?=a)a', 'a'), re.match(r'(?!a)b', 'b'), re.search(r'(?<=a)b', 'ab').span())
print(re.match(r'(a)?(?(1)b|c)', 'ab').group(), re.match(r'(a)?(?(1)b|c)', 'c').group(), re.escape('a.b*c'))
print(re.match(r'x{2,3}', 'xxxx').group(), re.match(r'x{2,3}?', 'xxxx').group(), re.match('(?>a+)b', 'aab'), re.match('a++b', 'aab').group())
print(re.compile('[^\u00e9a-c]+').findall('abdé\u00e9xyz'), re.findall(r'[\u0100-\u0200]', '\u0150a\u0201'), re.findall('(?i)[é]', 'É'))
print(re.match(rb'\x00(\w+)', b'\x00abc').group(1), re.sub(b'b', b'X', b'abc'))
print(re.match('(a*)*b', 'aaab').groups(), re.match('(a|b)*c', 'ababc').group(1), re.match(r'(?:a|(b))+', 'ab').groups())
tests = [
    (r'(\d+)-(\d+)', '10-20 30-40'), (r'\s+', 'a  b\t\nc'), (r'[A-Z][a-z]*', 'Hello World Foo'),
    (r'(?x) a  b  # comment', 'ab'), (r'\bfoo\b', 'foo foobar afoo foo'), (r'(?<!a)b', 'ab cb'),
    (r'[^\W\d]+', 'abc123def'), (r'\D+', '12ab34'), (r'\S+', ' a b '),
    (r'(a)(?:b)(c)?', 'ab abc'), (r'^$', ''), (r'$', 'abc\n'), (r'a{3}', 'aaaaaaa'), (r'a{2,}?', 'aaaa'),
    (r'[\]\-a]', 'a-]x'), (r'(?s:.)', '\n'), (r'(?i)straße', 'STRASSE straße'), (r'\w+', 'héllo wörld 中文'),
    (r'(?a)\w+', 'héllo'), (r'[a-c]+?x', 'abcx'), (r'(ab|a)(bc|c)', 'abc'), (r'(?:(\w)(\d))+', 'a1b2c3'),
    (r'(a*)+', 'aaa'), (r'(a|)+', 'aa'), (r'x*', 'axxb'), (r'\Ah', 'hh'), (r'h\Z', 'hh'), (r'.', 'a\nb'),
    (r'[.]', 'a.b'), (r'\\', 'a\\b'), (r'(?m)^\w+$', 'one\ntwo\nthree'), (r'\d{2,4}', '1 12 12345'),
]
for pat, s in tests:
    print(pat, re.findall(pat, s), [m.span() for m in re.finditer(pat, s)])
print(re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'a bc'), re.sub(r'(\w)(\w)', r'\2\1', 'abcd'), re.sub('a', r'\n', 'xax'))
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words.'), re.split(r'\W+', 'a b c d', 2))
m = re.match(r'(?P<k>\w+)=(?P<v>\w*)', 'key=')
print(m.expand(r'\g<v>:\1'), m.groups(), m.group('k', 'v'), m.start('v'), m.end(), m.re.pattern, m.string)
print(re.compile(r'a', re.I | re.M), re.compile(b'x', re.I), re.I | re.S, repr(re.VERBOSE), re.A.value)
print(re.escape('hello.world?'), re.purge())
for bad in ['(', 'a)', '[a', '*a', 'a**', '(?P<1>a)', r'\1', '(?<=a+)b']:
    try:
        re.compile(bad)
    except re.error as e:
        print(bad, '->', e)
sc = re.compile(r'\d').scanner('a1b2')
print(sc.search().group(), sc.search().group(), sc.search())
print(re.fullmatch(r'\d+', '123', ), re.compile(r'\d').search('a1b', 2), re.compile('b').match('ab', 1), re.compile('a$').search('ab', 0, 1))
print(re.findall(r'(?<=\$)\d+(?:\.\d\d)?', 'cost $12.50 or $7'), re.sub(r'\s+', ' ', '  a   b  ').strip())
print(re.match(r'(?:(a)|b)*', 'ab').groups(), re.match(r'(a)*?b', 'aab').groups(), re.search('(?=(\\d))', 'ab3').group(1))
print(re.sub('x', lambda m: str(len(m.group())), 'xxx'), re.subn(r'(?=a)', '-', 'aaa'))
