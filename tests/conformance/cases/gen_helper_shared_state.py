from typing import Iterator


def _letters(s: str) -> Iterator[str]:
    for ch in s:
        yield ch


def split_head(s: str) -> list[str]:
    g = _letters(s)
    head = next(g, "")
    rest = []
    for ch in g:
        rest.append(ch)
        if ch == "-":
            break
    tail = "".join(g)
    return [head, "".join(rest), tail]


# inputs: {"s": "abc-def"}
# inputs: {"s": "x"}
# inputs: {"s": ""}
