def numbers(a: int, b: int, c: str) -> list[int | str | float]:
    q, r = divmod(a, b)
    fq, fr = divmod(a * 1.5, b)
    return [q, r, fq, fr, pow(a, 2), ord(c), chr(ord(c) + 1), hex(a), oct(b), bin(a)]


# inputs: {"a": 17, "b": 5, "c": "a"}
# inputs: {"a": -17, "b": 5, "c": "é"}
# inputs: {"a": 17, "b": -5, "c": "z"}
# inputs: {"a": 1, "b": 0, "c": "a"}
