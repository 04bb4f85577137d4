def updates(xs: list[str], ys: list[str]) -> list[str]:
    d = dict.fromkeys(xs, 0)
    n = dict.fromkeys(ys)
    a = set(xs)
    a.intersection_update(ys)
    b = set(xs)
    b.difference_update(ys, ["zz"])
    c = set(xs)
    c.symmetric_difference_update(ys)
    return [str(d), str(n), str(sorted(a)), str(sorted(b)), str(sorted(c))]


# inputs: {"xs": ["a", "b", "c", "a"], "ys": ["b", "c", "d"]}
# inputs: {"xs": [], "ys": ["q"]}
