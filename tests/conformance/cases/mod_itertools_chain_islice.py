import itertools
from itertools import chain, islice


def combine(a: list[int], b: list[int], n: int) -> list[list[int]]:
    nested = [a, b, [n]]
    return [
        list(chain(a, b)),
        list(chain(a, b, a)),
        list(chain.from_iterable(nested)),
        list(itertools.chain.from_iterable([[1, 2], [], [3]])),
        list(islice(chain(a, b), n)),
        list(islice(a + b, 1, None)),
        list(islice(a + b, 1, 5, 2)),
        list(islice(range(100), 2, n)),
    ]


# inputs: {"a": [1, 2, 3], "b": [4, 5], "n": 3}
# inputs: {"a": [], "b": [], "n": 0}
