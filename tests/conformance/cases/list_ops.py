def combine(a: list[int], b: list[int], n: int) -> tuple[list[list[int]], list[bool]]:
    lists = [a + b, a * n, [0] * 3]
    return (lists, [3 in a, 3 not in b, a == b, a < b, [a, b] == [[1], [1]]])


# inputs: {"a": [1, 2, 3], "b": [4], "n": 2}
# inputs: {"a": [1], "b": [1], "n": 0}
