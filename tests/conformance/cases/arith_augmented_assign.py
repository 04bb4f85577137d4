def accumulate(n: int) -> list[int]:
    total = 0
    product = 1
    for i in range(1, n + 1):
        total += i
        product *= i
    total -= n
    product //= 2
    total %= 1000
    total **= 2
    return [total, product]


# inputs: {"n": 5}
# inputs: {"n": 1}
# inputs: {"n": 12}
