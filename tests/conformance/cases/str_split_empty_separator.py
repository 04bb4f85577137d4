def split_on(s: str, sep: str) -> list[str]:
    return s.split(sep)


# inputs: {"s": "a-b-c", "sep": "-"}
# inputs: {"s": "a--b", "sep": "--"}
# inputs: {"s": "abc", "sep": ""}
