def _total(*nums: int) -> int:
    s = 0
    for n in nums:
        s += n
    return s


def _count(*items) -> int:
    return len(items)


def totals(x: int) -> list[int]:
    return [_total(), _total(x), _total(1, 2, x), _count(), _count("a", "b")]


# inputs: {"x": 5}
# inputs: {"x": -3}
