from collections import deque


def bfs(edges: dict[str, list[str]], start: str) -> list[str]:
    seen = {start}
    order = []
    queue = deque([start])
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in edges.get(node, []):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order


# inputs: {"edges": {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "e": ["a"]}, "start": "a"}
# inputs: {"edges": {}, "start": "z"}
