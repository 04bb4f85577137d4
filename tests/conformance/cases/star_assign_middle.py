def ends(words: list[str]):
    first, *middle, last = words
    return {"first": first, "middle": middle, "last": last}


# inputs: {"words": ["a", "b", "c", "d"]}
# inputs: {"words": ["a", "b"]}
# inputs: {"words": ["a"]}
