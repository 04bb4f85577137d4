from muna import compile


def unrelated(s: str) -> str:
    return s


@compile()
def initials(full_name: str) -> str:
    return "".join([part[0].upper() for part in full_name.split()])


# inputs: {"full_name": "grace brewster murray hopper"}
