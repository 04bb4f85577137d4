def spread(t: tuple[int, int, int, int]):
    a, *b, c = t
    *d, e, f = t
    g, h, i, j, *k = t
    return [a, b, c, d, e, f, g, h, i, j, k]


# inputs: {"t": [1, 2, 3, 4]}
