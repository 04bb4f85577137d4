def compare(i: int, f: float, a: str, b: str) -> list[bool]:
    return [i == f, i < f, f >= i, a < b, a == b, a >= b, "é" > "z", [i, 1] < [i, 2]]


# inputs: {"i": 2, "f": 2.0, "a": "apple", "b": "banana"}
# inputs: {"i": 3, "f": 2.5, "a": "b", "b": "abc"}
# inputs: {"i": -1, "f": -0.5, "a": "", "b": ""}
