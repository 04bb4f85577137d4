"use strict";
// JavaScript values to and from the artifact's values (ingot_value).
//
//   null/undefined ↔ None     boolean ↔ bool       string ↔ str      Buffer → bytes → Buffer
//   integer number, bigint → int → number (bigint beyond 2^53)          other number ↔ float
//   Array → list; list and tuple → Array        plain object → dict (str keys) → object
//   Map → dict (any keys); a dict with other than str keys → Map
//   {data: TypedArray, shape} ↔ n-dimensional array ({data, shape, dtype} out)

const { koffi } = require("./abi.cjs");
const { takeError } = require("./errors.cjs");

const KIND = { NONE: 0, BOOL: 1, INT: 2, FLOAT: 3, STR: 4, BYTES: 5, LIST: 6, TUPLE: 7, DICT: 8, ARRAY: 9 };

// ingot_dtype, its typed array, and its name (numpy's).
const DTYPES = [
  { code: 0, name: "float32", Array: Float32Array },
  { code: 1, name: "float64", Array: Float64Array },
  { code: 2, name: "int32", Array: Int32Array },
  { code: 3, name: "int64", Array: BigInt64Array },
  { code: 4, name: "uint8", Array: Uint8Array },
  { code: 5, name: "bool", Array: Uint8Array },
  { code: 6, name: "bfloat16", Array: Uint16Array },
  { code: 7, name: "float16", Array: Uint16Array },
  { code: 8, name: "int8", Array: Int8Array },
];
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

function isTensor(value) {
  return (
    value !== null &&
    typeof value === "object" &&
    ArrayBuffer.isView(value.data) &&
    !(value.data instanceof DataView) &&
    Array.isArray(value.shape)
  );
}

// A typed array's dtype: by `dtype` when given (bool, bfloat16, float16 share storage with
// others), else by the array's class.
function dtypeOf(tensor) {
  if (tensor.dtype !== undefined) {
    const found = DTYPES.find((d) => d.name === tensor.dtype);
    if (!found) throw new TypeError(`unknown dtype ${JSON.stringify(tensor.dtype)}`);
    if (!(tensor.data instanceof found.Array)) {
      throw new TypeError(`dtype ${found.name} needs its data as a ${found.Array.name}`);
    }
    return found;
  }
  const found = DTYPES.find((d) => tensor.data instanceof d.Array);
  if (!found) throw new TypeError(`arrays of ${tensor.data.constructor.name} are not supported`);
  return found;
}

function checked(lib, pointer, error) {
  if (!pointer) throw takeError(lib, error ? error[0] : null);
  return pointer;
}

function toInt(lib, value) {
  const big = BigInt(value);
  if (big < INT64_MIN || big > INT64_MAX) {
    throw new RangeError(`${value} does not fit in a 64-bit int, ingot's int`);
  }
  return lib.value_int(big);
}

function toStr(lib, text) {
  const bytes = Buffer.from(text, "utf8");
  const error = [null];
  return checked(lib, lib.value_str(bytes, bytes.length, error), error);
}

function toArray(lib, tensor) {
  const dtype = dtypeOf(tensor);
  const shape = BigInt64Array.from(tensor.shape, (n) => BigInt(n));
  const count = tensor.shape.reduce((a, b) => a * b, 1);
  if (count !== tensor.data.length) {
    throw new RangeError(`shape [${tensor.shape}] holds ${count} elements; data has ${tensor.data.length}`);
  }
  const bytes = new Uint8Array(tensor.data.buffer, tensor.data.byteOffset, tensor.data.byteLength);
  const error = [null];
  return checked(lib, lib.value_array_copy(dtype.code, shape.length, shape, bytes, error), error);
}

// Appends or sets, freeing `container` when it fails (the ABI has taken the items).
function fill(lib, container, add) {
  try {
    add();
    return container;
  } catch (error) {
    lib.value_free(container);
    throw error;
  }
}

function appendAll(lib, container, items) {
  return fill(lib, container, () => {
    for (const item of items) {
      const error = [null];
      if (lib.value_append(container, toValue(lib, item), error)) throw takeError(lib, error[0]);
    }
  });
}

function setAll(lib, dict, entries) {
  return fill(lib, dict, () => {
    for (const [key, item] of entries) {
      const k = toValue(lib, key);
      let v;
      try {
        v = toValue(lib, item);
      } catch (error) {
        lib.value_free(k);
        throw error;
      }
      const error = [null];
      if (lib.value_dict_set(dict, k, v, error)) throw takeError(lib, error[0]);
    }
  });
}

// A new ingot_value owned by the caller.
function toValue(lib, value) {
  if (value === null || value === undefined) return lib.value_none();
  switch (typeof value) {
    case "boolean":
      return lib.value_bool(value ? 1 : 0);
    case "bigint":
      return toInt(lib, value);
    case "number":
      return Number.isInteger(value) ? toInt(lib, value) : lib.value_float(value);
    case "string":
      return toStr(lib, value);
    default:
      break;
  }
  if (Buffer.isBuffer(value)) return lib.value_bytes(value, value.length);
  if (isTensor(value)) return toArray(lib, value);
  if (Array.isArray(value)) return appendAll(lib, lib.value_list(), value);
  if (value instanceof Map) return setAll(lib, lib.value_dict(), value.entries());
  if (value instanceof Set) return appendAll(lib, lib.value_list(), value);
  if (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null) {
    return setAll(lib, lib.value_dict(), Object.entries(value));
  }
  throw new TypeError(`cannot pass a ${value.constructor?.name ?? typeof value} to a compiled function`);
}

function readBytes(pointer, size) {
  if (size === 0) return Buffer.alloc(0);
  return Buffer.from(koffi.decode(pointer, koffi.array("uint8_t", size)));
}

function fromArray(lib, value) {
  const dtype = DTYPES[lib.value_array_dtype(value)];
  const ndim = Number(lib.value_array_ndim(value));
  const shape = ndim
    ? Array.from(koffi.decode(lib.value_array_shape(value), koffi.array("int64_t", ndim)), Number)
    : [];
  const count = shape.reduce((a, b) => a * b, 1);
  const data = new dtype.Array(count);
  if (count) {
    const raw = koffi.decode(lib.value_array_data(value), koffi.array("uint8_t", data.byteLength));
    new Uint8Array(data.buffer).set(raw);
  }
  return { data, shape, dtype: dtype.name };
}

// The JavaScript value of a borrowed ingot_value.
function fromValue(lib, value) {
  switch (lib.value_kind(value)) {
    case KIND.NONE:
      return null;
    case KIND.BOOL:
      return lib.value_as_bool(value) !== 0;
    case KIND.INT:
      return lib.value_as_int(value);
    case KIND.FLOAT:
      return lib.value_as_float(value);
    case KIND.STR: {
      const size = [0];
      const pointer = lib.value_as_str(value, size);
      return readBytes(pointer, Number(size[0])).toString("utf8");
    }
    case KIND.BYTES: {
      const size = [0];
      const pointer = lib.value_as_bytes(value, size);
      return readBytes(pointer, Number(size[0]));
    }
    case KIND.LIST:
    case KIND.TUPLE: {
      const n = Number(lib.value_len(value));
      const out = new Array(n);
      for (let i = 0; i < n; i++) out[i] = fromValue(lib, lib.value_item(value, i));
      return out;
    }
    case KIND.DICT: {
      const n = Number(lib.value_len(value));
      const entries = [];
      for (let i = 0; i < n; i++) {
        entries.push([fromValue(lib, lib.value_dict_key(value, i)), fromValue(lib, lib.value_dict_value(value, i))]);
      }
      if (entries.every(([k]) => typeof k === "string")) return Object.fromEntries(entries);
      return new Map(entries);
    }
    case KIND.ARRAY:
      return fromArray(lib, value);
    default:
      throw new TypeError(`unknown ingot value kind ${lib.value_kind(value)}`);
  }
}

// The JavaScript value of an owned ingot_value, which is freed.
function takeValue(lib, value) {
  try {
    return fromValue(lib, value);
  } finally {
    lib.value_free(value);
  }
}

module.exports = { toValue, takeValue, isTensor, DTYPES };
