class RunningStats:
    def __init__(self):
        self.n = 0
        self.mean = 0.0
        self.m2 = 0.0
        self.low: float | None = None
        self.high: float | None = None

    def add(self, x: float) -> None:
        self.n += 1
        delta = x - self.mean
        self.mean += delta / self.n
        self.m2 += delta * (x - self.mean)
        if self.low is None or x < self.low:
            self.low = x
        if self.high is None or x > self.high:
            self.high = x

    @property
    def variance(self) -> float:
        return self.m2 / (self.n - 1) if self.n > 1 else 0.0


def stats(values: list[float]) -> list[float | None]:
    s = RunningStats()
    for v in values:
        s.add(v)
    return [round(s.mean, 6), round(s.variance, 6), s.low, s.high]


# inputs: {"values": [1.0, 2.0, 4.0, 7.0]}
# inputs: {"values": []}
