# f-string replacement fields: CPython 3.11's scanner (expression required before ! : =, a
# backslash anywhere in the expression, != == <= >= inside it) and '(**a)'.
srcs = ["f'{}'", "f'{ }'", "f'''{\t\f\r\n}'''", "f'{!r}'", "f'{!}'", "f'''{\t\f\r\n!a}'''", "f'{!'", "f'{!s:'",
        "f'{!x}'", "f'{ !xr:a}'", "f'{:}'", "f'{ :!}'", "f'''{\t\f\r\n:a}'''", "f'{:'", "f'{=}'", "f'{ =}'",
        "f'''{\t\f\r\n=}'''", "f'{='", "rf'{\"\\N{LEFT CURLY BRACKET}\"}'", "f'{\"\\N{LEFT CURLY BRACKET}\"}'",
        "f'{\"\\n\"}'", "f'{*a}'", "f'{**a}'", "f'{a, *b}'", "(**a)", "(*a)", "x = (**a)", "f((**a))", "(**a, b)"]
for s in srcs:
    try:
        compile(s, "?", "exec")
        print(repr(s), "ok")
    except SyntaxError as e:
        print(repr(s), e.msg)

x, y = 3, 4
print(f'{x!=y} {x==y} {x<=y} {x>=y} {x<y} {x>y} {x=} {x = } {x=!s} {x=:>4} {x!r:>3} {(y:=5)} {y}')
print(f'{x=!r:^5}|{"a" if x<y else "b"}|{[1,2][0]}|{ {"k": 1}["k"] }')
