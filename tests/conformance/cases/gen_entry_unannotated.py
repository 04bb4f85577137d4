def windows(xs: list[int], k: int):
    for i in range(len(xs) - k + 1):
        yield xs[i : i + k]


# inputs: {"xs": [1, 2, 3, 4, 5], "k": 2}
# inputs: {"xs": [1, 2], "k": 3}
# inputs: {"xs": [7, 8, 9], "k": 3}
