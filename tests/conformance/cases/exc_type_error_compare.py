def ordered(items: list[int | str]) -> list[int | str]:
    return sorted(items)


# inputs: {"items": [3, 1, 2]}
# inputs: {"items": ["b", "a"]}
# inputs: {"items": [1, "a"]}
