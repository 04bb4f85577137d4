def cases(s: str) -> list[str]:
    return [s.lower(), s.upper(), s.casefold(), s.title()]


# inputs: {"s": "hello WORLD"}
# inputs: {"s": "straße ÉCOLE"}
# inputs: {"s": "they're bill's friends from the UK"}
# inputs: {"s": "ǅemal ﬁsh"}
# inputs: {"s": ""}
