"""ctypes bindings of include/ingot/ingot.h for one loaded artifact."""

import ctypes
import os

ABI_VERSION = 1

# ingot_kind
NONE, BOOL, INT, FLOAT, STR, BYTES, LIST, TUPLE, DICT, ARRAY = range(10)
# ingot_dtype
FLOAT32, FLOAT64, INT32, INT64, UINT8, BOOL8, BFLOAT16, FLOAT16, INT8 = range(9)

_value_p = ctypes.c_void_p
_error_p = ctypes.c_void_p
_instance_p = ctypes.c_void_p
_stream_p = ctypes.c_void_p
_size_p = ctypes.POINTER(ctypes.c_size_t)
_error_pp = ctypes.POINTER(_error_p)


class CallStats(ctypes.Structure):
    _fields_ = [("latency_ns", ctypes.c_uint64), ("tokens", ctypes.c_uint64)]


# name: (restype, argtypes)
_PROTOTYPES = {
    "ingot_abi_version": (ctypes.c_uint32, []),
    "ingot_signature": (ctypes.c_char_p, []),
    "ingot_instance_create": (ctypes.c_int, [ctypes.POINTER(_instance_p), _error_pp]),
    "ingot_instance_free": (None, [_instance_p]),
    "ingot_call": (
        ctypes.c_int,
        [_instance_p, _value_p, ctypes.POINTER(_value_p), ctypes.POINTER(CallStats), _error_pp],
    ),
    "ingot_call_stream": (
        ctypes.c_int,
        [_instance_p, _value_p, ctypes.POINTER(_stream_p), _error_pp],
    ),
    "ingot_stream_next": (ctypes.c_int, [_stream_p, ctypes.POINTER(_value_p), _error_pp]),
    "ingot_stream_free": (None, [_stream_p]),
    "ingot_error_kind": (ctypes.c_char_p, [_error_p]),
    "ingot_error_message": (ctypes.c_char_p, [_error_p]),
    "ingot_error_ancestor": (ctypes.c_char_p, [_error_p, ctypes.c_size_t]),
    "ingot_error_free": (None, [_error_p]),
    "ingot_value_none": (_value_p, []),
    "ingot_value_bool": (_value_p, [ctypes.c_int]),
    "ingot_value_int": (_value_p, [ctypes.c_int64]),
    "ingot_value_float": (_value_p, [ctypes.c_double]),
    "ingot_value_str": (_value_p, [ctypes.c_char_p, ctypes.c_size_t, _error_pp]),
    "ingot_value_bytes": (_value_p, [ctypes.c_char_p, ctypes.c_size_t]),
    "ingot_value_list": (_value_p, []),
    "ingot_value_tuple": (_value_p, []),
    "ingot_value_dict": (_value_p, []),
    "ingot_value_append": (ctypes.c_int, [_value_p, _value_p, _error_pp]),
    "ingot_value_dict_set": (ctypes.c_int, [_value_p, _value_p, _value_p, _error_pp]),
    "ingot_value_array_copy": (
        _value_p,
        [ctypes.c_int, ctypes.c_size_t, ctypes.POINTER(ctypes.c_int64), ctypes.c_void_p, _error_pp],
    ),
    "ingot_value_array_wrap": (
        _value_p,
        [
            ctypes.c_int,
            ctypes.c_size_t,
            ctypes.POINTER(ctypes.c_int64),
            ctypes.c_void_p,
            ctypes.c_void_p,  # release callback; the client passes NULL and keeps data alive
            ctypes.c_void_p,
            _error_pp,
        ],
    ),
    "ingot_value_from_json": (_value_p, [ctypes.c_char_p, ctypes.c_size_t, _error_pp]),
    "ingot_value_clone": (_value_p, [_value_p, _error_pp]),
    "ingot_value_free": (None, [_value_p]),
    "ingot_value_kind": (ctypes.c_int, [_value_p]),
    "ingot_value_as_bool": (ctypes.c_int, [_value_p]),
    "ingot_value_as_int": (ctypes.c_int64, [_value_p]),
    "ingot_value_as_float": (ctypes.c_double, [_value_p]),
    "ingot_value_as_str": (ctypes.c_void_p, [_value_p, _size_p]),
    "ingot_value_as_bytes": (ctypes.c_void_p, [_value_p, _size_p]),
    "ingot_value_len": (ctypes.c_size_t, [_value_p]),
    "ingot_value_item": (_value_p, [_value_p, ctypes.c_size_t]),
    "ingot_value_dict_key": (_value_p, [_value_p, ctypes.c_size_t]),
    "ingot_value_dict_value": (_value_p, [_value_p, ctypes.c_size_t]),
    "ingot_value_dict_get": (_value_p, [_value_p, ctypes.c_char_p, ctypes.c_size_t]),
    "ingot_value_array_dtype": (ctypes.c_int, [_value_p]),
    "ingot_value_array_ndim": (ctypes.c_size_t, [_value_p]),
    "ingot_value_array_shape": (ctypes.POINTER(ctypes.c_int64), [_value_p]),
    "ingot_value_array_data": (ctypes.c_void_p, [_value_p]),
    "ingot_dtype_size": (ctypes.c_size_t, [ctypes.c_int]),
    "ingot_value_to_json": (ctypes.c_void_p, [_value_p, _size_p, _error_pp]),
    "ingot_string_free": (None, [ctypes.c_void_p]),
}


class Library:
    """The C ABI of one artifact: its functions as attributes without the `ingot_` prefix
    (lib.value_int(3), lib.call(...))."""

    def __init__(self, path):
        self.path = os.fspath(path)
        # RTLD_LOCAL: two artifacts loaded side by side keep their runtimes apart.
        self._dll = ctypes.CDLL(os.path.abspath(self.path), mode=os.RTLD_NOW | os.RTLD_LOCAL)
        for name, (restype, argtypes) in _PROTOTYPES.items():
            try:
                function = getattr(self._dll, name)
            except AttributeError:
                raise OSError(f"{self.path} is not an ingot artifact (it has no {name})") from None
            function.restype = restype
            function.argtypes = argtypes
            setattr(self, name[len("ingot_") :], function)
        version = self.abi_version()
        if version != ABI_VERSION:
            raise OSError(
                f"{self.path} has ingot ABI version {version}; this client reads {ABI_VERSION}"
            )
