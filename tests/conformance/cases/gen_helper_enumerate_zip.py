from typing import Iterator


def _squares(n: int) -> Iterator[int]:
    for i in range(n):
        yield i * i


def table(n: int, names: list[str]) -> list[str]:
    out = []
    for i, sq in enumerate(_squares(n), 1):
        out.append(f"{i}:{sq}")
    for name, sq in zip(names, _squares(n)):
        out.append(f"{name}={sq}")
    return out


# inputs: {"n": 4, "names": ["a", "b"]}
# inputs: {"n": 0, "names": ["a"]}
