"""Exceptions raised by compiled functions, as the Python exception kinds they name."""

import ast
import builtins
import ctypes
import functools


class Error(Exception):
    """Base of the exceptions whose kind Python has no built-in class for. Each such kind is
    a subclass named after it, which also derives from its nearest built-in ancestor (so a
    kind derived from ValueError is caught by `except ValueError`)."""

    __module__ = "ingot"


def _builtin_exception(name):
    candidate = getattr(builtins, name, None)
    if isinstance(candidate, type) and issubclass(candidate, BaseException):
        return candidate
    return None


@functools.cache
def _message_only(cls):
    """`cls` made constructible from a message alone, with str() giving that message.
    For built-ins whose constructor wants more (UnicodeDecodeError takes five arguments)."""

    def __new__(subclass, message):
        return BaseException.__new__(subclass, message)

    def __init__(self, message):
        BaseException.__init__(self, message)

    def __str__(self):
        return self.args[0]

    return type(
        cls.__name__,
        (cls,),
        {
            "__new__": __new__,
            "__init__": __init__,
            "__str__": __str__,
            "__module__": "builtins",
            "__qualname__": cls.__qualname__,
        },
    )


@functools.cache
def _foreign_kind(name, ancestry):
    """A class for a kind Python does not have, under its nearest built-in ancestor."""
    base = next((b for b in map(_builtin_exception, ancestry) if b is not None), Exception)
    bases = (Error,) if base in (Exception, BaseException) else (Error, base)
    if not issubclass(base, Exception):
        bases = (Error,)
    return type(name, bases, {"__module__": "ingot"})


def _key_error(message):
    # str(KeyError(key)) is repr(key); the message is that repr, so recover the key.
    try:
        return KeyError(ast.literal_eval(message))
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return _message_only(KeyError)(message)


def make_exception(kind, message, ancestry):
    """The Python exception for an ingot error: the built-in of that name when there is one,
    else an ingot.Error subclass named `kind`."""
    cls = _builtin_exception(kind)
    if cls is None:
        exception = _foreign_kind(kind, tuple(ancestry[1:]))(message)
    elif cls is KeyError:
        exception = _key_error(message)
    elif not message and cls is not UnicodeDecodeError:
        exception = cls()
    else:
        try:
            exception = cls(message)
            if str(exception) != message:
                exception = _message_only(cls)(message)
        except TypeError:
            exception = _message_only(cls)(message)
    exception.ingot_kind = kind
    exception.ingot_ancestry = tuple(ancestry)
    return exception


def take_error(lib, error):
    """The Python exception for an ingot_error* of `lib`, which this frees."""
    if not error:
        return MemoryError()
    try:
        kind = lib.error_kind(error).decode("utf-8", "replace")
        message = lib.error_message(error).decode("utf-8", "replace")
        ancestry = []
        while True:
            ancestor = lib.error_ancestor(error, len(ancestry))
            if ancestor is None:
                break
            ancestry.append(ancestor.decode("utf-8", "replace"))
    finally:
        lib.error_free(error)
    return make_exception(kind, message, ancestry or [kind])


def error_slot():
    """An `ingot_error*` to pass by reference."""
    return ctypes.c_void_p()
