def pick(name: str, fallback: str, count: int) -> tuple[str, str, int, int, str]:
    # `and` / `or` return one of their operands, not a bool.
    return (name or fallback, name and fallback, count or 7, count and 7, name or fallback or "x")


# inputs: {"name": "ada", "fallback": "anon", "count": 3}
# inputs: {"name": "", "fallback": "anon", "count": 0}
# inputs: {"name": "", "fallback": "", "count": -1}
