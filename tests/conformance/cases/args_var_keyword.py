def _render(tag: str, **attrs: str) -> str:
    parts = [tag]
    for name, value in attrs.items():
        parts.append(f'{name}="{value}"')
    return "<" + " ".join(parts) + ">"


def render(cls: str) -> list[str]:
    return [_render("br"), _render("div", id="main", cls=cls), _render(tag="p", role=cls)]


# inputs: {"cls": "wide"}
# inputs: {"cls": ""}
