# Classes: attributes, methods, inheritance, super(), class/static methods, properties, dunders.
class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def describe(self):
        return f"{self.name} with {self.sides} sides"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Square(Shape):
    sides = 4

    def __init__(self, size):
        super().__init__("square")
        self.size = size

    @property
    def area(self):
        return self.size * self.size

    @classmethod
    def unit(cls):
        return cls(1)

    @staticmethod
    def kind():
        return "regular"

    def __eq__(self, other):
        return isinstance(other, Square) and self.size == other.size

    def __lt__(self, other):
        return self.size < other.size

    def __add__(self, other):
        return Square(self.size + other.size)


sq = Square(3)
print(sq.describe(), sq.area, Square.unit().area, Square.kind(), repr(sq))
print(sq == Square(3), sq != Square(4), sorted([Square(5), Square(2)]), (sq + Square(2)).size)
print(isinstance(sq, Shape), issubclass(Square, Shape), type(sq).__name__, Square.__mro__)
print(hasattr(sq, "size"), getattr(sq, "missing", "default"), Shape("tri").describe())
