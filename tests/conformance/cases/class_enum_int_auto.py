from enum import Enum, IntEnum, auto


class Level(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10


class Mode(Enum):
    FAST = auto()
    SLOW = auto()
    EXACT = auto()


def levels(n: int) -> list[str]:
    out = []
    for lv in Level:
        out.append(f"{lv.name}={lv.value} {lv == n} {lv.value > n}")
    out.append(str(Level(5)))
    out.append(repr(Level.HIGH))
    out.append(str([m.value for m in Mode]))
    out.append(repr(Mode.SLOW))
    return out


# inputs: {"n": 5}
# inputs: {"n": 7}
