def pct(template: str, a: int, b: float, s: str) -> str:
    return template % (a, b, s)


# inputs: {"template": "%d %f %s", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%i|%.2f|%r", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%5d|%-5d|%05d", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%+d % d %+ d", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%x %o %X", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%#x %#o %#X", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%.3d %s %s", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%s %s %s", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%r %r %r", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%e %s %s", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%10.3e %s %s", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%d %g %s", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%d %G %s", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%d %#g %s", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%d %.0f %s", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%d %.0e %s", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%d %10.4f %-8s|", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%d %010.2f %.2s", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%c %s %s", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%d %d %s", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%d %x %s", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%d %f %d", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%d %f %c", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%d %f", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%d %f %s %s", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%d %f %s %%", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%% %d %f %s", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%(a)s", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%d %f %y", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%d %f %", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%d %f %5%", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%s", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%*d %s", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%-*d| %s", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%.*f %s", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%d %u %a", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%ld %lf %s", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%s %s %20r|", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%-20s|%s %s", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "100%% %d %f %s", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%d %F %s", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%d %E %s", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%o %e %s", "a": 42, "b": 3.14159, "s": "h\u00e9llo"}
# inputs: {"template": "%d %f %s", "a": -255, "b": -2.5, "s": "x"}
# inputs: {"template": "%5x|%-7.3f|%4s", "a": -255, "b": -2.5, "s": "x"}
# inputs: {"template": "%c %g %r", "a": -255, "b": -2.5, "s": "x"}
# inputs: {"template": "%#06x %+.1e %.1s", "a": -255, "b": -2.5, "s": "x"}
# inputs: {"template": "%o %G %s", "a": -255, "b": -2.5, "s": "x"}
# inputs: {"template": "%d %f %s", "a": 0, "b": 1e+300, "s": ""}
# inputs: {"template": "%5x|%-7.3f|%4s", "a": 0, "b": 1e+300, "s": ""}
# inputs: {"template": "%c %g %r", "a": 0, "b": 1e+300, "s": ""}
# inputs: {"template": "%#06x %+.1e %.1s", "a": 0, "b": 1e+300, "s": ""}
# inputs: {"template": "%o %G %s", "a": 0, "b": 1e+300, "s": ""}
# inputs: {"template": "%d %f %s", "a": 65, "b": 0.000123456, "s": "\u00e9"}
# inputs: {"template": "%5x|%-7.3f|%4s", "a": 65, "b": 0.000123456, "s": "\u00e9"}
# inputs: {"template": "%c %g %r", "a": 65, "b": 0.000123456, "s": "\u00e9"}
# inputs: {"template": "%#06x %+.1e %.1s", "a": 65, "b": 0.000123456, "s": "\u00e9"}
# inputs: {"template": "%o %G %s", "a": 65, "b": 0.000123456, "s": "\u00e9"}
# inputs: {"template": "%d %f %s", "a": 9, "b": -0.0, "s": "ab"}
# inputs: {"template": "%5x|%-7.3f|%4s", "a": 9, "b": -0.0, "s": "ab"}
# inputs: {"template": "%c %g %r", "a": 9, "b": -0.0, "s": "ab"}
# inputs: {"template": "%#06x %+.1e %.1s", "a": 9, "b": -0.0, "s": "ab"}
# inputs: {"template": "%o %G %s", "a": 9, "b": -0.0, "s": "ab"}
