def take(table: dict[str, float], key: str) -> float:
    return table.pop(key)


# inputs: {"table": {"x": 1.5}, "key": "x"}
# inputs: {"table": {"x": 1.5}, "key": "y"}
