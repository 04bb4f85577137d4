def members(tags: set[str], extra: list[str]) -> tuple[list[list[str]], list[bool], int]:
    s = set(tags)
    s.add("new")
    s.discard("absent")
    s.update(extra)
    other = {"a", "b"}
    listed = [
        sorted(s),
        sorted(s | other),
        sorted(s & other),
        sorted(s - other),
        sorted(s ^ other),
        sorted(s.union(extra)),
        sorted(s.intersection(other)),
        sorted(s.difference(other)),
    ]
    return (listed, [s.issubset(other), other.issubset(s), "a" in s], len(s))


# inputs: {"tags": ["a", "c", "a"], "extra": ["d"]}
# inputs: {"tags": [], "extra": []}
