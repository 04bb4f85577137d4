def parse(s: str) -> int:
    return int(s)


# inputs: {"s": "17"}
# inputs: {"s": "abc"}
# inputs: {"s": "1.5"}
# inputs: {"s": ""}
# inputs: {"s": "٣"}
