def extremes(xs: list[int], words: list[str]) -> list[int | str]:
    return [
        min(xs),
        max(xs),
        min(3, -1, 2),
        max(2.5, 1),
        min(words),
        max(words, key=lambda w: len(w)),
        min(xs, default=0),
        max(xs, key=lambda x: -x),
    ]


# inputs: {"xs": [4, -2, 9, -2], "words": ["kiwi", "fig", "banana", "date"]}
# inputs: {"xs": [1], "words": ["é", "e", "z"]}
