def mix(i: int, f: float) -> list[float]:
    return [i + f, i * f, f - i, i / f, i // f, i % f]


# inputs: {"i": 7, "f": 2.5}
# inputs: {"i": -3, "f": 0.5}
# inputs: {"i": 0, "f": -1.25}
