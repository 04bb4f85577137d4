"""Call functions compiled by ingot from Python.

    import ingot
    f = ingot.load("embed.so")
    f("some text")

`load` gives a callable with the compiled function's own signature (positional, keyword
and default parameters, an `inspect.Signature`, the docstring); calling it converts the
arguments to the artifact's values, runs the compiled code, and converts the result back.
"""

from ingot._errors import Error
from ingot._function import Function, Stats, load

__all__ = ["Error", "Function", "Stats", "load"]
__version__ = "0.1.0"
