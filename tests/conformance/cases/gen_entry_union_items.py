from typing import Iterator


def tokens(text: str) -> Iterator[int | str]:
    for word in text.split():
        if word.isdigit():
            yield int(word)
        else:
            yield word


# inputs: {"text": "take 3 apples and 12 pears"}
# inputs: {"text": ""}
