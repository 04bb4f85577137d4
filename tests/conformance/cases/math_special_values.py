import math


def special(s: str, t: str) -> tuple[float, float, float, bool, bool, bool, float]:
    x = float(s)
    y = float(t)
    total = math.fsum([x, y, 1.0])
    return (
        total,
        math.hypot(x, y),
        math.dist([x, 0.0], [0.0, y]),
        math.isnan(x),
        math.isinf(y),
        math.isfinite(x),
        math.prod([x, y]),
    )


# inputs: {"s": "inf", "t": "1"}
# inputs: {"s": "-inf", "t": "inf"}
# inputs: {"s": "nan", "t": "1"}
# inputs: {"s": "nan", "t": "inf"}
# inputs: {"s": "1e308", "t": "1e308"}
# inputs: {"s": "1", "t": "2"}
# inputs: {"s": "-inf", "t": "-inf"}
# inputs: {"s": "nan", "t": "nan"}
