def lengths(texts: list[str | None], default: str | None) -> list[int]:
    out = []
    for t in texts:
        if t is None:
            if default is not None:
                out.append(len(default))
            continue
        out.append(len(t.strip()) + len(_first_word(t)))
    return out


def _first_word(text: str | None) -> str:
    if not text:
        return ""
    return text.split()[0].lower()


# inputs: {"texts": ["a ", null, "  hello "], "default": "xyz"}
# inputs: {"texts": [null], "default": null}
