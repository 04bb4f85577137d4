def position(s: str, sub: str, start: int) -> int:
    return s.index(sub, start)


# inputs: {"s": "hello", "sub": "l", "start": 0}
# inputs: {"s": "hello", "sub": "l", "start": 3}
# inputs: {"s": "hello", "sub": "z", "start": 0}
# inputs: {"s": "hello", "sub": "h", "start": 1}
