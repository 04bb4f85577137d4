def by_length(words: list[str]) -> list[str]:
    # sorted is stable: equal keys keep their input order, also with reverse=True.
    return sorted(words, key=lambda w: len(w)) + sorted(words, key=lambda w: len(w), reverse=True)


# inputs: {"words": ["bb", "a", "cc", "d", "eee"]}
