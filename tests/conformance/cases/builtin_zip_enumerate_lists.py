def pairs(a: list[int], b: list[str]) -> list[str]:
    zipped = [f"{x}{y}" for x, y in zip(a, b)]
    numbered = [f"{i}{y}" for i, y in enumerate(b, start=10)]
    triples = [f"{x}{y}{z}" for x, y, z in zip(a, b, a[1:])]
    return zipped + numbered + triples


# inputs: {"a": [1, 2, 3], "b": ["x", "y"]}
# inputs: {"a": [], "b": ["q"]}
