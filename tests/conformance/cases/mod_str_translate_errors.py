def table(a: str, b: str, code: int) -> list[str]:
    t = str.maketrans(a, b)
    return [str(t), "xyz".translate({ord("x"): code})]


# inputs: {"a": "ab", "b": "cd", "code": 65}
# inputs: {"a": "ab", "b": "c", "code": 65}
# inputs: {"a": "", "b": "", "code": 1114112}
# inputs: {"a": "", "b": "", "code": -1}
