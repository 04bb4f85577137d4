def position(s: str, sub: str, from_right: bool) -> int:
    if from_right:
        return s.rindex(sub)
    return s.index(sub)


# inputs: {"s": "hello", "sub": "l", "from_right": false}
# inputs: {"s": "hello", "sub": "l", "from_right": true}
# inputs: {"s": "hello", "sub": "z", "from_right": false}
# inputs: {"s": "hello", "sub": "z", "from_right": true}
