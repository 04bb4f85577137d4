def sizes(s: str, xs: list[int], d: dict[str, int], n: int) -> list[int]:
    return [len(s), len(xs), len(d), len(range(n)), len(range(0, n, 3)), len(xs * 2)]


# inputs: {"s": "naïve", "xs": [1, 2, 3], "d": {"a": 1}, "n": 10}
# inputs: {"s": "", "xs": [], "d": {}, "n": -4}
