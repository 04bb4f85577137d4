# expect-compile-error: [no-entry]
# There is no public function, so no entry: the error has no line of its own.


def _helper(x: int) -> int:
    return x
