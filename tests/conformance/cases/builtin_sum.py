def totals(xs: list[int], fs: list[float]) -> tuple[int, float, int, int, int, float]:
    return (sum(xs), sum(fs), sum(xs, 10), sum([x * x for x in xs]), sum(range(5)), sum(fs, 0.5))


# inputs: {"xs": [1, 2, 3], "fs": [0.1, 0.2]}
# inputs: {"xs": [], "fs": []}
