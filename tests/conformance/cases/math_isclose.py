import math


def close(a: float, b: float, rel: float, absolute: float) -> list[bool]:
    return [
        math.isclose(a, b),
        math.isclose(a, b, rel_tol=rel),
        math.isclose(a, b, abs_tol=absolute),
        math.isclose(a, b, rel_tol=rel, abs_tol=absolute),
        math.isclose(1, 1.0000000001),
    ]


# inputs: {"a": 1.0, "b": 1.0, "rel": 0.1, "absolute": 0.0}
# inputs: {"a": 1.0, "b": 1.0000000001, "rel": 1e-12, "absolute": 0.0}
# inputs: {"a": 0.0, "b": 1e-10, "rel": 0.0, "absolute": 1e-09}
# inputs: {"a": 100.0, "b": 101.0, "rel": 0.01, "absolute": 0.0}
# inputs: {"a": 100.0, "b": 102.0, "rel": 0.01, "absolute": 0.5}
# inputs: {"a": 1.0, "b": 2.0, "rel": -1.0, "absolute": 0.0}
# inputs: {"a": 1.0, "b": 2.0, "rel": 0.1, "absolute": -1.0}
# inputs: {"a": -5.0, "b": 5.0, "rel": 3.0, "absolute": 0.0}
# inputs: {"a": 1e+308, "b": 1.7e+308, "rel": 0.5, "absolute": 0.0}
