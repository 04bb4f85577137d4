def _render(tag: str, **attrs: str) -> str:
    return tag + "".join(f" {k}={v}" for k, v in attrs.items())


def spread(attrs: dict[str, str]) -> str:
    return _render("div", **attrs)


# inputs: {"attrs": {"class": "c"}}
# inputs: {"attrs": {"tag": "span"}}
