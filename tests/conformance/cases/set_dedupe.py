def unique_in_order(xs: list[int]) -> list[int]:
    seen: set[int] = set()
    out = []
    for x in xs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


# inputs: {"xs": [3, 1, 3, 2, 1]}
# inputs: {"xs": []}
