from collections.abc import Iterable


def _total_length(words: Iterable[str]) -> int:
    n = 0
    for w in words:
        n += len(w)
    return n


def lengths(words: list[str]) -> list[int]:
    return [_total_length(words), _total_length(w.strip() for w in words), _total_length("abc")]


# inputs: {"words": [" a ", "bc"]}
# inputs: {"words": []}
