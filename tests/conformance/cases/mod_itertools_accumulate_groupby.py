import itertools


def runs(xs: list[int], text: str) -> list[str]:
    out = [str(list(itertools.accumulate(xs)))]
    out.append(str(list(itertools.accumulate(xs, lambda a, b: max(a, b)))))
    out.append(str(list(itertools.accumulate(xs, initial=100))))
    for key, group in itertools.groupby(text):
        out.append(key + ":" + str(len(list(group))))
    for parity, items in itertools.groupby(xs, key=lambda x: x % 2):
        out.append(str(parity) + "=" + str(list(items)))
    return out


# inputs: {"xs": [3, 1, 4, 1, 5, 9, 2, 6], "text": "aaabccdddd"}
# inputs: {"xs": [], "text": ""}
