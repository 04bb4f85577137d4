def ops(a: str, b: str, n: int) -> tuple[str, str, str, bool, bool, int]:
    return (a + b, a * n, n * b, a in b, a not in b, len(a + b))


# inputs: {"a": "ab", "b": "cabd", "n": 3}
# inputs: {"a": "é", "b": "日本", "n": 0}
# inputs: {"a": "z", "b": "z", "n": -2}
