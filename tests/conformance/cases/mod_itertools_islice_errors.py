from itertools import islice


def take(xs: list[str], start: int, stop: int, step: int) -> list[str]:
    return list(islice(xs, start, stop, step))


# inputs: {"xs": ["a", "b", "c", "d"], "start": 1, "stop": 4, "step": 2}
# inputs: {"xs": ["a", "b"], "start": -1, "stop": 4, "step": 1}
# inputs: {"xs": ["a", "b"], "start": 0, "stop": -4, "step": 1}
# inputs: {"xs": ["a", "b"], "start": 0, "stop": 4, "step": 0}


def _take_stop(xs: list[str], stop: int) -> list[str]:
    return list(islice(xs, stop))
