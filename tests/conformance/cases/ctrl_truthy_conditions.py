def first_nonempty(items: list[str], default: str) -> str:
    for item in items:
        if item:
            return item
    if not default:
        return "<none>"
    return default


# inputs: {"items": ["", "", "x", "y"], "default": "d"}
# inputs: {"items": ["", ""], "default": "d"}
# inputs: {"items": [], "default": ""}
