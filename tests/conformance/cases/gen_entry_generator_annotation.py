from typing import Generator


def pairs(words: list[str]) -> Generator[tuple[str, int], None, None]:
    seen: dict[str, int] = {}
    for w in words:
        seen[w] = seen.get(w, 0) + 1
        yield (w, seen[w])
    return


# inputs: {"words": ["a", "b", "a", "c", "a"]}
# inputs: {"words": []}
