from collections import Counter


def histogram(tokens: list[str]) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for t in tokens:
        counts[t.lower()] += 1
    return dict(counts.most_common(3))


# inputs: {"tokens": ["The", "cat", "the", "hat", "THE", "cat", "a"]}
