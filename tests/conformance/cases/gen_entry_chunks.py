from typing import Iterator


def chunks(text: str, size: int) -> Iterator[str]:
    """Splits text into pieces of at most `size` characters."""
    if size <= 0:
        raise ValueError("size must be positive")
    for start in range(0, len(text), size):
        yield text[start : start + size]


# inputs: {"text": "abcdefghij", "size": 3}
# inputs: {"text": "", "size": 3}
# inputs: {"text": "héllo wörld", "size": 4}
# inputs: {"text": "abc", "size": 0}
