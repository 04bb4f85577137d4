from collections import defaultdict


def group(words: list[str]) -> list[str]:
    by_letter = defaultdict(list)
    for w in words:
        by_letter[w[0]].append(w)
    lengths: defaultdict[str, int] = defaultdict(int)
    for w in words:
        lengths[w[0]] += len(w)
    seen = defaultdict(set)
    for w in words:
        seen[len(w)].add(w[0])
    labels = defaultdict(lambda: "none")
    labels["x"] = "ex"
    out = [str(dict(by_letter)), str(dict(lengths)), str(sorted(seen[3])), labels["x"], labels["y"]]
    out.append(str(len(labels)))
    out.append(str("z" in by_letter))
    out.append(str(by_letter.get("z")))
    out.append(str(lengths))
    return out


# inputs: {"words": ["apple", "avocado", "banana", "bee", "cat"]}
# inputs: {"words": []}
