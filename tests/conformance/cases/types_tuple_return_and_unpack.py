def _divmod_pair(a: int, b: int) -> tuple[int, int]:
    return a // b, a % b


def split_minutes(total: int) -> tuple[int, int, str]:
    hours, minutes = _divmod_pair(total, 60)
    swapped = minutes, hours
    return (swapped[1], minutes, f"{hours:02d}:{minutes:02d}")


# inputs: {"total": 135}
# inputs: {"total": 59}
# inputs: {"total": -1}
