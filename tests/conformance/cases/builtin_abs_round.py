def rounding(x: float, n: int) -> tuple[float, int, int, float, float, int, int, float]:
    return (
        abs(x),
        abs(n),
        round(x),
        round(x, 1),
        round(x, 2),
        round(n, -1),
        round(-x),
        round(x, -2),
    )


# inputs: {"x": 2.5, "n": 25}
# inputs: {"x": 3.5, "n": -15}
# inputs: {"x": -0.5, "n": 0}
# inputs: {"x": 2.675, "n": 35}
# inputs: {"x": 0.125, "n": 5}
# inputs: {"x": 1234.5678, "n": -7}
