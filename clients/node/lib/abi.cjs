"use strict";
// The artifact's C ABI (include/ingot/ingot.h) through koffi: one Library per loaded
// artifact, since every artifact exports the same names.

const koffi = require("koffi");

// koffi's type names are global to the process: declared once.
const types = {
  value: koffi.opaque("ingot_value"),
  error: koffi.opaque("ingot_error"),
  instance: koffi.opaque("ingot_instance"),
  stream: koffi.opaque("ingot_stream"),
  stats: koffi.struct("ingot_call_stats", { latency_ns: "uint64_t", tokens: "uint64_t" }),
};

const PROTOTYPES = {
  abi_version: "uint32_t ingot_abi_version(void)",
  signature: "const char *ingot_signature(void)",
  instance_create: "int ingot_instance_create(_Out_ ingot_instance **out, _Out_ ingot_error **error)",
  instance_free: "void ingot_instance_free(ingot_instance *instance)",
  call: "int ingot_call(ingot_instance *instance, const ingot_value *args, _Out_ ingot_value **result, _Out_ ingot_call_stats *stats, _Out_ ingot_error **error)",
  call_stream:
    "int ingot_call_stream(ingot_instance *instance, const ingot_value *args, _Out_ ingot_stream **stream, _Out_ ingot_error **error)",
  stream_next: "int ingot_stream_next(ingot_stream *stream, _Out_ ingot_value **item, _Out_ ingot_error **error)",
  stream_free: "void ingot_stream_free(ingot_stream *stream)",
  error_kind: "const char *ingot_error_kind(const ingot_error *error)",
  error_message: "const char *ingot_error_message(const ingot_error *error)",
  error_ancestor: "const char *ingot_error_ancestor(const ingot_error *error, size_t index)",
  error_free: "void ingot_error_free(ingot_error *error)",
  value_none: "ingot_value *ingot_value_none(void)",
  value_bool: "ingot_value *ingot_value_bool(int value)",
  value_int: "ingot_value *ingot_value_int(int64_t value)",
  value_float: "ingot_value *ingot_value_float(double value)",
  value_str: "ingot_value *ingot_value_str(const uint8_t *utf8, size_t size, _Out_ ingot_error **error)",
  value_bytes: "ingot_value *ingot_value_bytes(const uint8_t *data, size_t size)",
  value_list: "ingot_value *ingot_value_list(void)",
  value_tuple: "ingot_value *ingot_value_tuple(void)",
  value_dict: "ingot_value *ingot_value_dict(void)",
  value_append: "int ingot_value_append(ingot_value *container, ingot_value *item, _Out_ ingot_error **error)",
  value_dict_set:
    "int ingot_value_dict_set(ingot_value *dict, ingot_value *key, ingot_value *value, _Out_ ingot_error **error)",
  value_array_copy:
    "ingot_value *ingot_value_array_copy(int dtype, size_t ndim, const int64_t *shape, const uint8_t *data, _Out_ ingot_error **error)",
  value_free: "void ingot_value_free(ingot_value *value)",
  value_kind: "int ingot_value_kind(const ingot_value *value)",
  value_as_bool: "int ingot_value_as_bool(const ingot_value *value)",
  value_as_int: "int64_t ingot_value_as_int(const ingot_value *value)",
  value_as_float: "double ingot_value_as_float(const ingot_value *value)",
  value_as_str: "const void *ingot_value_as_str(const ingot_value *value, _Out_ size_t *size)",
  value_as_bytes: "const void *ingot_value_as_bytes(const ingot_value *value, _Out_ size_t *size)",
  value_len: "size_t ingot_value_len(const ingot_value *value)",
  value_item: "const ingot_value *ingot_value_item(const ingot_value *value, size_t index)",
  value_dict_key: "const ingot_value *ingot_value_dict_key(const ingot_value *dict, size_t index)",
  value_dict_value: "const ingot_value *ingot_value_dict_value(const ingot_value *dict, size_t index)",
  value_array_dtype: "int ingot_value_array_dtype(const ingot_value *array)",
  value_array_ndim: "size_t ingot_value_array_ndim(const ingot_value *array)",
  value_array_shape: "const int64_t *ingot_value_array_shape(const ingot_value *array)",
  value_array_data: "void *ingot_value_array_data(const ingot_value *array)",
};

// The ABI version this client speaks (INGOT_ABI_VERSION in ingot.h).
const ABI_VERSION = 1;

class Library {
  constructor(path) {
    this.path = path;
    this.handle = koffi.load(path);
    for (const [name, prototype] of Object.entries(PROTOTYPES)) {
      this[name] = this.handle.func(prototype);
    }
  }
}

module.exports = { koffi, types, Library, ABI_VERSION };
