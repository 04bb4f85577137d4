class Counter:
    def __init__(self, start: int):
        self.count = start
        self.history = []

    def bump(self, by: int = 1) -> int:
        self.count += by
        self.history.append(self.count)
        return self.count


def run(start: int, steps: list[int]) -> list[int]:
    c = Counter(start)
    for s in steps:
        c.bump(s)
    c.bump()
    return c.history + [c.count]


# inputs: {"start": 0, "steps": [1, 2, 3]}
# inputs: {"start": -5, "steps": []}
