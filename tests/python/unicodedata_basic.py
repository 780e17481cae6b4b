# unicodedata: properties of characters whose data is the same in Unicode 13 and 14
import unicodedata as u
chars = 'aZ5\u00bd\u0663\u00b2\u2167\u4e00 \t\u0300\u05d0\u0627\u3042\uff21\u20ac\U0001d7d8\u1e69'
for c in chars:
    print('%04x' % ord(c), u.category(c), u.bidirectional(c), u.combining(c), u.mirrored(c),
          u.east_asian_width(c), repr(u.decomposition(c)), u.decimal(c, None), u.digit(c, None),
          u.numeric(c, None), u.name(c, None))
print(u.lookup('LATIN SMALL LETTER A'), u.lookup('latin small letter sharp s'), u.mirrored('('))
for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    print(form, ascii(u.normalize(form, '\u1e69\u00bd\ufb01Å')), u.is_normalized(form, 'abc'))
for call in (lambda: u.category(5), lambda: u.category('ab'), lambda: u.decimal('x'), lambda: u.digit('x'),
             lambda: u.numeric('x'), lambda: u.name('\x00'), lambda: u.lookup('NO SUCH THING'),
             lambda: u.normalize('X', 'a'), lambda: u.normalize(1, 'a'), lambda: u.lookup('A' * 300)):
    try:
        print(call())
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
