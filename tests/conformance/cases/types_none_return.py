def check(xs: list[int]) -> None:
    total = 0
    for x in xs:
        total += x
    if total > 100:
        xs.append(total)


# inputs: {"xs": [1, 2, 3]}
# inputs: {"xs": [60, 50]}
