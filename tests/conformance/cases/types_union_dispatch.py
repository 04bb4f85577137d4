def mixed(items: list[int | str], i: int) -> int | str:
    # The elements' types are only known at run time: a bad pair raises TypeError.
    return items[i] + items[i + 1]


# inputs: {"items": [1, 2, "a", "b"], "i": 0}
# inputs: {"items": [1, 2, "a", "b"], "i": 2}
# inputs: {"items": [1, 2, "a", "b"], "i": 1}
# inputs: {"items": ["a", 2], "i": 0}
