from enum import Enum


class Pooling(Enum):
    MEAN = "mean"
    MAX = "max"
    CLS = "cls"

    def apply(self, values: list[float]) -> float:
        if self is Pooling.MEAN:
            return sum(values) / len(values)
        if self is Pooling.MAX:
            return max(values)
        return values[0]

    @property
    def label(self) -> str:
        return self.value.upper()


def pool(mode: str, values: list[float]) -> str:
    p = Pooling(mode)
    return f"{p.label}: {p.apply(values)}"


# inputs: {"mode": "mean", "values": [1.0, 2.0, 6.0]}
# inputs: {"mode": "max", "values": [1.0, 2.0, 6.0]}
# inputs: {"mode": "cls", "values": [4.5, 2.0]}
