def ops(a: str, b: str, n: int) -> list[str | bool | int]:
    return [a + b, a * n, n * b, a in b, a not in b, len(a + b), a + "" == a, b[0] < a]


# inputs: {"a": "ab", "b": "cabd", "n": 3}
# inputs: {"a": "é", "b": "日本", "n": 0}
# inputs: {"a": "z", "b": "z", "n": -2}
