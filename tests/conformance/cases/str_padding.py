def pads(s: str, width: int) -> list[str]:
    return [
        s.center(width),
        s.center(width, "*"),
        s.ljust(width, "."),
        s.rjust(width),
        s.zfill(width),
    ]


# inputs: {"s": "abc", "width": 8}
# inputs: {"s": "ab", "width": 7}
# inputs: {"s": "-42", "width": 6}
# inputs: {"s": "+7", "width": 4}
# inputs: {"s": "héllo", "width": 3}
