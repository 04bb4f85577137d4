import math


def parts(s: str) -> tuple[tuple[float, float], tuple[float, int], float, float, float]:
    x = float(s)
    return (
        math.modf(x),
        math.frexp(x),
        math.ldexp(math.frexp(x)[0], math.frexp(x)[1]),
        math.copysign(1.0, x),
        math.fabs(x),
    )


# inputs: {"s": "3.75"}
# inputs: {"s": "-3.75"}
# inputs: {"s": "0.0"}
# inputs: {"s": "-0.0"}
# inputs: {"s": "inf"}
# inputs: {"s": "-inf"}
# inputs: {"s": "nan"}
# inputs: {"s": "1e-310"}
# inputs: {"s": "1e308"}
# inputs: {"s": "5"}
# inputs: {"s": "-2.5e-5"}
# inputs: {"s": "12345678.9"}
