from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Circle:
    center: Point
    radius: int


def classify(kind: str, a: int, b: int) -> str:
    shape = Circle(Point(a, b), a + b) if kind == "circle" else Point(a, b)
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Circle(Point(0, 0), r):
            return f"centred circle of radius {r}"
        case Circle(center=c, radius=r) if r > 10:
            return f"big circle at {c.x},{c.y}"
        case Circle():
            return "small circle"
        case _:
            return "somewhere"


# inputs: {"kind": "point", "a": 0, "b": 0}
# inputs: {"kind": "point", "a": 0, "b": 5}
# inputs: {"kind": "point", "a": 4, "b": 0}
# inputs: {"kind": "point", "a": 3, "b": 3}
# inputs: {"kind": "point", "a": 1, "b": 2}
# inputs: {"kind": "circle", "a": 0, "b": 0}
# inputs: {"kind": "circle", "a": 8, "b": 9}
# inputs: {"kind": "circle", "a": 1, "b": 1}
