def parse_floats(s: str, n: int) -> list[float]:
    return [float(s), float(n), float("  1e3 "), float("-inf"), float(" nan ") * 0, float("1_0.5")]


# inputs: {"s": "3.25", "n": 7}
# inputs: {"s": "-1e-7", "n": -2}
# inputs: {"s": "infinity", "n": 0}
