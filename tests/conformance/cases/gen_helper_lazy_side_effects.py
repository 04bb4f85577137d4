from typing import Iterator


def _logged(xs: list[int], log: list[str]) -> Iterator[int]:
    for x in xs:
        log.append(f"produce {x}")
        yield x


def lazy(xs: list[int]) -> list[str]:
    log: list[str] = []
    g = _logged(xs, log)
    log.append("created")
    for x in g:
        log.append(f"got {x}")
        if x > 1:
            break
    log.append("done")
    return log


# inputs: {"xs": [1, 2, 3]}
# inputs: {"xs": []}
