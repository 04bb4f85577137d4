from collections import defaultdict


def concat(pairs: list[tuple[str, str]]) -> dict[str, str]:
    joined = defaultdict(str)
    for key, value in pairs:
        joined[key] += value
    totals = defaultdict(float)
    for key, value in pairs:
        totals[key] += len(value) / 2
    return {k: v + ":" + str(totals[k]) for k, v in joined.items()}


# inputs: {"pairs": [["a", "x"], ["b", "yy"], ["a", "zzz"]]}
