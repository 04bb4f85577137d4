def forget(d: dict[str, int], key: str) -> tuple[int, int, int]:
    # pop with a default never raises; the default is returned when the key is missing.
    value = d.pop(key, -1)
    again = d.pop(key, -2)
    return (value, again, len(d))


# inputs: {"d": {"a": 1}, "key": "a"}
# inputs: {"d": {"a": 1}, "key": "b"}
