def rankings(scores: dict[str, int], words: list[str]) -> list[list[str] | list[int]]:
    return [
        sorted(scores),
        sorted(scores, key=lambda name: scores[name]),
        sorted(scores, key=lambda name: (-scores[name], name)),
        sorted(scores.values(), reverse=True),
        sorted(words, key=lambda w: w[-1]),
        sorted(words, key=lambda w: len(w), reverse=True),
        sorted("hello"),
    ]


# inputs: {"scores": {"bo": 3, "al": 5, "cy": 3}, "words": ["abc", "xa", "yyb", "z"]}
# inputs: {"scores": {}, "words": []}
