def _pad(text: str, width: int = 6, fill: str = ".") -> str:
    return text.ljust(width, fill)


def labels(items: list[str]) -> list[str]:
    return [_pad(items[0]), _pad(items[0], 3), _pad(items[0], fill="_"), _pad(width=4, text="z")]


# inputs: {"items": ["ab", "c"]}
