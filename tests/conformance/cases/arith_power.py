def powers(base: int, exponent: int) -> list[int | float]:
    # int ** negative int is a float; int ** non-negative int stays an int.
    return [base**exponent, base**2, 2**exponent, (-base) ** 3]


# inputs: {"base": 3, "exponent": 4}
# inputs: {"base": 2, "exponent": -2}
# inputs: {"base": -5, "exponent": 0}
# inputs: {"base": 10, "exponent": 18}
