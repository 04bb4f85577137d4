def mean_and_spread(xs: list[float]) -> list[float]:
    m = sum(xs) / len(xs)
    return [m, max(xs) - min(xs), sum([(x - m) ** 2 for x in xs]) / len(xs)]


# inputs: {"xs": [1.0, 2.0, 4.0]}
# inputs: {"xs": [2.5]}
