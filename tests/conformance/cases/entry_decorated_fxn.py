from fxn import compile


def helper(x: int) -> int:
    return x * 2


@compile(tag="@ingot/double-plus", description="Doubles and adds one.")
def double_plus(x: int) -> int:
    return helper(x) + 1


# inputs: {"x": 20}
