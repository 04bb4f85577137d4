from typing import Iterator


def _words(text: str) -> Iterator[str]:
    for w in text.split():
        yield w.lower()


def stats(text: str):
    return [
        sorted(_words(text)),
        sum(len(w) for w in _words(text)),
        "-".join(_words(text)),
        max(_words(text), default=""),
        min((len(w) for w in _words(text)), default=0),
        set(_words(text)) == set(text.lower().split()),
        tuple(_words(text))[:2],
        dict((w, len(w)) for w in _words(text)),
    ]


# inputs: {"text": "The quick Brown fox"}
# inputs: {"text": ""}
