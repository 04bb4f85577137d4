from enum import Enum


class Op(Enum):
    ADD = "+"
    SUB = "-"
    MUL = "*"


def apply(op: str, a: int, b: int) -> int:
    match Op(op):
        case Op.ADD:
            return a + b
        case Op.SUB:
            return a - b
        case Op.MUL:
            return a * b


# inputs: {"op": "+", "a": 2, "b": 3}
# inputs: {"op": "*", "a": 2, "b": 3}
# inputs: {"op": "/", "a": 2, "b": 3}
