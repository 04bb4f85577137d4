def indexed(template: str, xs: list[int], d: dict[str, float], s: str) -> str:
    pair = (len(xs), s)
    return template.format(xs, d, s, pair, table=d, nested=[xs, xs])


# inputs: {"template":"{0[0]} {0[1]}","xs":[10,20],"d":{"a":1.5,"b":-2.0},"s":"h\u00e9llo"}
# inputs: {"template": "{[1]}", "xs": [10, 20], "d": {"a": 1.5, "b": -2.0}, "s": "h\u00e9llo"}
# inputs: {"template": "{0[2]}", "xs": [10, 20], "d": {"a": 1.5, "b": -2.0}, "s": "h\u00e9llo"}
# inputs: {"template": "{0[a]}", "xs": [10, 20], "d": {"a": 1.5, "b": -2.0}, "s": "h\u00e9llo"}
# inputs: {"template": "{1[a]:.2f}", "xs": [10, 20], "d": {"a": 1.5, "b": -2.0}, "s": "h\u00e9llo"}
# inputs: {"template": "{table[b]}", "xs": [10, 20], "d": {"a": 1.5, "b": -2.0}, "s": "h\u00e9llo"}
# inputs: {"template": "{table[zz]}", "xs": [10, 20], "d": {"a": 1.5, "b": -2.0}, "s": "h\u00e9llo"}
# inputs: {"template": "{1[0]}", "xs": [10, 20], "d": {"a": 1.5, "b": -2.0}, "s": "h\u00e9llo"}
# inputs: {"template":"{2[1]}{2[0]}","xs":[10,20],"d":{"a":1.5,"b":-2.0},"s":"h\u00e9llo"}
# inputs: {"template": "{2[9]}", "xs": [10, 20], "d": {"a": 1.5, "b": -2.0}, "s": "h\u00e9llo"}
# inputs: {"template": "{2[x]}", "xs": [10, 20], "d": {"a": 1.5, "b": -2.0}, "s": "h\u00e9llo"}
# inputs: {"template":"{3[0]} {3[1]!r}","xs":[10,20],"d":{"a":1.5,"b":-2.0},"s":"h\u00e9llo"}
# inputs: {"template": "{3[2]}", "xs": [10, 20], "d": {"a": 1.5, "b": -2.0}, "s": "h\u00e9llo"}
# inputs: {"template": "{3[q]}", "xs": [10, 20], "d": {"a": 1.5, "b": -2.0}, "s": "h\u00e9llo"}
# inputs: {"template":"{nested[1][0]:>5}","xs":[10,20],"d":{"a":1.5,"b":-2.0},"s":"h\u00e9llo"}
# inputs: {"template": "{0[0][0]}", "xs": [10, 20], "d": {"a": 1.5, "b": -2.0}, "s": "h\u00e9llo"}
# inputs: {"template": "{0[]}", "xs": [10, 20], "d": {"a": 1.5, "b": -2.0}, "s": "h\u00e9llo"}
# inputs: {"template": "{0[0]x}", "xs": [10, 20], "d": {"a": 1.5, "b": -2.0}, "s": "h\u00e9llo"}
# inputs: {"template": "{0[", "xs": [10, 20], "d": {"a": 1.5, "b": -2.0}, "s": "h\u00e9llo"}
# inputs: {"template": "{0[-1]}", "xs": [10, 20], "d": {"a": 1.5, "b": -2.0}, "s": "h\u00e9llo"}
# inputs: {"template":"{table[a]!r:*^12}","xs":[10,20],"d":{"a":1.5,"b":-2.0},"s":"h\u00e9llo"}
# inputs: {"template": "{0[0]}", "xs": [], "d": {}, "s": ""}
# inputs: {"template": "{2[0]}", "xs": [], "d": {}, "s": ""}
