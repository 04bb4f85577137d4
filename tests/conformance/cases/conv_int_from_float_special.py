def truncate(x: float, y: float) -> int:
    return int(x * y)


# inputs: {"x": 2.5, "y": 3.0}
# inputs: {"x": 1e308, "y": 10.0}
# inputs: {"x": 0.0, "y": -1.0}
