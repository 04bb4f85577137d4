def _clip(value: float, *, low: float = 0.0, high: float = 1.0) -> float:
    return max(low, min(high, value))


def _pad(text: str, width: int = 8, fill: str = " ", *, right: bool = False) -> str:
    return text.rjust(width, fill) if right else text.ljust(width, fill)


def shape(v: float, s: str):
    return [
        _clip(v),
        _clip(v, high=10.0),
        _clip(v, low=-1.0, high=0.5),
        _pad(s),
        _pad(s, 4),
        _pad(s, fill="*", right=True),
        _pad(s, 6, "."),
    ]


# inputs: {"v": 0.25, "s": "ab"}
# inputs: {"v": 7.5, "s": "abcdefghij"}
# inputs: {"v": -3.0, "s": ""}
