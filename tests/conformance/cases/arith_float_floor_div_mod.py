def float_floor_div_and_mod(a: float, b: float) -> list[float]:
    return [a // b, a % b]


# inputs: {"a": 7.5, "b": 2.0}
# inputs: {"a": -7.5, "b": 2.0}
# inputs: {"a": 7.5, "b": -2.0}
# inputs: {"a": -0.0, "b": 3.0}
# inputs: {"a": 1e300, "b": 1e-300}
# inputs: {"a": 5.0, "b": 0.0}
