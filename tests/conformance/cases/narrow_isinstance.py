def total(values: list[int | float | str]) -> float:
    acc = 0.0
    for v in values:
        if isinstance(v, str):
            acc += len(v.strip())
        elif isinstance(v, int):
            acc += v * 2
        else:
            acc += round(v * 10)
    return acc


# inputs: {"values": [1, 2.5, " ab ", 3]}
