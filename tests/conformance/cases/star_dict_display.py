def merged(base: dict[str, int], extra: dict[str, int]) -> dict[str, int]:
    return {"start": 0, **base, "mid": 1, **extra, "end": len(base) + len(extra)}


# inputs: {"base": {"a": 1, "mid": 7}, "extra": {"a": 2, "z": 26}}
# inputs: {"base": {}, "extra": {"start": 5}}
