# expect-compile-error: [not-supported-yet]
# expect-line: 13
from dataclasses import dataclass


@dataclass(frozen=True)
class Key:
    name: str


def rename(name: str) -> str:
    k = Key(name)
    k.name = "other"
    return k.name
