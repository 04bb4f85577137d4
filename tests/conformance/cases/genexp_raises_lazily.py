def ratios(xs: list[int], d: int) -> list[float]:
    g = (x / d for x in xs)
    out = []
    if xs:
        out.append(1.5)
    out.extend(g)
    return out


# inputs: {"xs": [2, 4], "d": 2}
# inputs: {"xs": [2, 4], "d": 0}
# inputs: {"xs": [], "d": 0}
