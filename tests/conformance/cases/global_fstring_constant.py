VERSION = 3
NAME = "ingot"
BANNER = f"{NAME} v{VERSION:02d}"
SEPARATOR = "-" * 4


def header(title: str) -> str:
    return f"{BANNER}{SEPARATOR}{title}"


# inputs: {"title": "report"}
