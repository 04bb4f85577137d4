def divide(a: int, b: int) -> float:
    # `/` on two ints is always a float.
    return a / b


# inputs: {"a": 1, "b": 3}
# inputs: {"a": 6, "b": 3}
# inputs: {"a": -7, "b": 2}
# inputs: {"a": 9007199254740993, "b": 1}
# inputs: {"a": 0, "b": -4}
# inputs: {"a": 5, "b": 0}
