def forget(d: dict[str, int], key: str) -> int:
    del d[key]
    return len(d)


# inputs: {"d": {"a": 1}, "key": "a"}
# inputs: {"d": {"a": 1}, "key": "b"}
