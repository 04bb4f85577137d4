def powers(base: int, exponent: int) -> tuple[int, int, int, int]:
    return (base**exponent, base**2, 2**exponent, (-base) ** 3)


# inputs: {"base": 3, "exponent": 4}
# inputs: {"base": -2, "exponent": 5}
# inputs: {"base": -5, "exponent": 0}
# inputs: {"base": 10, "exponent": 18}
