import re


def compile_error(pattern: str) -> int:
    return re.compile(pattern).groups


# inputs: {"pattern": "(a)(b)"}
# inputs: {"pattern": "(abc"}
# inputs: {"pattern": "abc)"}
# inputs: {"pattern": "*abc"}
# inputs: {"pattern": "[abc"}
# inputs: {"pattern": "\\p{L}"}
# inputs: {"pattern": "a\\"}
# inputs: {"pattern": "x(?P<n>a)(?P=n)"}
# inputs: {"pattern": "(a))"}
# inputs: {"pattern": "a{,3}"}
# inputs: {"pattern": "\\d+\\Z"}
