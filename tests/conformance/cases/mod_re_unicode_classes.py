import re


def classes(text: str) -> list[list[str]]:
    return [
        re.findall(r"\d", text),
        re.findall(r"\w+", text),
        re.findall(r"\d", text, re.ASCII),
        re.findall(r"\w+", text, re.A),
        re.findall(r"[^\W\d]+", text),
        re.findall(r"straße", text, re.IGNORECASE),
        re.findall(r"\u00e9", text),
    ]


# inputs: {"text": "café ٣ 42 日本語 STRASSE straße Straße"}
