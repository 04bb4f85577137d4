# expect-compile-error: SyntaxError
# expect-line: 6


def greet(name: str) -> str:
    return "hello, + name
