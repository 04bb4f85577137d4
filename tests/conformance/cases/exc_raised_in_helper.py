def _checked_ratio(a: int, b: int) -> float:
    return a / b


def ratios(pairs: list[list[int]]) -> list[float]:
    return [_checked_ratio(p[0], p[1]) for p in pairs]


# inputs: {"pairs": [[1, 2], [3, 4]]}
# inputs: {"pairs": [[1, 2], [3, 0]]}
# inputs: {"pairs": [[1]]}
