def check(age: int, name: str) -> str:
    if age < 0:
        raise ValueError(f"age must be non-negative, got {age}")
    if not name:
        raise KeyError(name)
    if age > 150:
        raise OverflowError
    if name == "x":
        raise RuntimeError("bad name") from None
    return f"{name}:{age}"


# inputs: {"age": 3, "name": "ann"}
# inputs: {"age": -1, "name": "ann"}
# inputs: {"age": 3, "name": ""}
# inputs: {"age": 200, "name": "bob"}
# inputs: {"age": 1, "name": "x"}
