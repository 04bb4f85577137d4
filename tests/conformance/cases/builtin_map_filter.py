def _double(x: int) -> int:
    return 2 * x


def transform(xs: list[int], words: list[str]) -> list[list[int] | list[str]]:
    evens = list(filter(lambda x: x % 2 == 0, xs))
    doubled = list(map(_double, xs))
    lengths = [n for n in map(lambda w: len(w), words)]
    kept = list(filter(None, words))
    shouted = [w for w in map(lambda w: w.upper() + "!", kept)]
    return [evens, doubled, lengths, kept, shouted]


# inputs: {"xs": [1, 2, 3, 4], "words": ["a", "", "bc"]}
# inputs: {"xs": [], "words": []}
