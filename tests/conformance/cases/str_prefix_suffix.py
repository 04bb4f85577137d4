def affixes(s: str, prefix: str, suffix: str) -> list[bool]:
    return [
        s.startswith(prefix),
        s.endswith(suffix),
        s.startswith(prefix, 1),
        s.endswith(suffix, 0, len(s) - 1),
    ]


# inputs: {"s": "unhappy.txt", "prefix": "un", "suffix": ".txt"}
# inputs: {"s": "café", "prefix": "", "suffix": "é"}
# inputs: {"s": "ab", "prefix": "abc", "suffix": "xab"}
