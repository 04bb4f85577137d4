from itertools import combinations, pairwise, permutations


def combos(xs: list[str], r: int) -> list[str]:
    return [
        str(list(combinations(xs, r))),
        str(list(permutations(xs, r))),
        str(list(permutations(xs))),
        str(len(list(combinations(range(10), 3)))),
        str(list(pairwise(xs))),
    ]


# inputs: {"xs": ["a", "b", "c"], "r": 2}
# inputs: {"xs": ["a", "b"], "r": 3}
# inputs: {"xs": [], "r": 0}
# inputs: {"xs": ["a"], "r": -1}
