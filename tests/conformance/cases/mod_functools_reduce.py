import functools
from functools import reduce


def fold(xs: list[int], words: list[str]) -> list[str]:
    return [
        str(reduce(lambda a, b: a + b, xs)),
        str(functools.reduce(lambda a, b: a * b, xs, 1)),
        reduce(lambda acc, w: acc + w[0], words, ""),
        str(reduce(lambda a, b: max(a, b), xs)),
        str(reduce(lambda acc, x: acc + [x * 2], xs, [0])),
    ]


# inputs: {"xs": [1, 2, 3, 4], "words": ["alpha", "beta"]}
# inputs: {"xs": [], "words": []}
