def sums(xs: list[float]) -> list[float]:
    total = 0.0
    for x in xs:
        total += x
    return [total, total / len(xs), 0.1 + 0.2, 1.0 - 0.9, 3 * 1.1]


# inputs: {"xs": [0.1, 0.2, 0.3]}
# inputs: {"xs": [1e20, 1.0, -1e20]}
# inputs: {"xs": []}
