/* ingot.h: the C ABI of an ingot artifact.
 *
 * Every compiled artifact (one .so holding one Python function, its runtime and its
 * resources) exports exactly the functions declared here, and nothing else. The header is
 * plain C so that C, C++, Python ctypes, Node.js koffi and anything else with a C FFI can
 * use it directly.
 *
 * The shape of a call:
 *
 *     ingot_instance* fn = NULL;
 *     ingot_error* err = NULL;
 *     if (ingot_instance_create(&fn, &err) != INGOT_OK) { ...report err...; }
 *
 *     ingot_value* args = ingot_value_dict();
 *     ingot_value_dict_set(args, ingot_value_str("name", 4, NULL), ingot_value_str("Ada", 3,
 * NULL));
 *
 *     ingot_value* result = NULL;
 *     ingot_call_stats stats;
 *     if (ingot_call(fn, args, &result, &stats, &err) == INGOT_OK) {
 *       ...read result with the ingot_value_* accessors...
 *       ingot_value_free(result);
 *     } else {
 *       printf("%s: %s\n", ingot_error_kind(err), ingot_error_message(err));
 *       ingot_error_free(err);
 *     }
 *     ingot_value_free(args);
 *     ingot_instance_free(fn);
 *
 * Rules that hold for every function here:
 *   - No C++ exception and no abort ever crosses this boundary. What fails returns
 *     INGOT_ERROR (or NULL) and, where the function takes an `ingot_error** error`, stores a
 *     new error there (when `error` is not NULL); the caller frees it with ingot_error_free.
 *     After a success, *error is NULL.
 *   - Every object returned to the caller is owned by the caller and freed with the matching
 *     *_free function; pointers returned by accessors are borrowed from their owner and live
 *     as long as it does.
 *   - Values belong to the artifact that made them: do not pass a value made by one
 *     artifact's functions to another artifact.
 *   - Values and errors are not synchronized: share one between threads only for reading.
 *     Calls on one instance from several threads at once are safe.
 */
#ifndef INGOT_INGOT_H
#define INGOT_INGOT_H

#include <stddef.h>
#include <stdint.h>

/* Bumped on any incompatible change to this header. Clients compare it with
 * ingot_abi_version() of the artifact they load. */
#define INGOT_ABI_VERSION 1

#if defined(_WIN32)
#define INGOT_API __declspec(dllexport)
#else
#define INGOT_API __attribute__((visibility("default")))
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ingot_value ingot_value;
typedef struct ingot_error ingot_error;
typedef struct ingot_instance ingot_instance;

/* Returned by every function that can fail. Plain ints, so FFIs see an int. */
enum { INGOT_OK = 0, INGOT_ERROR = 1 };
typedef int ingot_status;

/* What an ingot_value holds. */
typedef enum ingot_kind {
  INGOT_NONE = 0,
  INGOT_BOOL = 1,
  INGOT_INT = 2,   /* int64; a Python int outside it is an OverflowError, never a wrap */
  INGOT_FLOAT = 3, /* double */
  INGOT_STR = 4,   /* UTF-8, always valid */
  INGOT_BYTES = 5,
  INGOT_LIST = 6,
  INGOT_TUPLE = 7,
  INGOT_DICT = 8, /* insertion-ordered; keys of any hashable kind */
  INGOT_ARRAY = 9 /* n-dimensional, C-contiguous */
} ingot_kind;

/* Element type of an array. */
typedef enum ingot_dtype {
  INGOT_FLOAT32 = 0,
  INGOT_FLOAT64 = 1,
  INGOT_INT32 = 2,
  INGOT_INT64 = 3,
  INGOT_UINT8 = 4,
  INGOT_BOOL8 = 5, /* one byte per element, 0 or 1 */
  INGOT_BFLOAT16 = 6,
  INGOT_FLOAT16 = 7,
  INGOT_INT8 = 8 /* added after the others: codes are never renumbered */
} ingot_dtype;

/* What one call did. */
typedef struct ingot_call_stats {
  uint64_t latency_ns; /* wall time of the call inside the artifact, argument checks included */
  uint64_t tokens;     /* tokens produced by the call's tokenizers (0 when it has none) */
} ingot_call_stats;

/* ---- The artifact ------------------------------------------------------------------ */

/* INGOT_ABI_VERSION of the header the artifact was built with. */
INGOT_API uint32_t ingot_abi_version(void);

/* The function's signature and metadata as one JSON object (NUL-terminated, static,
 * never freed):
 *   {"name", "doc", "parameters": [{"name", "kind" (as inspect.Parameter.kind names it:
 *    "POSITIONAL_ONLY" | "POSITIONAL_OR_KEYWORD" | "KEYWORD_ONLY"), "annotation" (as
 *    written), "type" (structured, see below), "has_default", "default" (JSON, when
 *    has_default)}], "return": {"annotation", "type"}, "generator", "abi_version",
 *    "ingot_version"}
 * A structured type is {"kind": "int" | "float" | "bool" | "str" | "bytes" | "none" |
 * "any" | "list" | "set" | "dict" | "tuple" | "optional" | "union" | "array" | "iterator" (a
 * generator's items), ...} with "item" (list, set, optional, iterator), "key" and "value"
 * (dict), "items" (tuple, union), "variadic": true for tuple[T, ...]. */
INGOT_API const char* ingot_signature(void);

/* An instance holds what the function needs at run time (its loaded resources). Creating
 * one can fail (e.g. a resource that does not load). */
INGOT_API ingot_status ingot_instance_create(ingot_instance** out, ingot_error** error);
INGOT_API void ingot_instance_free(ingot_instance* instance);

/* Calls the function. `args` is a dict of named arguments, str keys (NULL: none), borrowed.
 * On INGOT_OK, *result holds the returned value (owned by the caller); on INGOT_ERROR,
 * *error holds what the function raised, or why the arguments were refused: a missing
 * or unexpected argument, a value not of the annotated type (TypeError, worded as
 * CPython words it). `stats` may be NULL; it is filled in either way. */
INGOT_API ingot_status ingot_call(ingot_instance* instance, const ingot_value* args,
                                  ingot_value** result, ingot_call_stats* stats,
                                  ingot_error** error);

/* ingot_call that also says how the call's tokens split over the texts its tokenizers
 * encoded: *text_tokens (when text_tokens is not NULL) gets a new list (owned by the
 * caller) of one int per encoded text, in the order they were encoded, padding left out;
 * they add up to stats->tokens. A function that encodes each text of a list[str] once
 * reports one count per text, which is how `ingot serve` gives each request it joined into
 * one call its own usage. *text_tokens is NULL after an error. */
INGOT_API ingot_status ingot_call_counted(ingot_instance* instance, const ingot_value* args,
                                          ingot_value** result, ingot_call_stats* stats,
                                          ingot_value** text_tokens, ingot_error** error);

/* ---- Generators -------------------------------------------------------------------- */

/* A function whose signature says "generator": true (a Python generator function, its
 * return type {"kind": "iterator", "item": T}) produces its items one at a time:
 *
 *     ingot_stream* items = NULL;
 *     if (ingot_call_stream(fn, args, &items, &err) == INGOT_OK) {
 *       ingot_value* item = NULL;
 *       while (ingot_stream_next(items, &item, &err) == INGOT_OK && item != NULL) {
 *         ...use item...; ingot_value_free(item);
 *       }
 *       ...if the loop ended on INGOT_ERROR, err holds what the generator raised...
 *       ingot_stream_free(items);
 *     }
 *
 * ingot_call_stream binds and checks the arguments (INGOT_ERROR as ingot_call) and
 * returns the stream; the body runs only as items are asked for. Called on a function
 * that is not a generator, it is a TypeError. ingot_call on a generator function runs it
 * to the end and returns the list of its items. */
typedef struct ingot_stream ingot_stream;

INGOT_API ingot_status ingot_call_stream(ingot_instance* instance, const ingot_value* args,
                                         ingot_stream** stream, ingot_error** error);
/* Runs the generator to its next item. INGOT_OK with *item the item (owned by the caller),
 * or *item NULL when the generator is finished (and on every later call). INGOT_ERROR
 * with *error what the generator raised, after the items it yielded before; the stream is
 * finished after that. */
INGOT_API ingot_status ingot_stream_next(ingot_stream* stream, ingot_value** item,
                                         ingot_error** error);
/* Frees a stream, finished or not: a generator freed early runs no further. */
INGOT_API void ingot_stream_free(ingot_stream* stream);

/* ---- Errors ------------------------------------------------------------------------ */

/* The Python exception kind, e.g. "ValueError". Never NULL. */
INGOT_API const char* ingot_error_kind(const ingot_error* error);
/* str() of the exception, e.g. "invalid literal for int() with base 10: 'x'". */
INGOT_API const char* ingot_error_message(const ingot_error* error);
/* The kind's ancestry: 0 is the kind itself, 1 its base class, ... up to "BaseException";
 * NULL past the end. Lets a client map a kind it does not know to the nearest one it
 * does (a UnicodeDecodeError is a ValueError). */
INGOT_API const char* ingot_error_ancestor(const ingot_error* error, size_t index);
INGOT_API void ingot_error_free(ingot_error* error);

/* ---- Values: constructors ---------------------------------------------------------- */
/* Each returns a new value owned by the caller, or NULL when it fails (out of memory, or
 * what the constructor's comment says), with the reason in *error when error is given. */

INGOT_API ingot_value* ingot_value_none(void);
INGOT_API ingot_value* ingot_value_bool(int value);
INGOT_API ingot_value* ingot_value_int(int64_t value);
INGOT_API ingot_value* ingot_value_float(double value);
/* Copies `size` bytes of UTF-8; invalid UTF-8 (surrogates and overlong forms included) is
 * a UnicodeDecodeError. */
INGOT_API ingot_value* ingot_value_str(const char* utf8, size_t size, ingot_error** error);
INGOT_API ingot_value* ingot_value_bytes(const void* data, size_t size);
INGOT_API ingot_value* ingot_value_list(void);
INGOT_API ingot_value* ingot_value_tuple(void);
INGOT_API ingot_value* ingot_value_dict(void);

/* Appends `item` to a list or tuple, taking ownership of it (also when it fails, in which
 * case it is freed). */
INGOT_API ingot_status ingot_value_append(ingot_value* container, ingot_value* item,
                                          ingot_error** error);
/* Sets dict[key] = value, taking ownership of both (freed when it fails). A key equal to
 * one already there (as Python compares keys: 1 == 1.0 == True) keeps its place and gets
 * the new value. A list, dict or array key is a TypeError (unhashable). */
INGOT_API ingot_status ingot_value_dict_set(ingot_value* dict, ingot_value* key, ingot_value* value,
                                            ingot_error** error);

/* An array of `dtype` with `ndim` dimensions of sizes shape[0..ndim), C-contiguous.
 * ingot_value_array_copy copies `data`. ingot_value_array_wrap borrows it without a copy:
 * the value calls release(release_context) when it is freed, or at once when the wrap fails
 * (release may be NULL when the caller keeps `data` alive longer than the value). A
 * negative dimension or a size that overflows is a ValueError. */
INGOT_API ingot_value* ingot_value_array_copy(ingot_dtype dtype, size_t ndim, const int64_t* shape,
                                              const void* data, ingot_error** error);
INGOT_API ingot_value* ingot_value_array_wrap(ingot_dtype dtype, size_t ndim, const int64_t* shape,
                                              void* data, void (*release)(void* release_context),
                                              void* release_context, ingot_error** error);

/* Parses JSON text (as Python's json.loads does: objects become dicts with str keys,
 * arrays lists, NaN/Infinity accepted, an integer outside int64 is an OverflowError,
 * malformed text a ValueError worded as json's, nesting past 1000 levels a RecursionError,
 * invalid UTF-8 or an escaped lone surrogate a UnicodeDecodeError). */
INGOT_API ingot_value* ingot_value_from_json(const char* text, size_t size, ingot_error** error);

/* A deep copy. */
INGOT_API ingot_value* ingot_value_clone(const ingot_value* value, ingot_error** error);

INGOT_API void ingot_value_free(ingot_value* value);

/* ---- Values: accessors ------------------------------------------------------------- */
/* An accessor given a value of another kind returns 0 / NULL; it never fails otherwise. */

INGOT_API ingot_kind ingot_value_kind(const ingot_value* value);
INGOT_API int ingot_value_as_bool(const ingot_value* value);
INGOT_API int64_t ingot_value_as_int(const ingot_value* value);
INGOT_API double ingot_value_as_float(const ingot_value* value);
/* str (UTF-8) and bytes: the data (NUL-terminated as well) and its size in bytes. */
INGOT_API const char* ingot_value_as_str(const ingot_value* value, size_t* size);
INGOT_API const void* ingot_value_as_bytes(const ingot_value* value, size_t* size);

/* Number of items of a list, tuple or dict. */
INGOT_API size_t ingot_value_len(const ingot_value* value);
/* Item `index` of a list or tuple; NULL out of range. */
INGOT_API const ingot_value* ingot_value_item(const ingot_value* value, size_t index);
/* Key and value of entry `index` of a dict, in insertion order; NULL out of range. */
INGOT_API const ingot_value* ingot_value_dict_key(const ingot_value* dict, size_t index);
INGOT_API const ingot_value* ingot_value_dict_value(const ingot_value* dict, size_t index);
/* dict[key] for a str key given as UTF-8; NULL when absent. */
INGOT_API const ingot_value* ingot_value_dict_get(const ingot_value* dict, const char* key,
                                                  size_t key_size);

INGOT_API ingot_dtype ingot_value_array_dtype(const ingot_value* array);
INGOT_API size_t ingot_value_array_ndim(const ingot_value* array);
INGOT_API const int64_t* ingot_value_array_shape(const ingot_value* array);
/* The elements, C-contiguous, product(shape) * ingot_dtype_size(dtype) bytes. */
INGOT_API void* ingot_value_array_data(const ingot_value* array);
INGOT_API size_t ingot_dtype_size(ingot_dtype dtype);

/* The value as JSON text exactly as CPython's json.dumps prints the matching Python value
 * (", " and ": " separators, ensure_ascii, NaN/Infinity, arrays as nested lists, tuples as
 * lists, int/float/bool/None dict keys turned into strings). Bytes, or a tuple dict key, is
 * the TypeError json.dumps raises. The text is NUL-terminated; *size (when size is not
 * NULL) gets its length. Free it with ingot_string_free. */
INGOT_API char* ingot_value_to_json(const ingot_value* value, size_t* size, ingot_error** error);
INGOT_API void ingot_string_free(char* text);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* INGOT_INGOT_H */
