def float_powers(x: float, y: float) -> list[float]:
    return [x**y, x**0.5, x**-1, 2.0**y]


# inputs: {"x": 2.0, "y": 10.0}
# inputs: {"x": 9.0, "y": 0.5}
# inputs: {"x": 1.5, "y": -3.0}
# inputs: {"x": 0.0, "y": 2.0}
