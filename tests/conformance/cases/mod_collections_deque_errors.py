from collections import deque


def drain(items: list[str], pops: int) -> list[str]:
    q = deque(items)
    out = []
    for _ in range(pops):
        out.append(q.popleft())
    return out


def _drain_right(items: list[str], pops: int) -> list[str]:
    q = deque(items, 5)
    return [q.pop() for _ in range(pops)]


# inputs: {"items": ["a", "b"], "pops": 2}
# inputs: {"items": ["a", "b"], "pops": 3}
# inputs: {"items": [], "pops": 1}
