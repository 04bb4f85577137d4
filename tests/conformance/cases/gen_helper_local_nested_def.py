def evens_up_to(n: int, step: int) -> list[int]:
    def gen(limit: int):
        i = 0
        while i <= limit:
            yield i
            i += step

    return [x for x in gen(n) if x % 2 == 0]


# inputs: {"n": 10, "step": 3}
# inputs: {"n": 0, "step": 1}
