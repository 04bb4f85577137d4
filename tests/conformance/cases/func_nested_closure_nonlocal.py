import contextlib


def _score(word: str) -> int:
    return len(word) * 10 + ord(word[0])


def rank(words: list[str], bonus: int) -> list[str]:
    seen = 0

    def weight(w: str) -> int:
        nonlocal seen
        seen += 1
        return _score(w) + bonus

    with contextlib.nullcontext():
        ordered = sorted(words, key=weight)
    best = max(words, key=_score) if words else ""
    if (n := len(ordered)) > 2:
        ordered = ordered[: n - 1]
    unused = lambda x: x  # noqa: E731, F841 - a lambda never called
    return ordered + [best, str(seen), str(n)]


# inputs: {"words": ["pear", "fig", "apple"], "bonus": 1}
# inputs: {"words": [], "bonus": 1}
# inputs: {"words": ["b", "a"], "bonus": -5}
