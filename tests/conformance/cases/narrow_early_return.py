def _parse_dim(spec: str | None, default: int) -> int:
    if spec is None:
        return default
    spec = spec.strip()
    if not spec:
        return default
    return int(spec)


def dims(specs: list[str | None]) -> list[int]:
    return [_parse_dim(s, 768) for s in specs]


# inputs: {"specs": ["256", null, "  ", " 512 "]}
# inputs: {"specs": ["abc"]}
