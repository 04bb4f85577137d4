def parse_ints(s: str, f: float, b: bool) -> list[int]:
    return [int(s), int(f), int(b), int(-f), int("  -12  "), int("0"), int("+7"), int("1_000")]


# inputs: {"s": "42", "f": 3.99, "b": true}
# inputs: {"s": "-0", "f": -0.5, "b": false}
