def lookup(table: dict[str, int], key: str) -> int:
    return table[key]


# inputs: {"table": {"a": 1}, "key": "a"}
# inputs: {"table": {"a": 1}, "key": "b"}
# inputs: {"table": {}, "key": "it's"}
