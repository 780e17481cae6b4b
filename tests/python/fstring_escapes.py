# Escapes in f-string literal parts: \N{NAME} braces belong to the escape, an escaped backslash
# does not start one, raw f-strings keep backslashes.
x = 5
name = "world"
print(f'\N{GREEK CAPITAL LETTER DELTA}')
print(f'{x}\N{GREEK CAPITAL LETTER DELTA}{x + 1}')
print(f'\N{LATIN SMALL LETTER A}{name!r}\N{DIGIT ONE}')
print(f'\\N{x}')
print(f'a\\\N{DIGIT ONE}{x}')
print(f'\\{name}\\')
print(rf'\N{x}', rf'\t{name}')
print(f'tab\there\n{x}'.split())
print(len(f'\x41\u0042\U00000043{x}'), f'\x41\u0042\U00000043{x}')
print(f'{{\N{BULLET}}}')
