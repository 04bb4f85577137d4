# expect-compile-error: [bad-annotation]
# expect-line: 5


def count(items: frozenset[int]) -> int:
    return len(items)
