def checks(xs: list[int], words: list[str]) -> list[bool | list[int] | list[str]]:
    return [
        any(x > 3 for x in xs),
        all(x > 0 for x in xs),
        any([]),
        all([]),
        list(reversed(xs)),
        [w for w in reversed(words)],
        list(reversed(range(len(xs)))),
    ]


# inputs: {"xs": [1, 5, 2], "words": ["a", "b"]}
# inputs: {"xs": [], "words": []}
# inputs: {"xs": [-1, 0], "words": ["x"]}
