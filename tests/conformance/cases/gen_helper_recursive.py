from typing import Iterator


def _walk(tree: dict[str, list[str]], node: str, depth: int) -> Iterator[str]:
    yield "  " * depth + node
    for child in tree.get(node, []):
        yield from _walk(tree, child, depth + 1)


def render(tree: dict[str, list[str]], root: str) -> str:
    return "\n".join(_walk(tree, root, 0))


# inputs: {"tree": {"a": ["b", "c"], "b": ["d"]}, "root": "a"}
# inputs: {"tree": {}, "root": "x"}
