"""The compiled function's signature: an inspect.Signature from the artifact's signature
JSON, and argument binding that fails with CPython's own messages."""

import inspect
import typing

_KINDS = {
    "POSITIONAL_ONLY": inspect.Parameter.POSITIONAL_ONLY,
    "POSITIONAL_OR_KEYWORD": inspect.Parameter.POSITIONAL_OR_KEYWORD,
    "KEYWORD_ONLY": inspect.Parameter.KEYWORD_ONLY,
}

# What an annotation's text may name when it is turned back into a Python object.
_ANNOTATION_NAMES = {
    "int": int,
    "float": float,
    "bool": bool,
    "str": str,
    "bytes": bytes,
    "None": None,
    "list": list,
    "dict": dict,
    "set": set,
    "tuple": tuple,
    "Optional": typing.Optional,
    "Union": typing.Union,
    "List": list,
    "Dict": dict,
    "Set": set,
    "Tuple": tuple,
    "Any": typing.Any,
}


def _annotation(text):
    if not text:
        return inspect.Parameter.empty
    try:
        return eval(text, {"__builtins__": {}}, dict(_ANNOTATION_NAMES))
    except (SyntaxError, NameError, TypeError, AttributeError):
        return text  # shown as written


def make_signature(described):
    parameters = []
    for param in described["parameters"]:
        parameters.append(
            inspect.Parameter(
                param["name"],
                _KINDS[param["kind"]],
                default=param["default"] if param.get("has_default") else inspect.Parameter.empty,
                annotation=_annotation(param.get("annotation")),
            )
        )
    returns = described.get("return", {})
    return inspect.Signature(parameters, return_annotation=_annotation(returns.get("annotation")))


class Binder:
    """Maps a call's positional and keyword arguments to parameter names the way CPython
    does, raising its TypeError messages. Names it does not know, and missing required
    arguments, are left to the artifact, which words them as CPython does too."""

    def __init__(self, name, described):
        self.name = name
        params = described["parameters"]
        self.positional = [p["name"] for p in params if p["kind"] != "KEYWORD_ONLY"]
        self.positional_only = {p["name"] for p in params if p["kind"] == "POSITIONAL_ONLY"}
        self.keyword_only = {p["name"] for p in params if p["kind"] == "KEYWORD_ONLY"}
        self.positional_defaults = sum(
            1 for p in params if p["kind"] != "KEYWORD_ONLY" and p.get("has_default")
        )

    def bind(self, args, kwargs):
        if len(args) > len(self.positional):
            raise TypeError(self._too_many(len(args), kwargs))
        named = dict(zip(self.positional, args, strict=False))
        if not kwargs:
            return named
        passed_positionally = [k for k in kwargs if k in self.positional_only]
        if passed_positionally:
            names = ", ".join(f"'{k}'" for k in passed_positionally)
            raise TypeError(
                f"{self.name}() got some positional-only arguments passed as keyword arguments: "
                f"{names}"
            )
        for key, value in kwargs.items():
            if key in named:
                raise TypeError(f"{self.name}() got multiple values for argument '{key}'")
            named[key] = value
        return named

    def _too_many(self, given, kwargs):
        most = len(self.positional)
        least = most - self.positional_defaults
        if least != most:
            takes, plural = f"from {least} to {most}", "s"
        else:
            takes, plural = str(most), "" if most == 1 else "s"
        keyword_only_given = sum(1 for k in kwargs if k in self.keyword_only)
        extra = ""
        if keyword_only_given:
            extra = (
                f" positional argument{'' if given == 1 else 's'} (and {keyword_only_given} "
                f"keyword-only argument{'' if keyword_only_given == 1 else 's'})"
            )
        verb = "was" if given == 1 and not keyword_only_given else "were"
        return (
            f"{self.name}() takes {takes} positional argument{plural} "
            f"but {given}{extra} {verb} given"
        )
