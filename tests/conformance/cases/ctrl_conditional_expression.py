def describe(n: int) -> str:
    sign = "negative" if n < 0 else "zero" if n == 0 else "positive"
    parity = "even" if n % 2 == 0 else "odd"
    return sign + " " + parity


# inputs: {"n": -3}
# inputs: {"n": 0}
# inputs: {"n": 8}
