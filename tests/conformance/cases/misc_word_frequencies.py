STOP_WORDS = {"the", "a", "of"}


def top_words(text: str, k: int) -> list[str]:
    counts: dict[str, int] = {}
    for raw in text.lower().split():
        word = raw.strip(".,;:!?\"'")
        if word and word not in STOP_WORDS:
            counts[word] = counts.get(word, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [f"{word}={n}" for word, n in ranked[:k]]


# inputs: {"text": "The cat and the hat. A cat, a bat; the CAT!", "k": 3}
# inputs: {"text": "", "k": 5}
