def order(words: list[str]) -> list[list[str]]:
    a = list(words)
    a.sort()
    b = list(words)
    b.sort(reverse=True)
    c = list(words)
    c.sort(key=lambda w: (len(w), w))
    d = list(words)
    d.sort(key=lambda w: w.lower(), reverse=True)
    return [a, b, c, d]


# inputs: {"words": ["pear", "Apple", "fig", "banana", "apple"]}
# inputs: {"words": []}
