def order(words: list[str]) -> list[list[str]]:
    a = list(words)
    a.sort()
    b = list(words)
    b.sort(reverse=True)
    return [a, b, words]


# inputs: {"words": ["pear", "Apple", "fig", "banana", "apple"]}
# inputs: {"words": []}
