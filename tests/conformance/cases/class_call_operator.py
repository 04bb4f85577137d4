class Scale:
    def __init__(self, factor: float):
        self.factor = factor

    def __call__(self, values: list[float]) -> list[float]:
        return [v * self.factor for v in values]


class Pipeline:
    def __init__(self, first: Scale, second: Scale):
        self.first = first
        self.second = second

    def __call__(self, values: list[float]) -> list[float]:
        return self.second(self.first(values))


def apply(values: list[float], a: float, b: float) -> list[float]:
    p = Pipeline(Scale(a), Scale(b))
    return p(values)


# inputs: {"values": [1.0, 2.5, -3.0], "a": 2.0, "b": 0.5}
