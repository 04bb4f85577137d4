def lookup_name(names: dict[int, str], code: int) -> str:
    return names.get(code, "?") + str(len(names))


# inputs: {"names": {"1": "one", "2": "two"}, "code": 2}
# inputs: {"names": {"1": "one"}, "code": 5}
