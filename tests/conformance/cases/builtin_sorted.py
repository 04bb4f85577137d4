def rankings(scores: dict[str, int], words: list[str]) -> tuple[list[list[str]], list[int]]:
    names = [
        sorted(scores),
        sorted(scores, key=lambda name: scores[name]),
        sorted(scores, key=lambda name: (-scores[name], name)),
        sorted(words, key=lambda w: w[-1]),
        sorted(words, key=lambda w: len(w), reverse=True),
        sorted("hello"),
    ]
    return (names, sorted(scores.values(), reverse=True))


# inputs: {"scores": {"bo": 3, "al": 5, "cy": 3}, "words": ["abc", "xa", "yyb", "z"]}
# inputs: {"scores": {}, "words": []}
