import itertools
from itertools import count, islice


def numbered(words: list[str], start: int) -> list[str]:
    out = [f"{i}:{w}" for i, w in zip(count(start), words)]
    out.append(str(list(islice(count(10, 5), 4))))
    out.append(str(list(itertools.takewhile(lambda n: n < 3, count()))))
    for n in count(start, -2):
        if n < start - 5:
            break
        out.append(str(n))
    return out


# inputs: {"words": ["a", "b", "c"], "start": 1}
# inputs: {"words": [], "start": -3}
