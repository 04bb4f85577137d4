class Box:
    def __init__(self, value: int):
        self.value = value


def share(x: int) -> list[int]:
    a = Box(x)
    b = a
    b.value += 10
    c = Box(x)
    boxes = [a, c]
    boxes[1].value = 99
    return [a.value, b.value, c.value, int(a is b), int(a is c)]


# inputs: {"x": 1}
