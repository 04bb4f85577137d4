def buckets(n: int, width: int) -> int:
    return n // width


# inputs: {"n": 17, "width": 5}
# inputs: {"n": 17, "width": 0}
