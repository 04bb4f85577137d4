from typing import Iterator


class Bag:
    def __init__(self, *items: int) -> None:
        self.items = list(items)

    def add(self, *more: int, **named: int) -> int:
        self.items.extend(more)
        for v in named.values():
            self.items.append(v)
        return len(self.items)

    def each(self) -> Iterator[int]:
        for x in self.items:
            yield x * 2


def run(xs: list[int]) -> list[int]:
    b = Bag(1, 2, *xs)
    n = b.add(5, *xs, k=9)
    return [n, *b.each()]


# inputs: {"xs": [3, 4]}
# inputs: {"xs": []}
