from typing import Optional


class Node:
    def __init__(self, value: int, link: Optional["Node"] = None):
        self.value = value
        self.next = link


def build_and_walk(values: list[int]) -> list[int]:
    head = None
    for v in reversed(values):
        head = Node(v, head)
    out = []
    node = head
    while node is not None:
        out.append(node.value * 10)
        node = node.next
    return out


# inputs: {"values": [1, 2, 3]}
# inputs: {"values": []}
