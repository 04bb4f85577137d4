def banner(text: str, width: int, fill: str) -> str:
    # The fill character is checked when the call runs: a long one raises TypeError.
    return text.center(width, fill)


# inputs: {"text": "hi", "width": 6, "fill": "*"}
# inputs: {"text": "hi", "width": 6, "fill": "*-"}
# inputs: {"text": "hi", "width": 6, "fill": ""}
