def first_long(words: list[str], n: int) -> str:
    return next((w for w in words if len(w) > n), "<none>")


# inputs: {"words": ["a", "bbb", "cc", "dddd"], "n": 2}
# inputs: {"words": ["a"], "n": 2}
# inputs: {"words": [], "n": 0}
