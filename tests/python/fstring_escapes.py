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
# Triple-quoted strings inside a replacement field may hold lone quotes.
print(f"{'''x'''}", f"{'''eric's'''}", f'{"x" """eric"s""" "y"}', f'{"""a"b""" + "c"}')
print(f"{''}|{'' + 'q'}|{'''}'''}")
# Nested fields of a format spec may hold strings with braces.
print(f'{3:{"}"}>10}', f'{2:{"{"}>10}', f'{"{"}', f'{"}"}', f'{7:{"*"}^{2 + 3}}', f'{1.5:{"<"}{8}.{2}f}|')
print(f'{"a":{"{}"[0]}>4}')
