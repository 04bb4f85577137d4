def specials(x: float) -> list[str]:
    big = x * 1e308 * 10
    return [str(big), repr(-big), str(big - big), str(float("inf")), str(float("-nan"))]


# inputs: {"x": 1.0}
# inputs: {"x": -1.0}
