def describe(event: dict[str, str]) -> str:
    match event:
        case {"type": "embed", "model": model, **rest}:
            return f"embed with {model}, {sorted(rest)}"
        case {"type": "rank", "query": q}:
            return f"rank {q!r}"
        case {"type": kind}:
            return f"unknown type {kind}"
        case _:
            return "no type"


# inputs: {"event": {"type": "embed", "model": "gemma", "user": "a", "dims": "768"}}
# inputs: {"event": {"type": "rank", "query": "red planet"}}
# inputs: {"event": {"type": "other"}}
# inputs: {"event": {"kind": "x"}}
