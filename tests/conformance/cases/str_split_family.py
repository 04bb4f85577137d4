def splits(s: str) -> list[list[str]]:
    return [
        s.split(),
        s.split(","),
        s.split(",", 1),
        s.rsplit(",", 1),
        s.rsplit(),
        s.split(" ", 2),
        s.rsplit(maxsplit=1),
    ]


# inputs: {"s": "a,b,,c"}
# inputs: {"s": "  spaced   out\twords\n here "}
# inputs: {"s": ""}
# inputs: {"s": "één,twee,drie\nvier"}
