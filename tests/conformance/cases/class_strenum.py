from enum import StrEnum


class Pool(StrEnum):
    MEAN = "mean"
    CLS = "cls"


def pools(name: str) -> list[str]:
    p = Pool(name)
    return [str(p), p.value, repr(p), p.name, str(p == name), f"{p}"]


# inputs: {"name": "cls"}
