# String literals the front end decodes: named escapes (also in f-strings), f-string edge cases,
# escapes that give surrogates. (Decoding errors of source bytes: FrontEndTest.)
print(f'\N{GREEK CAPITAL LETTER DELTA}{3}', f'{2}\N{DIGIT ONE}', '\N{digit one}')
print(ascii('\N{HANGUL SYLLABLE GAG}'), ascii('\N{CJK UNIFIED IDEOGRAPH-4E00}'))
print(rf'\N{1+1}', f'\\N{1+1}', f'\{6*7}')
print(f'{3:{"}"}>10}', f'{2:{"{"}>10}', f'{"x" """eric"s""" "y"}', f"{'''x'''}")
print(f'{1:\N{DIGIT TWO}>4}', f'a{{b}}c', f'{"a"!r:>{5}}')
print(ascii('\ud800'), len('\ud800'), ascii('\udc00x'), len('a\U0001F600'))

