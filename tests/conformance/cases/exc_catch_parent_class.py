def lookup(table: dict[str, int], keys: list[str], i: int) -> list[str]:
    out = []
    try:
        out.append(str(table[keys[i]]))
    except LookupError as e:
        out.append("lookup: " + str(e))
    try:
        out.append(str(10 // table.get(keys[0], 0)))
    except ArithmeticError as e:
        out.append("arith: " + str(e))
    except Exception:  # noqa: BLE001 - the case is about catching it
        out.append("other")
    return out


# inputs: {"table": {"a": 2}, "keys": ["a"], "i": 0}
# inputs: {"table": {"a": 2}, "keys": ["a"], "i": 5}
# inputs: {"table": {"a": 0}, "keys": ["b", "a"], "i": 1}
# inputs: {"table": {}, "keys": ["zz"], "i": 0}
