# expect-compile-error: [not-supported-yet]
# expect-line: 15


class Resource:
    def __enter__(self):
        return 1

    def __exit__(self, exc_type, exc, tb):
        return False


def use(x: int) -> int:
    with Resource() as r:
        return r + x
