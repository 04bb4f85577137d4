def find_word(words: list[str], prefix: str) -> str | None:
    for w in words:
        if w.startswith(prefix):
            return w
    return None


# inputs: {"words": ["apple", "banana"], "prefix": "ba"}
# inputs: {"words": ["apple", "banana"], "prefix": "c"}
