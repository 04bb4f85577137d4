from typing import Iterator


def _checked(xs: list[int]) -> Iterator[int]:
    for x in xs:
        if x < 0:
            raise ValueError(f"negative: {x}")
        yield x


def _consume(xs: list[int]) -> list[int]:
    out = []
    try:
        for x in _checked(xs):
            out.append(x)
    except ValueError as e:
        out.append(len(str(e)))
    return out


def _consume_after_error(xs: list[int]) -> list[int]:
    g = _checked(xs)
    out = []
    try:
        for x in g:
            out.append(x)
    except ValueError:
        out.append(-1)
    out.append(next(g, -2))
    return out


def consume(xs: list[int]) -> list[list[int]]:
    return [_consume(xs), _consume_after_error(xs)]


# inputs: {"xs": [1, 2, -3, 4]}
# inputs: {"xs": [5]}
