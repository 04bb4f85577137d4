def extremes(xs: list[int], words: list[str], f: float) -> tuple[int, int, int, float, str, str]:
    return (min(xs), max(xs), min(3, -1, 2), max(2.5, f), min(words), max(words))


# inputs: {"xs": [4, -2, 9, -2], "words": ["kiwi", "fig", "banana", "date"], "f": 0.5}
# inputs: {"xs": [1], "words": ["é", "e", "z"], "f": 1.0}
