def probe(xs: list[int], limit: int):
    seen: list[int] = []

    def check(x: int) -> bool:
        seen.append(x)
        return x > limit

    found = any(check(x) for x in xs)
    everything = all(check(x) for x in xs)
    return [found, everything, seen]


# inputs: {"xs": [1, 5, 2, 9], "limit": 3}
# inputs: {"xs": [9, 9], "limit": 3}
# inputs: {"xs": [], "limit": 0}
