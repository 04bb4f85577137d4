def first_divisor(n: int) -> str:
    for d in range(2, n):
        if n % d == 0:
            result = f"{n} = {d} * {n // d}"
            break
    else:
        result = f"{n} is prime"
    return result


# inputs: {"n": 91}
# inputs: {"n": 97}
# inputs: {"n": 2}
