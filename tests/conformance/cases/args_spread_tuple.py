def _area(w: int, h: int, scale: int = 1) -> int:
    return w * h * scale


def _label(name: str, count: int) -> str:
    return f"{name} x{count}"


def spread(size: tuple[int, int], entry: tuple[str, int]):
    return [_area(*size), _area(*size, scale=3), _label(*entry)]


# inputs: {"size": [4, 5], "entry": ["apple", 3]}
# inputs: {"size": [0, 9], "entry": ["", 0]}
