def rebound(rows: list[list[int] | None]) -> list[int]:
    flat = [x for x in rows if x is not None for x in x]
    nested = [[y * 2 for y in x if y is not None] for x in rows if x]
    return flat + [len(n) for n in nested]


# inputs: {"rows": [[1, 2], null, [], [3]]}
# inputs: {"rows": []}
