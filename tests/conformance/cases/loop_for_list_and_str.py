def tally(words: list[str], text: str) -> list[int]:
    lengths = 0
    for word in words:
        lengths += len(word)
    vowels = 0
    for ch in text:
        if ch in "aeiouAEIOU":
            vowels += 1
    return [lengths, vowels]


# inputs: {"words": ["alpha", "be", ""], "text": "Education"}
# inputs: {"words": [], "text": ""}
# inputs: {"words": ["naïve"], "text": "naïve café"}
