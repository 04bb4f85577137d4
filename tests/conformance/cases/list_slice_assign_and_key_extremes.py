def edit(xs: list[int], words: list[str]) -> list[list[int] | str]:
    ys = list(xs)
    ys[1:3] = [0, 0, 0]
    zs = list(xs)
    zs[::2] = [9] * len(zs[::2])
    del zs[:1]
    longest = max(words, key=lambda w: len(w)) if words else ""
    shortest = min(words, key=lambda w: (len(w), w)) if words else ""
    return [ys, zs, longest, shortest]


# inputs: {"xs": [1, 2, 3, 4, 5], "words": ["kiwi", "fig", "banana", "date"]}
# inputs: {"xs": [1], "words": []}
# inputs: {"xs": [], "words": ["a"]}
