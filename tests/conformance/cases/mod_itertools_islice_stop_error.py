from itertools import islice


def head(xs: list[str], stop: int) -> list[str]:
    return list(islice(xs, stop))


# inputs: {"xs": ["a", "b", "c"], "stop": 2}
# inputs: {"xs": ["a", "b", "c"], "stop": -1}
