"""Python values <-> the artifact's ingot_value trees."""

import ctypes
import json
import sys

from ingot import _abi
from ingot._errors import take_error

_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1

# numpy dtype name <-> ingot_dtype
_DTYPES = {
    "float32": _abi.FLOAT32,
    "float64": _abi.FLOAT64,
    "int32": _abi.INT32,
    "int64": _abi.INT64,
    "uint8": _abi.UINT8,
    "bool": _abi.BOOL8,
    "bfloat16": _abi.BFLOAT16,
    "float16": _abi.FLOAT16,
    "int8": _abi.INT8,
}
_DTYPE_NAMES = {code: name for name, code in _DTYPES.items()}


def _numpy():
    # numpy is optional; it is only needed when the caller already uses it.
    return sys.modules.get("numpy")


class ValueOwner:
    """Owns an ingot_value of one artifact and frees it when the last Python object that
    borrows its memory (a numpy array over one of its arrays) is gone."""

    __slots__ = ("lib", "pointer")

    def __init__(self, lib, pointer):
        self.lib = lib
        self.pointer = pointer

    def __del__(self):
        if self.pointer:
            self.lib.value_free(self.pointer)
            self.pointer = None


def _checked(lib, pointer, error=None):
    if not pointer:
        if error is not None and error.value:
            raise take_error(lib, error.value)
        raise MemoryError("ingot could not allocate a value")
    return pointer


_JSON_SCALARS = frozenset((str, int, float, bool, type(None)))
_json_encode = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode
_json_str = json.encoder.encode_basestring  # "..." with JSON escapes, non-ASCII kept


def _in_int64(value):
    return _INT64_MIN <= value <= _INT64_MAX


def _scalar_json(value):
    """JSON text of a scalar that reads back as the same value in the artifact, or None."""
    kind = type(value)
    if kind is str:
        return _json_str(value)
    if kind is int:
        return int.__repr__(value) if _in_int64(value) else None
    if kind is float:
        return (
            _json_encode(value)
            if value != value or value in (_INF, -_INF)
            else float.__repr__(value)
        )
    if kind is bool:
        return "true" if value else "false"
    if value is None:
        return "null"
    return None


_INF = float("inf")


def _flat_json(named):
    """The named arguments as one JSON object when every value is a scalar, or a list or
    tuple of scalars (a tuple comes back as a list, which every parameter that takes a
    tuple accepts); else None."""
    members = []
    for name, value in named.items():
        text = _scalar_json(value)
        if text is None:
            kind = type(value)
            if kind is not list and kind is not tuple:
                return None
            for item in value:
                if type(item) not in _JSON_SCALARS or (type(item) is int and not _in_int64(item)):
                    return None
            text = _json_encode(value)
        members.append(_json_str(name) + ": " + text)
    return "{" + ", ".join(members) + "}"


def named_arguments(lib, named, keep_alive):
    """The ingot_value dict of a call's named arguments. Plain arguments cross as one JSON
    text: one call into the artifact instead of several per value."""
    text = _flat_json(named)
    if text is None:
        return to_value(lib, named, keep_alive)
    data = text.encode("utf-8")
    error = ctypes.c_void_p()
    return _checked(lib, lib.value_from_json(data, len(data), ctypes.byref(error)), error)


def to_value(lib, obj, keep_alive):
    """A new ingot_value (owned by the caller) for `obj`. Arrays passed without a copy are
    appended to `keep_alive`, which must outlive the value."""
    # Dispatch on the exact type first: this runs for every argument of every call.
    convert = _BY_TYPE.get(type(obj))
    if convert is not None:
        return convert(lib, obj, keep_alive)
    if isinstance(obj, bool):
        return _bool(lib, obj, keep_alive)
    if isinstance(obj, int):
        return _int(lib, obj, keep_alive)
    if isinstance(obj, float):
        return _float(lib, obj, keep_alive)
    if isinstance(obj, str):
        return _str(lib, obj, keep_alive)
    if isinstance(obj, (bytes, bytearray, memoryview)):
        return _bytes(lib, obj, keep_alive)
    if isinstance(obj, (list, tuple, set, frozenset)):
        return _sequence(lib, obj, keep_alive)
    if isinstance(obj, dict):
        return _dict(lib, obj, keep_alive)
    np = _numpy()
    if np is not None:
        if isinstance(obj, np.ndarray):
            return _array(lib, np, obj, keep_alive)
        if isinstance(obj, np.generic):
            return to_value(lib, obj.item(), keep_alive)
    raise TypeError(f"ingot cannot pass a value of type {type(obj).__name__}")


def _none(lib, obj, keep_alive):
    return _checked(lib, lib.value_none())


def _bool(lib, obj, keep_alive):
    return _checked(lib, lib.value_bool(1 if obj else 0))


def _int(lib, obj, keep_alive):
    if not _INT64_MIN <= obj <= _INT64_MAX:
        raise OverflowError("int too large to pass to ingot (64-bit)")
    return _checked(lib, lib.value_int(obj))


def _float(lib, obj, keep_alive):
    return _checked(lib, lib.value_float(obj))


def _str(lib, obj, keep_alive):
    data = obj.encode("utf-8")
    value = lib.value_str(data, len(data), None)
    if not value:  # only out of memory: the encoded text is valid UTF-8
        raise MemoryError("ingot could not allocate a value")
    return value


def _bytes(lib, obj, keep_alive):
    data = bytes(obj)
    return _checked(lib, lib.value_bytes(data, len(data)))


def _sequence(lib, items, keep_alive):
    # A tuple stays a tuple; a list, a set (the ABI has none) or a frozenset is a list.
    container = _checked(lib, lib.value_tuple() if isinstance(items, tuple) else lib.value_list())
    try:
        for item in items:
            if lib.value_append(container, to_value(lib, item, keep_alive), None):
                raise MemoryError("ingot could not allocate a value")
    except BaseException:
        lib.value_free(container)
        raise
    return container


def _dict(lib, mapping, keep_alive):
    container = _checked(lib, lib.value_dict())
    try:
        error = ctypes.c_void_p()
        for key, value in mapping.items():
            key_value = to_value(lib, key, keep_alive)
            try:
                item_value = to_value(lib, value, keep_alive)
            except BaseException:
                lib.value_free(key_value)
                raise
            # Fails only where Python would not have hashed the key either.
            if lib.value_dict_set(container, key_value, item_value, ctypes.byref(error)):
                raise take_error(lib, error.value)
    except BaseException:
        lib.value_free(container)
        raise
    return container


_BY_TYPE = {
    type(None): _none,
    bool: _bool,
    int: _int,
    float: _float,
    str: _str,
    bytes: _bytes,
    list: _sequence,
    tuple: _sequence,
    dict: _dict,
}


def _array(lib, np, array, keep_alive):
    code = _DTYPES.get(array.dtype.name)
    if code is None:
        raise TypeError(f"ingot cannot pass an array of dtype {array.dtype.name}")
    # The ABI's arrays are C-contiguous; anything else is copied into that layout once.
    if not array.flags.c_contiguous:
        array = np.ascontiguousarray(array)
    keep_alive.append(array)
    shape = (ctypes.c_int64 * max(array.ndim, 1))(*array.shape)
    error = ctypes.c_void_p()
    pointer = lib.value_array_wrap(
        code, array.ndim, shape, array.ctypes.data, None, None, ctypes.byref(error)
    )
    return _checked(lib, pointer, error)


def take_result(lib, pointer):
    """The Python value of a call's result, which this frees (or hands to the numpy arrays
    that borrow its memory)."""
    read = _SCALAR_READERS.get(lib.value_kind(pointer))
    if read is not None:  # the common small result: no owner object needed
        try:
            return read(lib, pointer)
        finally:
            lib.value_free(pointer)
    owner = ValueOwner(lib, pointer)
    return from_value(lib, pointer, owner)


def _read_str(lib, pointer):
    size = ctypes.c_size_t()
    data = lib.value_as_str(pointer, ctypes.byref(size))
    return ctypes.string_at(data, size.value).decode("utf-8")


_SCALAR_READERS = {
    _abi.INT: lambda lib, pointer: lib.value_as_int(pointer),
    _abi.FLOAT: lambda lib, pointer: lib.value_as_float(pointer),
    _abi.STR: _read_str,
    _abi.BOOL: lambda lib, pointer: bool(lib.value_as_bool(pointer)),
    _abi.NONE: lambda lib, pointer: None,
}


def from_value(lib, pointer, owner):
    """The Python value of the ingot_value at `pointer` (borrowed from `owner`)."""
    kind = lib.value_kind(pointer)
    if kind == _abi.INT:
        return lib.value_as_int(pointer)
    if kind == _abi.FLOAT:
        return lib.value_as_float(pointer)
    if kind == _abi.STR:
        size = ctypes.c_size_t()
        data = lib.value_as_str(pointer, ctypes.byref(size))
        return ctypes.string_at(data, size.value).decode("utf-8")
    if kind == _abi.BOOL:
        return bool(lib.value_as_bool(pointer))
    if kind == _abi.NONE:
        return None
    if kind == _abi.LIST:
        return [
            from_value(lib, lib.value_item(pointer, i), owner)
            for i in range(lib.value_len(pointer))
        ]
    if kind == _abi.TUPLE:
        return tuple(
            from_value(lib, lib.value_item(pointer, i), owner)
            for i in range(lib.value_len(pointer))
        )
    if kind == _abi.DICT:
        return {
            from_value(lib, lib.value_dict_key(pointer, i), owner): from_value(
                lib, lib.value_dict_value(pointer, i), owner
            )
            for i in range(lib.value_len(pointer))
        }
    if kind == _abi.BYTES:
        size = ctypes.c_size_t()
        data = lib.value_as_bytes(pointer, ctypes.byref(size))
        return ctypes.string_at(data, size.value)
    if kind == _abi.ARRAY:
        return _array_result(lib, pointer, owner)
    raise TypeError(f"ingot returned a value of unknown kind {kind}")


def _array_result(lib, pointer, owner):
    np = _numpy()
    if np is None:
        try:
            import numpy as np
        except ImportError:
            np = None
    if np is None:
        # Nested lists, exactly as ndarray.tolist() would give them.
        return json.loads(_to_json(lib, pointer))
    code = lib.value_array_dtype(pointer)
    ndim = lib.value_array_ndim(pointer)
    shape_pointer = lib.value_array_shape(pointer)
    shape = tuple(shape_pointer[i] for i in range(ndim))
    size = lib.dtype_size(code)
    for dim in shape:
        size *= dim
    name = _DTYPE_NAMES[code]
    if name == "bfloat16":
        return _bfloat16_result(np, lib, pointer, shape, size)
    dtype = np.dtype(name)
    if size == 0:
        return np.zeros(shape, dtype=dtype)
    # Without a copy: the array's memory stays the artifact's, kept alive through `owner`.
    buffer = (ctypes.c_char * size).from_address(lib.value_array_data(pointer))
    buffer._ingot_owner = owner
    return np.frombuffer(buffer, dtype=dtype).reshape(shape)


def _bfloat16_result(np, lib, pointer, shape, size):
    bits = np.frombuffer(ctypes.string_at(lib.value_array_data(pointer), size), dtype=np.uint16)
    try:
        import ml_dtypes

        return bits.view(ml_dtypes.bfloat16).reshape(shape)
    except ImportError:
        # bfloat16 widens exactly to float32: its bits are a float32's upper half.
        return (bits.astype(np.uint32) << 16).view(np.float32).reshape(shape)


def _to_json(lib, pointer):
    error = ctypes.c_void_p()
    size = ctypes.c_size_t()
    text = lib.value_to_json(pointer, ctypes.byref(size), ctypes.byref(error))
    if not text:
        raise take_error(lib, error.value)
    try:
        return ctypes.string_at(text, size.value).decode("utf-8")
    finally:
        lib.string_free(text)
