def overlap(a: set[str], b: set[str]) -> list[str]:
    return sorted(a & b) + sorted(a - b)


# inputs: {"a": ["x", "y", "z"], "b": ["y", "q"]}
# inputs: {"a": [], "b": ["y"]}
