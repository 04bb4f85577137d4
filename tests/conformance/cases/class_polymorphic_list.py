class Shape:
    def __init__(self, name: str):
        self.name = name

    def area(self) -> float:
        return 0.0

    def describe(self) -> str:
        return f"{self.name} with area {self.area():.2f}"


class Square(Shape):
    def __init__(self, side: float):
        super().__init__("square")
        self.side = side

    def area(self) -> float:
        return self.side * self.side


class Circle(Shape):
    def __init__(self, r: float):
        super().__init__("circle")
        self.r = r

    def area(self) -> float:
        return 3.14159 * self.r * self.r


def areas(sides: list[float]) -> list[str]:
    shapes = []
    for s in sides:
        if s > 1:
            shapes.append(Square(s))
        else:
            shapes.append(Circle(s))
    return [s.describe() for s in shapes] + [type(s).__name__ for s in shapes]


# inputs: {"sides": [2.0, 0.5, 3.0]}
