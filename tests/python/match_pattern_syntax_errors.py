cases = ['case 0+0:', 'case {**_}:', 'case {0: _, -0: _}:', 'case {f"": _}:', 'case *a, b, *c, d, *e:', 'case f"":',
         'case 0j+0:', 'case {0j+0j: _}:', 'case -0j:', 'case 1-2j:', 'case {1-2j: _, 1-2j: _}:', 'case {-1.5: _, -1.5: _}:',
         'case {"a": _, "a": _}:', 'case [*_, *_]:']
for c in cases:
    src = "match x:\n    " + c + "\n        pass\n"
    try:
        compile(src, "<case>", "exec")
        print(c, "compiles")
    except SyntaxError as e:
        print(c, "->", e.msg)
