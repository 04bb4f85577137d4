def more(s: str, prefix: str) -> list[str | int | list[str] | bool]:
    return [
        s.removeprefix(prefix),
        s.removesuffix(prefix),
        s.capitalize(),
        s.swapcase(),
        s.rfind("a"),
        s.splitlines(),
        s.splitlines(True),
        s.expandtabs(4),
        s.isidentifier(),
        s.partition(" ")[2],
        s.rpartition(" ")[0],
    ]


# inputs: {"s": "abc def\nghi\tjk", "prefix": "abc"}
# inputs: {"s": "", "prefix": ""}
# inputs: {"s": "ßtraße ÉCOLE\r\nx", "prefix": "ß"}
