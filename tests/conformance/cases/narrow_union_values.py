def flatten(values: list[int | list[int] | None]) -> list[int]:
    out = []
    for v in values:
        if v is None:
            continue
        if isinstance(v, list):
            out.extend(v)
        else:
            out.append(v)
    return out


# inputs: {"values": [1, [2, 3], null, 4, []]}
