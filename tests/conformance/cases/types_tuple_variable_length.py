def tagline(tags: tuple[str, ...]) -> str:
    # tuple[T, ...] holds any number of T, like a list that cannot change.
    return f"{len(tags)}: " + ", ".join(tags)


# inputs: {"tags": ["a", "b", "c"]}
# inputs: {"tags": []}
