# Structural pattern matching: literals, captures, sequences with stars, mappings, classes, guards, or-patterns.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def describe(subject):
    match subject:
        case 0 | 1:
            return "bit"
        case None:
            return "nothing"
        case int(n) if n < 0:
            return f"negative {n}"
        case str() as s:
            return f"string {s!r}"
        case [x]:
            return f"one item {x}"
        case [first, *rest]:
            return f"list from {first}, {len(rest)} more"
        case {"type": "user", "name": name, **extra}:
            return f"user {name} {sorted(extra)}"
        case Point(0, 0):
            return "origin"
        case Point(x, y=0):
            return f"on the x axis at {x}"
        case Point(x=x, y=y):
            return f"point {x},{y}"
        case _:
            return "something else"


for value in [0, 1, None, -5, 7, "hi", [9], [1, 2, 3], (4, 5), {"type": "user", "name": "ann", "id": 3},
              Point(0, 0), Point(2, 0), Point(2, 3), 3.5]:
    print(describe(value))
match = "soft keyword"
print(match)
