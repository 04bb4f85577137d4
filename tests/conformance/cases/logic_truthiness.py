from typing import Optional


def truthy(
    n: int, f: float, s: str, xs: list[int], d: dict[str, int], o: Optional[int]
) -> list[bool]:
    return [bool(n), bool(f), bool(s), bool(xs), bool(d), bool(o), not s, not xs]


# inputs: {"n": 0, "f": 0.0, "s": "", "xs": [], "d": {}, "o": null}
# inputs: {"n": -3, "f": -0.0, "s": " ", "xs": [0], "d": {"a": 0}, "o": 0}
# inputs: {"n": 1, "f": 1e-300, "s": "0", "xs": [1, 2], "d": {"": 1}, "o": 5}
