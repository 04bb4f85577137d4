def fmt(template: str, a: int, b: float, s: str) -> str:
    return template.format(a, b, s, name=s, count=a)


# inputs: {"template": "{} {} {}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{0} {2} {1}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{2}{2}{0}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{name}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{count:>6}|{name:<6}|", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{1:.3f}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{1:e}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{1:g}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{0:+d}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{0:#x} {0:#o} {0:#b}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{0:08,d}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{1:,.2f}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{0:_}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{2!r}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{2!s:>8}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{2!a}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{0!r:^9}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{{}} {{{0}}}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{{", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "}}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "x{", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "a}b", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{0", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{3}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{}{}{}{}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{}{1}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{1}{}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{missing}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{!x}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{0!}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{0!r", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{0!rx}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{0:{1}}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{2:{0}}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{2:>{0}}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{1:.{0}f}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{:{}}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{0:{1:{2}}}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{0:d}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{2:d}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{1:d}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{2:.2}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{2:^{0}}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{name!r:>{count}}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{ }", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{0x}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{-1}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{:}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{0:}}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{:{", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{a{b}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "no fields", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{0:%}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{1:.1%}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{0:c}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{2:s}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{1:=+10.2f}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{0:*^11,}", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "{} {} {}", "a": -7, "b": -0.0, "s": ""}
# inputs: {"template": "{0:>{0}}|{2!r}", "a": -7, "b": -0.0, "s": ""}
# inputs: {"template": "{1:.3e} {1:g} {1}", "a": -7, "b": -0.0, "s": ""}
# inputs: {"template": "{0:x}{0:X}{0:o}", "a": -7, "b": -0.0, "s": ""}
# inputs: {"template": "{2:^7}|{name:>4}", "a": -7, "b": -0.0, "s": ""}
# inputs: {"template": "{} {} {}", "a": 0, "b": 1e+20, "s": "'q\"\n"}
# inputs: {"template": "{0:>{0}}|{2!r}", "a": 0, "b": 1e+20, "s": "'q\"\n"}
# inputs: {"template": "{1:.3e} {1:g} {1}", "a": 0, "b": 1e+20, "s": "'q\"\n"}
# inputs: {"template": "{0:x}{0:X}{0:o}", "a": 0, "b": 1e+20, "s": "'q\"\n"}
# inputs: {"template": "{2:^7}|{name:>4}", "a": 0, "b": 1e+20, "s": "'q\"\n"}
# inputs: {"template": "{} {} {}", "a": 255, "b": 9007199254740992.0, "s": "xxx"}
# inputs: {"template": "{0:>{0}}|{2!r}", "a": 255, "b": 9007199254740992.0, "s": "xxx"}
# inputs: {"template": "{1:.3e} {1:g} {1}", "a": 255, "b": 9007199254740992.0, "s": "xxx"}
# inputs: {"template": "{0:x}{0:X}{0:o}", "a": 255, "b": 9007199254740992.0, "s": "xxx"}
# inputs: {"template": "{2:^7}|{name:>4}", "a": 255, "b": 9007199254740992.0, "s": "xxx"}
# inputs: {"template": "{} {} {}", "a": 5, "b": 1e-07, "s": "\u00fcn\u00ef"}
# inputs: {"template": "{0:>{0}}|{2!r}", "a": 5, "b": 1e-07, "s": "\u00fcn\u00ef"}
# inputs: {"template": "{1:.3e} {1:g} {1}", "a": 5, "b": 1e-07, "s": "\u00fcn\u00ef"}
# inputs: {"template": "{0:x}{0:X}{0:o}", "a": 5, "b": 1e-07, "s": "\u00fcn\u00ef"}
# inputs: {"template": "{2:^7}|{name:>4}", "a": 5, "b": 1e-07, "s": "\u00fcn\u00ef"}
