"""load(): a compiled artifact as a Python callable."""

import ctypes
import json
import os
from typing import NamedTuple

from ingot import _abi
from ingot._errors import take_error
from ingot._signature import Binder, make_signature
from ingot._values import named_arguments, take_result


class Stats(NamedTuple):
    """What one call did: its latency inside the artifact and the tokens its tokenizers
    produced."""

    latency_ns: int
    tokens: int


class Function:
    """A compiled function. Call it as the Python function it was compiled from; calls
    from several threads at once are safe (the GIL is released while it runs).

    A generator function (metadata["generator"]) returns a Python iterator: the arguments
    are checked at the call, and each item is computed when it is asked for, as in
    CPython. An exception the generator raises comes out of the next() that reached it."""

    def __init__(self, path):
        self.path = os.fspath(path)
        self._lib = _abi.Library(self.path)
        self.metadata = json.loads(self._lib.signature().decode("utf-8"))
        self.__name__ = self.__qualname__ = self.metadata["name"]
        self.__doc__ = self.metadata.get("doc") or None
        self.__signature__ = make_signature(self.metadata)
        self._binder = Binder(self.__name__, self.metadata)
        self._instance = ctypes.c_void_p()
        error = ctypes.c_void_p()
        if self._lib.instance_create(ctypes.byref(self._instance), ctypes.byref(error)):
            raise take_error(self._lib, error.value)

    def __call__(self, *args, **kwargs):
        named = self._binder.bind(args, kwargs)
        if self.metadata.get("generator"):
            return self._stream(named)
        return self._invoke(named, None)

    def call_with_stats(self, *args, **kwargs):
        """(result, Stats) of one call."""
        stats = _abi.CallStats()
        result = self._invoke(self._binder.bind(args, kwargs), stats)
        return result, Stats(stats.latency_ns, stats.tokens)

    def _invoke(self, named, stats):
        lib = self._lib
        keep_alive = []  # arrays passed without a copy, alive until the call is over
        args = named_arguments(lib, named, keep_alive)
        result = ctypes.c_void_p()
        error = ctypes.c_void_p()
        try:
            status = lib.call(
                self._instance,
                args,
                ctypes.byref(result),
                None if stats is None else ctypes.byref(stats),
                ctypes.byref(error),
            )
        finally:
            lib.value_free(args)
        if status:
            raise take_error(lib, error.value)
        return take_result(lib, result.value)

    def _stream(self, named):
        lib = self._lib
        keep_alive = []
        args = named_arguments(lib, named, keep_alive)
        stream = ctypes.c_void_p()
        error = ctypes.c_void_p()
        try:
            status = lib.call_stream(
                self._instance, args, ctypes.byref(stream), ctypes.byref(error)
            )
        finally:
            lib.value_free(args)
        if status:
            raise take_error(lib, error.value)
        return self._items(stream, keep_alive)

    def _items(self, stream, keep_alive):
        """The stream's items; closing the iterator early frees the stream."""
        lib = self._lib
        try:
            while True:
                item = ctypes.c_void_p()
                error = ctypes.c_void_p()
                if lib.stream_next(stream, ctypes.byref(item), ctypes.byref(error)):
                    raise take_error(lib, error.value)
                if not item.value:
                    return
                yield take_result(lib, item.value)
        finally:
            lib.stream_free(stream)
            keep_alive.clear()

    def __repr__(self):
        return f"<ingot.Function {self.__name__}{self.__signature__} from {self.path!r}>"

    def __del__(self):
        instance = getattr(self, "_instance", None)
        if instance:
            self._lib.instance_free(instance)
            self._instance = None


def load(path):
    """Loads the artifact at `path` (a .so made by `ingot compile`) as a callable."""
    return Function(path)
