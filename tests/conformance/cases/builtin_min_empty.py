def smallest(xs: list[float]) -> float:
    return min(xs)


# inputs: {"xs": [2.5, -1.0]}
# inputs: {"xs": []}
