def histogram(xs: list[int]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    return counts


# inputs: {"xs": [3, 1, 3, -2, 3, 1]}
# inputs: {"xs": []}
