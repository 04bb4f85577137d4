from itertools import product, zip_longest


def pairs(xs: list[str], ys: list[int]) -> list[str]:
    out = [str(list(product(xs, ys)))]
    out.append(str(list(product(xs, "ab", [True]))))
    out.append(str(list(zip_longest(xs, ys))))
    out.append(str(list(zip_longest(ys, [9], fillvalue=0))))
    for a, b in product(ys, ys):
        out.append(str(a * b))
    return out


# inputs: {"xs": ["x", "y"], "ys": [1, 2, 3]}
# inputs: {"xs": [], "ys": [4]}
