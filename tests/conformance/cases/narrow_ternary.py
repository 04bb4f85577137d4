def describe(value: int | str | None, items: list[int | None]) -> list[str]:
    doubled = value * 2 if value is not None else "none"
    size = len(value) if isinstance(value, str) else -1
    filled = [i + 1 if i is not None else 0 for i in items]
    kept = sum(i for i in items if i is not None)
    first = items[0] if items else None
    text = str(first + 100) if first is not None else "empty"
    return [str(doubled), str(size), str(filled), str(kept), text]


# inputs: {"value": 21, "items": [1, null, 3]}
# inputs: {"value": "ab", "items": []}
# inputs: {"value": null, "items": [null]}
