def combine(a: int, b: int) -> list[int]:
    return [a + b, a - b, a * b, -a, +b, a + b * 2 - (a - b)]


# inputs: {"a": 7, "b": 3}
# inputs: {"a": -12, "b": 5}
# inputs: {"a": 0, "b": 0}
# inputs: {"a": 4611686018427387903, "b": 1}
