from typing import Optional


def bump(x: Optional[int], by: int) -> int:
    # No check for None: CPython raises TypeError when x is None, and so must ingot.
    return x + by


# inputs: {"x": 4, "by": 1}
# inputs: {"x": null, "by": 1}
