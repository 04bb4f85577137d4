def _render(tag: str, **attrs: str) -> str:
    return tag + "".join(f" {k}={v}" for k, v in attrs.items())


def spread(attrs: dict[str, str]) -> str:
    return _render("div", **attrs) + "|" + _render("p", id="x", **attrs)


# inputs: {"attrs": {"class": "c", "title": "t"}}
# inputs: {"attrs": {}}
