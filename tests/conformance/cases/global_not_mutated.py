DEFAULTS = {"size": 10, "depth": 2}


def settings(overrides: dict[str, int]) -> dict[str, int]:
    # Copy the constant before changing it: each call sees the same defaults.
    merged = dict(DEFAULTS)
    merged.update(overrides)
    return merged


# inputs: {"overrides": {"size": 3}}
# inputs: {"overrides": {}}
