from typing import Iterator


def _safe_ints(items: list[str]) -> Iterator[int]:
    for item in items:
        value = -1
        try:
            value = int(item)
        except ValueError:
            value = 0
        finally:
            value += 1
        yield value


def run(items: list[str]) -> list[int]:
    return list(_safe_ints(items))


# inputs: {"items": ["1", "x", "41"]}
# inputs: {"items": []}
