def joins(parts: list[str], sep: str) -> list[str]:
    return [sep.join(parts), "".join(parts), ", ".join(parts[::-1]), sep.join(sep)]


# inputs: {"parts": ["x", "y", "z"], "sep": "-"}
# inputs: {"parts": [], "sep": "::"}
# inputs: {"parts": ["ü"], "sep": "ß"}
