def inverse_power(base: int, exponent: int) -> float:
    # int ** negative int is a float in CPython.
    return base**exponent


# inputs: {"base": 2, "exponent": -2}
# inputs: {"base": -3, "exponent": -3}
# inputs: {"base": 0, "exponent": -1}
