def members(tags: set[str], extra: list[str]) -> list[list[str] | bool | int]:
    s = set(tags)
    s.add("new")
    s.discard("absent")
    s.update(extra)
    other = {"a", "b"}
    return [
        sorted(s),
        sorted(s | other),
        sorted(s & other),
        sorted(s - other),
        sorted(s ^ other),
        sorted(s.union(extra)),
        sorted(s.intersection(other)),
        sorted(s.difference(other)),
        s.issubset(other),
        other.issubset(s),
        "a" in s,
        len(s),
    ]


# inputs: {"tags": ["a", "c", "a"], "extra": ["d"]}
# inputs: {"tags": [], "extra": []}
