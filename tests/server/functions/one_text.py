"""One text in, one vector out (a `str` parameter): the server calls it once per input.
`rounds` repeats the work without changing the answer, so that tests can make calls slow."""


def embed_one(text: str, rounds: int = 1) -> list[float]:
    if text.startswith("raise:"):
        raise ValueError(f"refusing {text!r}")
    vector = [0.0] * 8
    for _ in range(rounds):
        vector = [0.0] * 8
        for index, char in enumerate(text):
            vector[(ord(char) + index) % 8] += 1.0
    total = sum(vector)
    return [x / total for x in vector]
