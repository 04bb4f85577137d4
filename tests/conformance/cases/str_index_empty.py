def first(s: str) -> str:
    return s[0]


# inputs: {"s": "ok"}
# inputs: {"s": ""}
