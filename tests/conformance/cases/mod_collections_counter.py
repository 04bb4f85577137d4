from collections import Counter


def count(words: list[str]) -> list[str]:
    c = Counter(words)
    out = [str(c.most_common(2)), str(c.most_common()), str(c["missing"]), str(len(c))]
    c["extra"] += 3
    out.append(str(c))
    out.append(str(sorted(c.elements())))
    out.append(str(c.total()))
    out.append(str(list(c.keys())))
    for word, n in c.items():
        out.append(word + "=" + str(n))
    return out


# inputs: {"words": ["a", "b", "a", "c", "b", "a"]}
# inputs: {"words": []}
