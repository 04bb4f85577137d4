def _last_char(s: str) -> str:
    return s[-1]


def _neg_len(s: str) -> int:
    return -len(s)


def order(words: list[str]) -> list[list[str]]:
    return [sorted(words, key=_last_char), sorted(words, key=_neg_len, reverse=True)]


# inputs: {"words": ["kiwi", "fig", "banana", "date"]}
# inputs: {"words": []}
