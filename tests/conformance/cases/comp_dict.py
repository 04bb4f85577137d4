def index_words(words: list[str]) -> dict[str, int]:
    lengths = {w: len(w) for w in words if w}
    return {k.upper(): v * 10 for k, v in lengths.items() if v % 2 == 0}


# inputs: {"words": ["to", "be", "or", "not", "", "maybe"]}
# inputs: {"words": []}
