"""Call functions compiled by ingot from Python.

    import ingot
    f = ingot.load("embed.so")
    f("some text")

`OpenAI(models=..., models_dir=..., base_url=...)` gives OpenAI's embeddings API
(`client.embeddings.create(model=..., input=...)`) over compiled artifacts, falling back to
a remote OpenAI-compatible server.

`load` gives a callable with the compiled function's own signature (positional, keyword
and default parameters, an `inspect.Signature`, the docstring); calling it converts the
arguments to the artifact's values, runs the compiled code, and converts the result back.
"""

from ingot._errors import Error
from ingot._function import Function, Stats, load
from ingot._openai import (
    APIConnectionError,
    APIError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    OpenAI,
    OpenAIError,
    RateLimitError,
)

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "AuthenticationError",
    "BadRequestError",
    "Error",
    "Function",
    "InternalServerError",
    "NotFoundError",
    "OpenAI",
    "OpenAIError",
    "RateLimitError",
    "Stats",
    "load",
]
__version__ = "0.1.0"
