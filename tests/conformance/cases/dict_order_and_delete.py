def reorder(d: dict[str, int]) -> list[list[str]]:
    e = dict(d)
    first = list(e)
    if "b" in e:
        del e["b"]
    e["b"] = 0
    e["a"] = 9
    e.pop("c", 0)
    return [first, list(e), [f"{k}{v}" for k, v in e.items()]]


# inputs: {"d": {"a": 1, "b": 2, "c": 3}}
# inputs: {"d": {"z": 1}}
