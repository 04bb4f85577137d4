def parse(s: str) -> float:
    return float(s)


# inputs: {"s": "2.5"}
# inputs: {"s": "two"}
# inputs: {"s": ""}
