import itertools


def trim(xs: list[int]) -> list[list[int]]:
    return [
        list(itertools.takewhile(lambda x: x < 5, xs)),
        list(itertools.dropwhile(lambda x: x < 5, xs)),
        list(itertools.repeat(7, 3)),
        list(itertools.repeat(1, -2)),
    ]


# inputs: {"xs": [1, 4, 6, 4, 1]}
# inputs: {"xs": []}
