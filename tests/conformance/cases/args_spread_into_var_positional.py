def _total(*nums: int) -> int:
    return sum(nums)


def _join(first: str, *rest: str) -> str:
    return "-".join([first, *rest])


def spread(xs: list[int], words: list[str]):
    return [
        _total(*xs),
        _total(1, *xs, 2),
        _total(*xs, *range(3)),
        _total(*(x * x for x in xs)),
        _join("start", *words),
        _join(*("a", "b"), *words),
    ]


# inputs: {"xs": [1, 2, 3], "words": ["x", "y"]}
# inputs: {"xs": [], "words": []}
