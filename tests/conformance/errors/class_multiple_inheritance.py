# expect-compile-error: [not-supported-yet]
# expect-line: 13


class A:
    pass


class B:
    pass


class C(A, B):
    pass


def make() -> int:
    C()
    return 1
