def stepped(start: int, stop: int, step: int) -> list[int]:
    return list(range(start, stop, step))


# inputs: {"start": 0, "stop": 10, "step": 3}
# inputs: {"start": 10, "stop": 0, "step": -4}
# inputs: {"start": 0, "stop": 10, "step": 0}
