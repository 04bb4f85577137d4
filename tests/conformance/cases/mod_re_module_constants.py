import re

FLAGS = re.IGNORECASE | re.MULTILINE
HEADER = re.compile(r"^#+\s*(?P<title>.+)$", FLAGS)
SPLITTER = re.compile(pattern=r"[;,]\s*")


def headers(doc: str) -> list[str]:
    titles = [m.group("title") for m in HEADER.finditer(doc)]
    re.purge()
    return (
        titles
        + SPLITTER.split("a, b;c")
        + [str(int(FLAGS)), str(int(HEADER.flags & re.I)), str(HEADER.flags)]
    )


# inputs: {"doc": "# One\ntext\n## Two words\n#not\n"}
# inputs: {"doc": ""}
