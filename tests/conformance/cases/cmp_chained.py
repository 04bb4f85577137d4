def classify(low: int, x: int, high: int) -> list[bool]:
    return [
        low <= x < high,
        low < x > high,
        x == x == x,
        low != x != high,
        low < x <= high < 100,
    ]


# inputs: {"low": 1, "x": 5, "high": 10}
# inputs: {"low": 1, "x": 10, "high": 10}
# inputs: {"low": 5, "x": 5, "high": 5}
# inputs: {"low": 0, "x": 50, "high": 200}
