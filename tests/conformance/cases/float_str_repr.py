def render(x: float) -> list[str]:
    # str and repr of a float: the shortest text that round-trips, exponent past 1e16.
    return [str(x), repr(x), f"{x}", str(-x)]


# inputs: {"x": 0.1}
# inputs: {"x": 1e16}
# inputs: {"x": 1e15}
# inputs: {"x": 123456789012345678.0}
# inputs: {"x": 1e-4}
# inputs: {"x": 1e-5}
# inputs: {"x": 0.0}
# inputs: {"x": 5e-324}
# inputs: {"x": 1.7976931348623157e308}
# inputs: {"x": 2.5}
# inputs: {"x": 100.0}
# inputs: {"x": 1.0000000000000002}
