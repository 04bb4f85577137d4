def collatz_steps(n: int, limit: int) -> list[int]:
    steps = 0
    seen_odd = 0
    while n != 1:
        if steps >= limit:
            break
        steps += 1
        if n % 2 == 0:
            n //= 2
            continue
        seen_odd += 1
        n = 3 * n + 1
    return [steps, seen_odd, n]


# inputs: {"n": 27, "limit": 1000}
# inputs: {"n": 27, "limit": 10}
# inputs: {"n": 1, "limit": 5}
