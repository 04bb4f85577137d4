def one(kind: str, template: str, n: int, s: str, f: float) -> str:
    if kind == "int":
        return template % n
    if kind == "str":
        return template % s
    if kind == "float":
        return template % f
    if kind == "list":
        return template % [n]
    if kind == "dict":
        return template % {"k": s, "n": s}
    if kind == "none":
        return template % None
    if kind == "one":
        return template % (n,)
    if kind == "empty":
        return template % ()
    if kind == "bool":
        return template % (n > 0)
    return template % tuple([n, n])


# inputs: {"kind": "int", "template": "%d", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "int", "template": "%s", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "int", "template": "%r", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "int", "template": "%5d", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "int", "template": "%-5d|", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "int", "template": "%x", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "int", "template": "%c", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "int", "template": "%f", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "int", "template": "%e", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "int", "template": "%s %s", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "int", "template": "plain", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "int", "template": "%(k)s", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "int", "template": "%%", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "str", "template": "%s", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "str", "template": "%r", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "str", "template": "%5s|", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "str", "template": "%.1s", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "str", "template": "%c", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "str", "template": "%d", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "str", "template": "%f", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "str", "template": "%x", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "str", "template": "plain", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "str", "template": "%s%s", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "str", "template": "%c", "n": 7, "s": "\u00e9", "f": 2.5}
# inputs: {"kind": "int", "template": "%c", "n": 233, "s": "hi", "f": 2.5}
# inputs: {"kind": "int", "template": "%c", "n": 1114112, "s": "hi", "f": 2.5}
# inputs: {"kind": "int", "template": "%c", "n": -1, "s": "hi", "f": 2.5}
# inputs: {"kind": "float", "template": "%s", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "float", "template": "%d", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "float", "template": "%i", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "float", "template": "%x", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "float", "template": "%.3f", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "float", "template": "%g", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "float", "template": "%r", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "float", "template": "%08.3f", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "float", "template": "%+e", "n": 7, "s": "hi", "f": 2.5}
# expect-error: OverflowError
# inputs: {"kind": "float", "template": "%d", "n": 7, "s": "hi", "f": 1e+300}
# inputs: {"kind": "float", "template": "%d", "n": 7, "s": "hi", "f": -3.99}
# inputs: {"kind": "list", "template": "%s", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "list", "template": "%r", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "list", "template": "plain", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "list", "template": "%d", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "dict", "template": "%(k)s and %(n)s", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "dict", "template": "%(k)r", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "dict", "template": "%(missing)s", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "dict", "template": "%s", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "dict", "template": "plain", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "dict", "template": "%(k)5s|", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "dict", "template": "%(k", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "none", "template": "%s", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "none", "template": "%r", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "none", "template": "%d", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "none", "template": "plain", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "one", "template": "%s", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "one", "template": "%d %d", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "one", "template": "plain", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "empty", "template": "plain", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "empty", "template": "%s", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "empty", "template": "%%", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "bool", "template": "%s", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "bool", "template": "%d", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "bool", "template": "%r", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "bool", "template": "%x", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "bool", "template": "%f", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "tuple", "template": "%d-%d", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "tuple", "template": "%d", "n": 7, "s": "hi", "f": 2.5}
# inputs: {"kind": "tuple", "template": "%s %s %s", "n": 7, "s": "hi", "f": 2.5}
