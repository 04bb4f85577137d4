def reorder(d: dict[str, int]) -> list[list[str]]:
    # Insertion order: re-setting a key keeps its place; popping and re-adding moves it last.
    e = dict(d)
    first = list(e)
    e.pop("b", 0)
    e["b"] = 0
    e["a"] = 9
    e.pop("c", 0)
    return [first, list(e), [f"{k}{v}" for k, v in e.items()]]


# inputs: {"d": {"a": 1, "b": 2, "c": 3}}
# inputs: {"d": {"z": 1}}
