class Vector:
    def __init__(self, x: float, y: float):
        self.x = x
        self.y = y

    @classmethod
    def origin(cls):
        return cls(0.0, 0.0)

    @classmethod
    def from_list(cls, values: list[float]):
        return cls(values[0], values[1])

    @staticmethod
    def dot(a, b) -> float:
        return a.x * b.x + a.y * b.y

    def norm(self) -> float:
        return Vector.dot(self, self) ** 0.5

    def __repr__(self) -> str:
        return f"Vector({self.x}, {self.y})"


def measure(values: list[float]) -> list[str]:
    v = Vector.from_list(values)
    o = Vector.origin()
    return [repr(v), repr(o), str(v.norm()), str(Vector.dot(v, o))]


# inputs: {"values": [3.0, 4.0]}
# inputs: {"values": [1.5]}
