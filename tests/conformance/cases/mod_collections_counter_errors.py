from collections import Counter


def top(words: list[str], n: int) -> str:
    c = Counter(words)
    word, count = c.most_common(n)[0]
    return word + str(count)


# inputs: {"words": ["x", "y", "y"], "n": 1}
# inputs: {"words": ["x", "y", "y"], "n": 0}
# inputs: {"words": [], "n": 1}
