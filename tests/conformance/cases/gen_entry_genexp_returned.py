from typing import Iterator


def scaled(xs: list[float], factor: float) -> Iterator[float]:
    return (x * factor for x in xs if x >= 0)


# inputs: {"xs": [1.5, -2.0, 3.0], "factor": 2.0}
# inputs: {"xs": [], "factor": 1.0}
