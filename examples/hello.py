"""The README's demo: a plain typed Python function that ingot compiles to a shared library.

Try it in CPython first: python3 -c "from hello import headline; print(headline('...', 5))"
"""

# Words a headline keeps in lower case unless they open it.
SMALL_WORDS = {"a", "an", "and", "at", "for", "in", "of", "on", "the", "to"}
ELLIPSIS = "…"


def headline(text: str, max_words: int) -> str:
    words = text.split()
    kept = words[:max_words]
    titled = [
        word.lower() if i > 0 and word.lower() in SMALL_WORDS else word[0].upper() + word[1:]
        for i, word in enumerate(kept)
    ]
    suffix = ELLIPSIS if len(words) > max_words else ""
    return " ".join(titled) + suffix


if __name__ == "__main__":
    print(headline("the return of the king and the fellowship of the ring", 6))
