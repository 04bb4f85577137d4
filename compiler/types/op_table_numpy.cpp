// The op library's rows for numpy (see op_table.cpp for the format; the runtime is
// runtime/tensor/python.h over runtime/tensor/). numpy.ndarray is one static type whatever
// its dtype and rank: the dtype lives in the array at run time, as in numpy, so promotion
// follows numpy's rules at run time. `.tolist()` and `.item()` take the type their
// variable or return is annotated with (as json.loads does). numpy's scalars (what
// `a.sum()` or `a[0]` return) are 0-d arrays here; they print, compare and convert alike.
// These rows come first in the table: the generic rows (`a == b` on any two objects,
// bool(x) on any value) would otherwise take arrays.
#include "compiler/types/op_library.h"

namespace ingot::types {

namespace {

// The families of rows below differ only in a name and an op; the macros write them out.
#define INGOT_NP "ingot::rt::numpy::"

// An operator on two arrays, or an array and a Python number on either side.
#define NP_OPERATOR(py, op)                                                 \
  {"operator." py, "(a: numpy.ndarray, b: numpy.ndarray) -> numpy.ndarray", \
   INGOT_NP "binary(ingot::rt::tensor::BinaryOp::" op ", {0}, {1})"},       \
      {"operator." py, "(a: numpy.ndarray, b: number) -> numpy.ndarray",    \
       INGOT_NP "binary(ingot::rt::tensor::BinaryOp::" op ", {0}, {1})"},   \
  {                                                                         \
    "operator." py, "(a: number, b: numpy.ndarray) -> numpy.ndarray",       \
        INGOT_NP "binary(ingot::rt::tensor::BinaryOp::" op ", {0}, {1})"    \
  }

// `a op= b`: written into a's memory.
#define NP_INPLACE(py, op)                                                   \
  {"operator.i" py, "(a: numpy.ndarray, b: numpy.ndarray) -> numpy.ndarray", \
   INGOT_NP "inplace(ingot::rt::tensor::BinaryOp::" op ", {0}, {1})"},       \
  {                                                                          \
    "operator.i" py, "(a: numpy.ndarray, b: number) -> numpy.ndarray",       \
        INGOT_NP "inplace(ingot::rt::tensor::BinaryOp::" op ", {0}, {1})"    \
  }

// A binary ufunc (np.maximum(a, b)): arrays or numbers on either side.
#define NP_UFUNC2(name, op)                                                  \
  {"numpy." name, "(x1: numpy.ndarray, x2: numpy.ndarray) -> numpy.ndarray", \
   INGOT_NP "binary(ingot::rt::tensor::BinaryOp::" op ", {0}, {1})"},        \
      {"numpy." name, "(x1: numpy.ndarray, x2: number) -> numpy.ndarray",    \
       INGOT_NP "binary(ingot::rt::tensor::BinaryOp::" op ", {0}, {1})"},    \
  {                                                                          \
    "numpy." name, "(x1: number, x2: numpy.ndarray) -> numpy.ndarray",       \
        INGOT_NP "binary(ingot::rt::tensor::BinaryOp::" op ", {0}, {1})"     \
  }

// A binary ufunc's methods: np.add.reduce(a, axis=0), np.add.accumulate(a, axis=0) and
// np.add.outer(a, b).
#define NP_UFUNC_OUTER(name, op)                                                     \
  {                                                                                  \
    "numpy." name ".outer", "(A: numpy.ndarray, B: numpy.ndarray) -> numpy.ndarray", \
        INGOT_NP "ufunc_outer(ingot::rt::tensor::BinaryOp::" op ", {0}, {1})"        \
  }
#define NP_UFUNC_METHODS(name, op)                                                            \
  {"numpy." name ".reduce",                                                                   \
   "(array: numpy.ndarray, axis: int | None = 0, keepdims: bool = False) -> numpy.ndarray",   \
   INGOT_NP "ufunc_reduce(ingot::rt::tensor::BinaryOp::" op ", {0}, {1}, {2})"},              \
      {"numpy." name ".accumulate", "(array: numpy.ndarray, axis: int = 0) -> numpy.ndarray", \
       INGOT_NP "ufunc_accumulate(ingot::rt::tensor::BinaryOp::" op ", {0}, {1})"},           \
      NP_UFUNC_OUTER(name, op)

// np.quantile / np.percentile with one kind of q (numpy's result dtype depends on it), over
// one axis, all of them or a tuple of them.
#define NP_QUANTILE(name, q)                                \
  {"numpy." name,                                           \
   "(a: numpy.ndarray, q: " q                               \
   ", axis: int | None = None, *, keepdims: bool = False) " \
   "-> numpy.ndarray",                                      \
   INGOT_NP name},                                          \
  {                                                         \
    "numpy." name,                                          \
        "(a: numpy.ndarray, q: " q                          \
        ", axis: tuple, *, keepdims: bool = False) "        \
        "-> numpy.ndarray",                                 \
        INGOT_NP name                                       \
  }

// np.unique with the return_* flags `variant` names (see check.cpp's flag_variant).
#define NP_UNIQUE(variant, result, flags)                                                   \
  {                                                                                         \
    "numpy.unique" variant,                                                                 \
        "(ar: numpy.ndarray, *, return_index: bool = False, return_inverse: bool = False, " \
        "return_counts: bool = False, axis: int | None = None) -> " result,                 \
        INGOT_NP "unique_with<" flags ">({0}, {4})"                                         \
  }

// np.pad with one kind of pad_width (an int, a (before, after) pair or a pair per axis, as
// a tuple, a list or an array) and at most one of its keywords: constant_values,
// end_values or stat_length as one kind of number or pairs, or reflect_type as a str.
#define NP_PAD_WITH(width, keyword, values)                                                  \
  {                                                                                          \
    "numpy.pad",                                                                             \
        "(array: numpy.ndarray, pad_width: " width ", mode: str = \"constant\", *, " keyword \
        ": " values ") -> numpy.ndarray",                                                    \
        INGOT_NP "pad_with_" keyword                                                         \
  }
#define NP_PAD_KEYWORD(width, keyword)                                         \
  NP_PAD_WITH(width, keyword, "number"), NP_PAD_WITH(width, keyword, "tuple"), \
      NP_PAD_WITH(width, keyword, "list"), NP_PAD_WITH(width, keyword, "numpy.ndarray")
#define NP_PAD(width)                                                                         \
  {"numpy.pad",                                                                               \
   "(array: numpy.ndarray, pad_width: " width ", mode: str = \"constant\") -> numpy.ndarray", \
   INGOT_NP "pad"},                                                                           \
      NP_PAD_KEYWORD(width, "constant_values"), NP_PAD_KEYWORD(width, "end_values"),          \
      NP_PAD_KEYWORD(width, "stat_length"), NP_PAD_WITH(width, "reflect_type", "str")

// A function of a sequence of arrays (np.vstack and its kin): a list, or a tuple of them.
#define NP_JOIN(name)                                                                        \
  {"numpy." name, "(tup: list[numpy.ndarray]) -> numpy.ndarray", INGOT_NP name},             \
      {"numpy." name, "(tup: tuple[numpy.ndarray, ...]) -> numpy.ndarray", INGOT_NP name}, { \
    "numpy." name, "(tup: tuple) -> numpy.ndarray", INGOT_NP name                            \
  }

#define NP_UFUNC1(name, op)                                       \
  {                                                               \
    "numpy." name, "(x: numpy.ndarray) -> numpy.ndarray",         \
        INGOT_NP "unary(ingot::rt::tensor::UnaryOp::" op ", {0})" \
  }

// A reduction as a method and as a module function, over one axis, a tuple of them or all.
// A slice bound: a Python int, None, or a numpy integer scalar (its __index__).
#define NP_BOUND "int | numpy.ndarray | None"
#define NP_BOUNDS \
  INGOT_NP "slice_bound({1}), " INGOT_NP "slice_bound({2}), " INGOT_NP "slice_bound({3})"

// A reduction, as a method and a function, over an int, None or a tuple of axes. KEYWORDS
// are the parameters after `axis` (numpy's dtype=, keepdims=, initial=, where= as the
// reduction takes them); ARGS the runtime's dtype, initial and where arguments after
// keepdims, each a row argument reference ({3}) or NP_NONE where the row has no such keyword.
#define NP_REDUCE_ROWS(name, op, keywords, args)                                                  \
  {"numpy.ndarray." name,                                                                         \
   "(self: numpy.ndarray, axis: int | None = None" keywords ") -> numpy.ndarray",                 \
   INGOT_NP "reduce(ingot::rt::tensor::ReduceOp::" op ", {0}, {1}, " args ")"},                   \
      {"numpy.ndarray." name, "(self: numpy.ndarray, axis: tuple" keywords ") -> numpy.ndarray",  \
       INGOT_NP "reduce(ingot::rt::tensor::ReduceOp::" op ", {0}, {1}, " args ")"},               \
      {"numpy." name, "(a: numpy.ndarray, axis: int | None = None" keywords ") -> numpy.ndarray", \
       INGOT_NP "reduce(ingot::rt::tensor::ReduceOp::" op ", {0}, {1}, " args ")"},               \
  {                                                                                               \
    "numpy." name, "(a: numpy.ndarray, axis: tuple" keywords ") -> numpy.ndarray",                \
        INGOT_NP "reduce(ingot::rt::tensor::ReduceOp::" op ", {0}, {1}, " args ")"                \
  }
#define NP_NONE "ingot::rt::None"
#define NP_DTYPE_KEYWORD ", dtype: numpy.dtype | None = None"
#define NP_KEEPDIMS ", *, keepdims: bool = False"
#define NP_INITIAL ", initial: float | None = None"
#define NP_WHERE ", where: numpy.ndarray | None = None"
// sum and prod: dtype=, keepdims=, initial=, where=.
#define NP_REDUCE_SUM(name, op) \
  NP_REDUCE_ROWS(name, op, NP_DTYPE_KEYWORD NP_KEEPDIMS NP_INITIAL NP_WHERE, "{3}, {2}, {4}, {5}")
// mean: dtype=, keepdims=, where=.
#define NP_REDUCE_MEAN(name, op) \
  NP_REDUCE_ROWS(name, op, NP_DTYPE_KEYWORD NP_KEEPDIMS NP_WHERE, "{3}, {2}, " NP_NONE ", {4}")
// max and min: keepdims=, initial=, where= (numpy wants initial with where: no identity).
#define NP_REDUCE_EXTREME(name, op) \
  NP_REDUCE_ROWS(name, op, NP_KEEPDIMS NP_INITIAL NP_WHERE, "{2}, " NP_NONE ", {3}, {4}")
// any and all: keepdims=, where=.
#define NP_REDUCE_LOGICAL(name, op) \
  NP_REDUCE_ROWS(name, op, NP_KEEPDIMS NP_WHERE, "{2}, " NP_NONE ", " NP_NONE ", {3}")

// var and std: ddof is the divisor's N - ddof.
#define NP_REDUCE_DDOF(name, op)                                                          \
  {"numpy.ndarray." name,                                                                 \
   "(self: numpy.ndarray, axis: int | None = None, *, ddof: int = 0, keepdims: bool = "   \
   "False) -> numpy.ndarray",                                                             \
   INGOT_NP "reduce(ingot::rt::tensor::ReduceOp::" op ", {0}, {1}, {3}, {2})"},           \
  {                                                                                       \
    "numpy." name,                                                                        \
        "(a: numpy.ndarray, axis: int | None = None, *, ddof: int = 0, keepdims: bool = " \
        "False) -> numpy.ndarray",                                                        \
        INGOT_NP "reduce(ingot::rt::tensor::ReduceOp::" op ", {0}, {1}, {3}, {2})"        \
  }

#define NP_ARGREDUCE(name)                                                           \
  {"numpy.ndarray." name,                                                            \
   "(self: numpy.ndarray, axis: int | None = None, *, keepdims: bool = False) -> "   \
   "numpy.ndarray",                                                                  \
   INGOT_NP name},                                                                   \
  {                                                                                  \
    "numpy." name,                                                                   \
        "(a: numpy.ndarray, axis: int | None = None, *, keepdims: bool = False) -> " \
        "numpy.ndarray",                                                             \
        INGOT_NP name                                                                \
  }

// A creation function taking a shape (an int or a tuple) and an optional dtype.
#define NP_CREATE(name)                                                                        \
  {"numpy." name, "(shape: int, dtype: numpy.dtype | None = None) -> numpy.ndarray",           \
   INGOT_NP name},                                                                             \
      {"numpy." name, "(shape: tuple, dtype: numpy.dtype | None = None) -> numpy.ndarray",     \
       INGOT_NP name},                                                                         \
      {"numpy." name,                                                                          \
       "(shape: tuple[int, ...], dtype: numpy.dtype | None = None) -> numpy.ndarray",          \
       INGOT_NP name},                                                                         \
      {"numpy." name, "(shape: list[int], dtype: numpy.dtype | None = None) -> numpy.ndarray", \
       INGOT_NP name},                                                                         \
  {                                                                                            \
    "numpy." name "_like",                                                                     \
        "(a: numpy.ndarray, dtype: numpy.dtype | None = None) -> "                             \
        "numpy.ndarray",                                                                       \
        INGOT_NP name "_like"                                                                  \
  }

#define NP_DTYPE(name, dtype)                                          \
  {                                                                    \
    "numpy." name, "-> numpy.dtype",                                   \
        "ingot::rt::numpy::dtype(ingot::rt::tensor::DType::" dtype ")" \
  }

// np.float32(x): a Python number (or an array) as a numpy scalar of that dtype.
#define NP_SCALAR(name, dtype)                                         \
  {"numpy." name, "(value: number) -> numpy.ndarray",                  \
   INGOT_NP "scalar_of(ingot::rt::tensor::DType::" dtype ", {0})"},    \
  {                                                                    \
    "numpy." name, "(value: numpy.ndarray) -> numpy.ndarray",          \
        INGOT_NP "scalar_of(ingot::rt::tensor::DType::" dtype ", {0})" \
  }

// A NaN-skipping reduction (np.nansum ...) over one axis, all of them or a tuple of them.
#define NP_NAN_REDUCE(name)                                                                       \
  {"numpy." name,                                                                                 \
   "(a: numpy.ndarray, axis: int | None = None, *, keepdims: bool = False) -> numpy.ndarray",     \
   INGOT_NP name},                                                                                \
  {                                                                                               \
    "numpy." name, "(a: numpy.ndarray, axis: tuple, *, keepdims: bool = False) -> numpy.ndarray", \
        INGOT_NP name                                                                             \
  }

// np.roll with one kind of shift and axis.
#define NP_ROLL(shift, axis)                                                               \
  {                                                                                        \
    "numpy.roll", "(a: numpy.ndarray, shift: " shift ", axis: " axis ") -> numpy.ndarray", \
        INGOT_NP "roll"                                                                    \
  }

constexpr OpRow kNumpyRows[] = {
    // A materialized module-level array, rebuilt from its embedded .npy file.
    {"ingot.resource.numpy.ndarray", "(name: str) -> numpy.ndarray",
     "rt::numpy::from_resource(resource, {0})"},
    // ---- machine limits -------------------------------------------------------------------------
    {"numpy.finfo", "(dtype: numpy.dtype) -> numpy.finfo", INGOT_NP "finfo_of"},
    {"numpy.finfo.eps", "property (self: numpy.finfo) -> numpy.ndarray", INGOT_NP "finfo_eps"},
    {"numpy.finfo.epsneg", "property (self: numpy.finfo) -> numpy.ndarray",
     INGOT_NP "finfo_epsneg"},
    {"numpy.finfo.max", "property (self: numpy.finfo) -> numpy.ndarray", INGOT_NP "finfo_max"},
    {"numpy.finfo.min", "property (self: numpy.finfo) -> numpy.ndarray", INGOT_NP "finfo_min"},
    {"numpy.finfo.tiny", "property (self: numpy.finfo) -> numpy.ndarray", INGOT_NP "finfo_tiny"},
    {"numpy.finfo.smallest_normal", "property (self: numpy.finfo) -> numpy.ndarray",
     INGOT_NP "finfo_tiny"},
    {"numpy.finfo.smallest_subnormal", "property (self: numpy.finfo) -> numpy.ndarray",
     INGOT_NP "finfo_smallest_subnormal"},
    {"numpy.finfo.resolution", "property (self: numpy.finfo) -> numpy.ndarray",
     INGOT_NP "finfo_resolution"},
    {"numpy.finfo.precision", "property (self: numpy.finfo) -> int",
     INGOT_NP "limits({0}).precision"},
    {"numpy.finfo.bits", "property (self: numpy.finfo) -> int", INGOT_NP "limits({0}).bits"},
    {"numpy.finfo.dtype", "property (self: numpy.finfo) -> numpy.dtype",
     INGOT_NP "dtype({0}.dtype)"},
    {"numpy.iinfo", "(dtype: numpy.dtype) -> numpy.iinfo", INGOT_NP "iinfo_of"},
    {"numpy.iinfo.min", "property (self: numpy.iinfo) -> int",
     "ingot::rt::tensor::int_limits({0}.dtype).min"},
    {"numpy.iinfo.max", "property (self: numpy.iinfo) -> int",
     "ingot::rt::tensor::int_limits({0}.dtype).max"},
    {"numpy.iinfo.bits", "property (self: numpy.iinfo) -> int",
     "ingot::rt::tensor::int_limits({0}.dtype).bits"},
    {"numpy.iinfo.dtype", "property (self: numpy.iinfo) -> numpy.dtype",
     INGOT_NP "dtype({0}.dtype)"},

    // ---- dtypes and constants -----------------------------------------------------------
    NP_DTYPE("float32", "Float32"),
    NP_DTYPE("float64", "Float64"),
    NP_DTYPE("double", "Float64"),
    NP_DTYPE("float16", "Float16"),
    NP_DTYPE("half", "Float16"),
    NP_DTYPE("int32", "Int32"),
    NP_DTYPE("int64", "Int64"),
    NP_DTYPE("intp", "Int64"),
    NP_DTYPE("uint8", "UInt8"),
    NP_DTYPE("int8", "Int8"),  // int8: quantized embeddings
    NP_DTYPE("bool_", "Bool"),
    NP_DTYPE("bool", "Bool"),
    {"numpy.inf", "-> float", "ingot::rt::math::inf"},
    {"numpy.nan", "-> float", "ingot::rt::math::nan"},
    {"numpy.pi", "-> float", "ingot::rt::math::pi"},
    {"numpy.e", "-> float", "ingot::rt::math::e"},
    {"numpy.newaxis", "-> None", "ingot::rt::None"},
    {"builtins.str", "(object: numpy.dtype) -> str", INGOT_NP "dtype_str"},
    // numpy's scalar constructors: np.float32(0.1) is a 0-d float32 array here.
    NP_SCALAR("float32", "Float32"),
    NP_SCALAR("float64", "Float64"),
    NP_SCALAR("float16", "Float16"),
    NP_SCALAR("int32", "Int32"),
    NP_SCALAR("int64", "Int64"),
    NP_SCALAR("uint8", "UInt8"),
    NP_SCALAR("int8", "Int8"),  // int8: quantized embeddings
    NP_SCALAR("bool_", "Bool"),
    // str(), repr() and f-strings print as numpy prints.
    {"builtins.str", "(object: numpy.ndarray) -> str", INGOT_NP "to_str"},
    {"builtins.repr", "(obj: numpy.ndarray) -> str", INGOT_NP "repr"},
    {"builtins.format", "(value: numpy.ndarray, format_spec: str = \"\") -> str",
     INGOT_NP "format"},
    {"operator.eq", "(a: numpy.dtype, b: numpy.dtype) -> bool", "({0} == {1})"},
    {"operator.ne", "(a: numpy.dtype, b: numpy.dtype) -> bool", "!({0} == {1})"},
    // The parts of a subscript: `a[1:3, None, ...]`.
    {"builtins.slice",
     "(start: " NP_BOUND ", stop: " NP_BOUND ", step: " NP_BOUND ") -> builtins.slice",
     "ingot::rt::builtins::make_slice(" INGOT_NP "slice_bound({0}), " INGOT_NP
     "slice_bound({1}), " INGOT_NP "slice_bound({2}))"},
    {"builtins.Ellipsis", "() -> builtins.ellipsis", "ingot::rt::builtins::ellipsis()"},

    // ---- creation -------------------------------------------------------------------------
    {"numpy.array", "(object: list[T], dtype: numpy.dtype | None = None) -> numpy.ndarray",
     INGOT_NP "array"},
    {"numpy.array", "(object: numpy.ndarray, dtype: numpy.dtype | None = None) -> numpy.ndarray",
     INGOT_NP "array"},
    {"numpy.array", "(object: bool, dtype: numpy.dtype | None = None) -> numpy.ndarray",
     INGOT_NP "array"},
    {"numpy.array", "(object: int, dtype: numpy.dtype | None = None) -> numpy.ndarray",
     INGOT_NP "array"},
    {"numpy.array", "(object: float, dtype: numpy.dtype | None = None) -> numpy.ndarray",
     INGOT_NP "array"},
    {"numpy.asarray", "(a: list[T], dtype: numpy.dtype | None = None) -> numpy.ndarray",
     INGOT_NP "asarray"},
    {"numpy.asarray", "(a: numpy.ndarray, dtype: numpy.dtype | None = None) -> numpy.ndarray",
     INGOT_NP "asarray"},
    NP_CREATE("zeros"),
    NP_CREATE("ones"),
    NP_CREATE("empty"),
    {"numpy.full",
     "(shape: int, fill_value: number, dtype: numpy.dtype | None = None) -> "
     "numpy.ndarray",
     INGOT_NP "full"},
    {"numpy.full",
     "(shape: tuple, fill_value: number, dtype: numpy.dtype | None = None) -> "
     "numpy.ndarray",
     INGOT_NP "full"},
    {"numpy.full",
     "(shape: tuple[int, ...], fill_value: number, dtype: numpy.dtype | None = None) -> "
     "numpy.ndarray",
     INGOT_NP "full"},
    {"numpy.full_like",
     "(a: numpy.ndarray, fill_value: number, dtype: numpy.dtype | None = "
     "None) -> numpy.ndarray",
     INGOT_NP "full_like"},
    {"numpy.arange", "(stop: int, *, dtype: numpy.dtype | None = None) -> numpy.ndarray",
     INGOT_NP "arange(ingot::rt::Int(0), {0}, ingot::rt::Int(1), {1})"},
    {"numpy.arange", "(stop: float, *, dtype: numpy.dtype | None = None) -> numpy.ndarray",
     INGOT_NP "arange(ingot::rt::Int(0), {0}, ingot::rt::Int(1), {1})"},
    {"numpy.arange",
     "(start: int, stop: int, step: int = 1, *, dtype: numpy.dtype | None = "
     "None) -> numpy.ndarray",
     INGOT_NP "arange"},
    {"numpy.arange",
     "(start: float, stop: float, step: float = 1.0, *, dtype: numpy.dtype | "
     "None = None) -> numpy.ndarray",
     INGOT_NP "arange"},
    {"numpy.frombuffer",
     "(buffer: bytes, dtype: numpy.dtype | None = None, count: int = -1, offset: int = 0) -> "
     "numpy.ndarray",
     INGOT_NP "frombuffer"},
    {"numpy.ndarray.tobytes", "(self: numpy.ndarray) -> bytes", INGOT_NP "tobytes"},
    {"numpy.linspace",
     "(start: float, stop: float, num: int = 50, endpoint: bool = True, *, "
     "dtype: numpy.dtype | None = None) -> numpy.ndarray",
     INGOT_NP "linspace"},
    {"numpy.eye",
     "(N: int, M: int | None = None, k: int = 0, dtype: numpy.dtype | None = None) "
     "-> numpy.ndarray",
     INGOT_NP "eye"},
    {"numpy.copy", "(a: numpy.ndarray) -> numpy.ndarray", "ingot::rt::tensor::copy"},
    {"numpy.ndarray.copy", "(self: numpy.ndarray) -> numpy.ndarray", "ingot::rt::tensor::copy"},

    // ---- conversion and attributes -------------------------------------------------------
    {"numpy.ndarray.astype", "(self: numpy.ndarray, dtype: numpy.dtype) -> numpy.ndarray",
     INGOT_NP "astype"},
    {"numpy.ndarray.astype", "(self: numpy.ndarray, dtype: str) -> numpy.ndarray",
     INGOT_NP "astype"},
    {"numpy.ndarray.astype",
     "(self: numpy.ndarray, dtype: builtins.type[float]) -> "
     "numpy.ndarray",
     INGOT_NP "astype"},
    {"numpy.ndarray.astype", "(self: numpy.ndarray, dtype: builtins.type[int]) -> numpy.ndarray",
     INGOT_NP "astype"},
    {"numpy.ndarray.astype",
     "(self: numpy.ndarray, dtype: builtins.type[bool]) -> "
     "numpy.ndarray",
     INGOT_NP "astype"},
    {"numpy.ndarray.tolist", "(self: numpy.ndarray) -> T", INGOT_NP "tolist<{result}>({0})"},
    {"numpy.ndarray.item", "(self: numpy.ndarray) -> T", INGOT_NP "item<{result}>({0})"},
    {"numpy.ndarray.shape", "property (self: numpy.ndarray) -> tuple[int, ...]", INGOT_NP "shape"},
    {"numpy.ndarray.ndim", "property (self: numpy.ndarray) -> int", "{0}.ndim()"},
    {"numpy.ndarray.size", "property (self: numpy.ndarray) -> int", "{0}.size()"},
    {"numpy.ndarray.dtype", "property (self: numpy.ndarray) -> numpy.dtype", INGOT_NP "dtype_of"},
    {"numpy.ndarray.T", "property (self: numpy.ndarray) -> numpy.ndarray",
     "ingot::rt::tensor::transpose({0})"},
    {"numpy.shape", "(a: numpy.ndarray) -> tuple[int, ...]", INGOT_NP "shape"},
    {"numpy.ndim", "(a: numpy.ndarray) -> int", "{0}.ndim()"},
    {"numpy.size", "(a: numpy.ndarray) -> int", "{0}.size()"},
    // max(scores_of(...), default=0.0) over numpy scalars: the default a numpy scalar too
    // (CPython keeps the Python number; arithmetic and comparisons give the same values).
    {"builtins.max", "(iterable: iterable[numpy.ndarray], *, default: int) -> numpy.ndarray",
     "ingot::rt::max_iter_default({0}, ingot::rt::None, " INGOT_NP
     "scalar_of(ingot::rt::tensor::DType::Int64, {1}))"},
    {"builtins.max", "(iterable: iterable[numpy.ndarray], *, default: float) -> numpy.ndarray",
     "ingot::rt::max_iter_default({0}, ingot::rt::None, " INGOT_NP
     "scalar_of(ingot::rt::tensor::DType::Float64, {1}))"},
    {"builtins.min", "(iterable: iterable[numpy.ndarray], *, default: int) -> numpy.ndarray",
     "ingot::rt::min_iter_default({0}, ingot::rt::None, " INGOT_NP
     "scalar_of(ingot::rt::tensor::DType::Int64, {1}))"},
    {"builtins.min", "(iterable: iterable[numpy.ndarray], *, default: float) -> numpy.ndarray",
     "ingot::rt::min_iter_default({0}, ingot::rt::None, " INGOT_NP
     "scalar_of(ingot::rt::tensor::DType::Float64, {1}))"},
    {"builtins.float", "(x: numpy.ndarray) -> float", INGOT_NP "to_float"},
    {"builtins.int", "(x: numpy.ndarray) -> int", INGOT_NP "to_int"},
    {"builtins.bool", "(x: numpy.ndarray) -> bool", INGOT_NP "truth"},
    {"builtins.len", "(obj: numpy.ndarray) -> int", INGOT_NP "len"},
    {"builtins.abs", "(x: numpy.ndarray) -> numpy.ndarray",
     INGOT_NP "unary(ingot::rt::tensor::UnaryOp::Abs, {0})"},

    // ---- operators ---------------------------------------------------------------------------
    NP_OPERATOR("add", "Add"),
    NP_OPERATOR("sub", "Subtract"),
    NP_OPERATOR("mul", "Multiply"),
    NP_OPERATOR("truediv", "TrueDivide"),
    NP_OPERATOR("floordiv", "FloorDivide"),
    NP_OPERATOR("mod", "Remainder"),
    NP_OPERATOR("pow", "Power"),
    NP_OPERATOR("and_", "BitwiseAnd"),
    NP_OPERATOR("or_", "BitwiseOr"),
    NP_OPERATOR("xor", "BitwiseXor"),
    NP_OPERATOR("eq", "Equal"),
    NP_OPERATOR("ne", "NotEqual"),
    NP_OPERATOR("lt", "Less"),
    NP_OPERATOR("le", "LessEqual"),
    NP_OPERATOR("gt", "Greater"),
    NP_OPERATOR("ge", "GreaterEqual"),
    NP_INPLACE("add", "Add"),
    NP_INPLACE("sub", "Subtract"),
    NP_INPLACE("mul", "Multiply"),
    NP_INPLACE("truediv", "TrueDivide"),
    NP_INPLACE("floordiv", "FloorDivide"),
    NP_INPLACE("mod", "Remainder"),
    NP_INPLACE("pow", "Power"),
    NP_INPLACE("and_", "BitwiseAnd"),
    NP_INPLACE("or_", "BitwiseOr"),
    NP_INPLACE("xor", "BitwiseXor"),
    {"operator.matmul", "(a: numpy.ndarray, b: numpy.ndarray) -> numpy.ndarray",
     "ingot::rt::tensor::matmul"},
    {"operator.neg", "(a: numpy.ndarray) -> numpy.ndarray",
     INGOT_NP "unary(ingot::rt::tensor::UnaryOp::Negative, {0})"},
    {"operator.pos", "(a: numpy.ndarray) -> numpy.ndarray", "ingot::rt::tensor::copy"},
    {"operator.invert", "(a: numpy.ndarray) -> numpy.ndarray", INGOT_NP "invert"},

    // ---- elementwise functions ---------------------------------------------------------------
    NP_UFUNC2("add", "Add"),
    NP_UFUNC2("subtract", "Subtract"),
    NP_UFUNC2("multiply", "Multiply"),
    NP_UFUNC2("divide", "TrueDivide"),
    NP_UFUNC2("true_divide", "TrueDivide"),
    NP_UFUNC2("floor_divide", "FloorDivide"),
    NP_UFUNC2("mod", "Remainder"),
    NP_UFUNC2("remainder", "Remainder"),
    NP_UFUNC2("power", "Power"),
    NP_UFUNC2("maximum", "Maximum"),
    NP_UFUNC2("minimum", "Minimum"),
    NP_UFUNC2("logical_and", "LogicalAnd"),
    NP_UFUNC2("logical_or", "LogicalOr"),
    NP_UFUNC2("logical_xor", "LogicalXor"),
    NP_UFUNC2("equal", "Equal"),
    NP_UFUNC2("not_equal", "NotEqual"),
    NP_UFUNC2("less", "Less"),
    NP_UFUNC2("less_equal", "LessEqual"),
    NP_UFUNC2("greater", "Greater"),
    NP_UFUNC2("greater_equal", "GreaterEqual"),
    NP_UFUNC1("exp", "Exp"),
    NP_UFUNC1("log", "Log"),
    NP_UFUNC1("log1p", "Log1p"),
    NP_UFUNC1("log10", "Log10"),
    NP_UFUNC1("log2", "Log2"),
    NP_UFUNC1("expm1", "Expm1"),
    NP_UFUNC1("exp2", "Exp2"),
    NP_UFUNC1("sqrt", "Sqrt"),
    NP_UFUNC1("tanh", "Tanh"),
    NP_UFUNC1("sin", "Sin"),
    NP_UFUNC1("cos", "Cos"),
    NP_UFUNC1("tan", "Tan"),
    NP_UFUNC1("arcsin", "Arcsin"),
    NP_UFUNC1("arccos", "Arccos"),
    NP_UFUNC1("arctan", "Arctan"),
    NP_UFUNC1("sinh", "Sinh"),
    NP_UFUNC1("cosh", "Cosh"),
    NP_UFUNC1("arcsinh", "Arcsinh"),
    NP_UFUNC1("arccosh", "Arccosh"),
    NP_UFUNC1("arctanh", "Arctanh"),
    NP_UFUNC1("asin", "Arcsin"),
    NP_UFUNC1("acos", "Arccos"),
    NP_UFUNC1("atan", "Arctan"),
    NP_UFUNC1("asinh", "Arcsinh"),
    NP_UFUNC1("acosh", "Arccosh"),
    NP_UFUNC1("atanh", "Arctanh"),
    NP_UFUNC1("abs", "Abs"),
    NP_UFUNC1("absolute", "Abs"),
    NP_UFUNC1("sign", "Sign"),
    NP_UFUNC1("square", "Square"),
    NP_UFUNC1("negative", "Negative"),
    NP_UFUNC1("floor", "Floor"),
    NP_UFUNC1("ceil", "Ceil"),
    {"numpy.round", "(a: numpy.ndarray, decimals: int = 0) -> numpy.ndarray", INGOT_NP "round"},
    {"numpy.around", "(a: numpy.ndarray, decimals: int = 0) -> numpy.ndarray", INGOT_NP "round"},
    {"numpy.ndarray.round", "(self: numpy.ndarray, decimals: int = 0) -> numpy.ndarray",
     INGOT_NP "round"},
    NP_UFUNC1("rint", "Round"),
    NP_UFUNC1("isnan", "IsNan"),
    NP_UFUNC1("isfinite", "IsFinite"),
    NP_UFUNC1("isinf", "IsInf"),
    NP_UFUNC1("logical_not", "LogicalNot"),
    {"numpy.invert", "(x: numpy.ndarray) -> numpy.ndarray", INGOT_NP "invert"},
    // ---- bits, for binary-quantized embeddings: hamming distance is popcount(a ^ b) -------
    NP_UFUNC2("bitwise_and", "BitwiseAnd"),
    NP_UFUNC2("bitwise_or", "BitwiseOr"),
    NP_UFUNC2("bitwise_xor", "BitwiseXor"),
    {"numpy.bitwise_count", "(x: numpy.ndarray) -> numpy.ndarray", INGOT_NP "bitwise_count"},
    {"numpy.packbits",
     "(a: numpy.ndarray, axis: int | None = None, bitorder: str = \"big\") -> numpy.ndarray",
     INGOT_NP "packbits"},
    {"numpy.unpackbits",
     "(a: numpy.ndarray, axis: int | None = None, count: int | None = None, bitorder: str = "
     "\"big\") -> numpy.ndarray",
     INGOT_NP "unpackbits"},
    {"numpy.ndarray.view", "(self: numpy.ndarray, dtype: numpy.dtype) -> numpy.ndarray",
     INGOT_NP "view"},
    {"numpy.where",
     "(condition: numpy.ndarray, x: numpy.ndarray, y: numpy.ndarray) -> "
     "numpy.ndarray",
     INGOT_NP "where"},
    {"numpy.where", "(condition: numpy.ndarray, x: numpy.ndarray, y: number) -> numpy.ndarray",
     INGOT_NP "where"},
    {"numpy.where", "(condition: numpy.ndarray, x: number, y: numpy.ndarray) -> numpy.ndarray",
     INGOT_NP "where"},
    {"numpy.where", "(condition: numpy.ndarray, x: number, y: number) -> numpy.ndarray",
     INGOT_NP "where"},
    {"numpy.clip",
     "(a: numpy.ndarray, a_min: numpy.ndarray, a_max: numpy.ndarray) -> "
     "numpy.ndarray",
     INGOT_NP "clip"},
    {"numpy.clip",
     "(a: numpy.ndarray, a_min: float | None, a_max: float | None) -> "
     "numpy.ndarray",
     INGOT_NP "clip"},
    {"numpy.ndarray.clip",
     "(self: numpy.ndarray, min: float | None = None, max: float | None = "
     "None) -> numpy.ndarray",
     INGOT_NP "clip"},

    // ---- math functions beyond the basics: more ufuncs, nan_to_num, diff, roll ------------------
    NP_UFUNC1("reciprocal", "Reciprocal"),
    NP_UFUNC1("cbrt", "Cbrt"),
    NP_UFUNC1("trunc", "Trunc"),
    NP_UFUNC1("fix", "Trunc"),
    NP_UFUNC1("signbit", "Signbit"),
    NP_UFUNC1("isneginf", "IsNegInf"),
    NP_UFUNC1("isposinf", "IsPosInf"),
    NP_UFUNC1("sinc", "Sinc"),
    NP_UFUNC2("copysign", "Copysign"),
    NP_UFUNC2("hypot", "Hypot"),
    NP_UFUNC2("arctan2", "Arctan2"),
    NP_UFUNC2("atan2", "Arctan2"),
    NP_UFUNC2("fmod", "Fmod"),
    NP_UFUNC2("fmax", "Fmax"),
    NP_UFUNC2("fmin", "Fmin"),
    NP_UFUNC2("logaddexp", "LogAddExp"),
    NP_UFUNC2("logaddexp2", "LogAddExp2"),
    NP_UFUNC2("heaviside", "Heaviside"),
    {"numpy.nan_to_num",
     "(x: numpy.ndarray, copy: bool = True, nan: float = 0.0, posinf: float | None = None, "
     "neginf: float | None = None) -> numpy.ndarray",
     INGOT_NP "nan_to_num"},
    {"numpy.diff",
     "(a: numpy.ndarray, n: int = 1, axis: int = -1, prepend: numpy.ndarray | number | None = "
     "None, append: numpy.ndarray | number | None = None) -> numpy.ndarray",
     INGOT_NP "diff"},
    NP_ROLL("int", "int | None = None"),
    NP_ROLL("tuple", "int | None = None"),
    NP_ROLL("list[int]", "int | None = None"),
    NP_ROLL("int", "tuple"),
    NP_ROLL("tuple", "tuple"),
    NP_ROLL("list[int]", "tuple"),
    NP_ROLL("int", "list[int]"),
    NP_ROLL("tuple", "list[int]"),
    NP_ROLL("list[int]", "list[int]"),
    NP_NAN_REDUCE("nansum"),
    NP_NAN_REDUCE("nanmean"),
    NP_NAN_REDUCE("nanmax"),
    NP_NAN_REDUCE("nanmin"),
    NP_NAN_REDUCE("nanmedian"),
    NP_NAN_REDUCE("ptp"),
    {"numpy.nanargmax",
     "(a: numpy.ndarray, axis: int | None = None, *, keepdims: bool = False) -> numpy.ndarray",
     INGOT_NP "nanargmax"},
    {"numpy.nanargmin",
     "(a: numpy.ndarray, axis: int | None = None, *, keepdims: bool = False) -> numpy.ndarray",
     INGOT_NP "nanargmin"},
    {"numpy.nanvar",
     "(a: numpy.ndarray, axis: int | None = None, *, ddof: int = 0, keepdims: bool = False) -> "
     "numpy.ndarray",
     INGOT_NP "nanvar"},
    {"numpy.nanvar",
     "(a: numpy.ndarray, axis: tuple, *, ddof: int = 0, keepdims: bool = False) -> "
     "numpy.ndarray",
     INGOT_NP "nanvar"},
    {"numpy.nanstd",
     "(a: numpy.ndarray, axis: int | None = None, *, ddof: int = 0, keepdims: bool = False) -> "
     "numpy.ndarray",
     INGOT_NP "nanstd"},
    {"numpy.nanstd",
     "(a: numpy.ndarray, axis: tuple, *, ddof: int = 0, keepdims: bool = False) -> "
     "numpy.ndarray",
     INGOT_NP "nanstd"},
    // returned=True would give a tuple: check.cpp's flag_variant sends it to a row not here.
    {"numpy.average",
     "(a: numpy.ndarray, axis: int | None = None, weights: numpy.ndarray | None = None, *, "
     "returned: bool = False, keepdims: bool = False) -> numpy.ndarray",
     INGOT_NP "average({0}, {1}, {2}, {4})"},

    // ---- reductions ---------------------------------------------------------------------------
    NP_REDUCE_SUM("sum", "Sum"),
    NP_REDUCE_SUM("prod", "Prod"),
    NP_REDUCE_MEAN("mean", "Mean"),
    NP_REDUCE_EXTREME("max", "Max"),
    NP_REDUCE_EXTREME("min", "Min"),
    NP_REDUCE_EXTREME("amax", "Max"),
    NP_REDUCE_EXTREME("amin", "Min"),
    NP_REDUCE_LOGICAL("any", "Any"),
    NP_REDUCE_LOGICAL("all", "All"),
    NP_REDUCE_DDOF("var", "Var"),
    NP_REDUCE_DDOF("std", "Std"),
    NP_ARGREDUCE("argmax"),
    NP_ARGREDUCE("argmin"),
    {"numpy.ndarray.cumsum", "(self: numpy.ndarray, axis: int | None = None) -> numpy.ndarray",
     INGOT_NP "cumsum"},
    {"numpy.cumsum", "(a: numpy.ndarray, axis: int | None = None) -> numpy.ndarray",
     INGOT_NP "cumsum"},
    {"numpy.ndarray.cumprod", "(self: numpy.ndarray, axis: int | None = None) -> numpy.ndarray",
     INGOT_NP "cumprod"},
    {"numpy.cumprod", "(a: numpy.ndarray, axis: int | None = None) -> numpy.ndarray",
     INGOT_NP "cumprod"},
    {"numpy.diagonal",
     "(a: numpy.ndarray, offset: int = 0, axis1: int = 0, axis2: int = 1) -> numpy.ndarray",
     INGOT_NP "diagonal"},
    {"numpy.ndarray.diagonal",
     "(self: numpy.ndarray, offset: int = 0, axis1: int = 0, axis2: int = 1) -> numpy.ndarray",
     INGOT_NP "diagonal"},
    {"numpy.diag", "(v: numpy.ndarray, k: int = 0) -> numpy.ndarray", INGOT_NP "diag"},
    {"numpy.tri",
     "(N: int, M: int | None = None, k: int = 0, dtype: numpy.dtype | None = None) -> "
     "numpy.ndarray",
     INGOT_NP "tri"},
    {"numpy.tril", "(m: numpy.ndarray, k: int = 0) -> numpy.ndarray", INGOT_NP "tril"},
    {"numpy.triu", "(m: numpy.ndarray, k: int = 0) -> numpy.ndarray", INGOT_NP "triu"},
    {"numpy.trace", "(a: numpy.ndarray, offset: int = 0) -> numpy.ndarray", INGOT_NP "trace"},
    {"numpy.ndarray.trace", "(self: numpy.ndarray, offset: int = 0) -> numpy.ndarray",
     INGOT_NP "trace"},

    // ---- linear algebra -----------------------------------------------------------------------
    {"numpy.matmul", "(x1: numpy.ndarray, x2: numpy.ndarray) -> numpy.ndarray",
     "ingot::rt::tensor::matmul"},
    {"numpy.dot", "(a: numpy.ndarray, b: number) -> numpy.ndarray",
     INGOT_NP "binary(ingot::rt::tensor::BinaryOp::Multiply, {0}, {1})"},
    {"numpy.dot", "(a: number, b: numpy.ndarray) -> numpy.ndarray",
     INGOT_NP "binary(ingot::rt::tensor::BinaryOp::Multiply, {0}, {1})"},
    {"numpy.dot", "(a: numpy.ndarray, b: numpy.ndarray) -> numpy.ndarray",
     "ingot::rt::tensor::dot"},
    {"numpy.ndarray.dot", "(self: numpy.ndarray, b: numpy.ndarray) -> numpy.ndarray",
     "ingot::rt::tensor::dot"},
    {"numpy.outer", "(a: numpy.ndarray, b: numpy.ndarray) -> numpy.ndarray", INGOT_NP "outer"},
    {"numpy.tensordot", "(a: numpy.ndarray, b: numpy.ndarray, axes: int = 2) -> numpy.ndarray",
     INGOT_NP "tensordot"},
    {"numpy.tensordot", "(a: numpy.ndarray, b: numpy.ndarray, axes: tuple) -> numpy.ndarray",
     INGOT_NP "tensordot"},
    {"numpy.tensordot", "(a: numpy.ndarray, b: numpy.ndarray, axes: list) -> numpy.ndarray",
     INGOT_NP "tensordot"},
    {"numpy.inner", "(a: numpy.ndarray, b: numpy.ndarray) -> numpy.ndarray", INGOT_NP "inner"},
    {"numpy.vdot", "(a: numpy.ndarray, b: numpy.ndarray) -> numpy.ndarray", INGOT_NP "vdot"},
    {"numpy.kron", "(a: numpy.ndarray, b: numpy.ndarray) -> numpy.ndarray", INGOT_NP "kron"},

    {"numpy.einsum", "(subscripts: str, *operands: numpy.ndarray) -> numpy.ndarray",
     INGOT_NP "einsum({0}{,1})"},
    {"numpy.linalg.norm",
     "(x: numpy.ndarray, ord: float | None = None, axis: int | None = None, "
     "keepdims: bool = False) -> numpy.ndarray",
     INGOT_NP "norm"},
    {"numpy.linalg.norm",
     "(x: numpy.ndarray, ord: str, axis: int | None = None, keepdims: bool = False) -> "
     "numpy.ndarray",
     INGOT_NP "norm"},
    {"numpy.linalg.norm",
     "(x: numpy.ndarray, ord: float | str | None = None, *, axis: tuple, keepdims: bool = "
     "False) -> numpy.ndarray",
     INGOT_NP "norm"},
    {"numpy.linalg.norm",
     "(x: numpy.ndarray, ord: float | str | None, axis: tuple, keepdims: bool = False) -> "
     "numpy.ndarray",
     INGOT_NP "norm"},

    // ---- decompositions (runtime/tensor/decompose.h, python_linalg.h) --------------------------
    // np.linalg.qr(mode="r") and svd(compute_uv=False) return one array: the type checker
    // renames calls with those literals to the bracketed rows.
    {"numpy.linalg.inv", "(a: numpy.ndarray) -> numpy.ndarray", INGOT_NP "inv"},
    {"numpy.linalg.solve", "(a: numpy.ndarray, b: numpy.ndarray) -> numpy.ndarray",
     INGOT_NP "solve"},
    {"numpy.linalg.det", "(a: numpy.ndarray) -> numpy.ndarray", INGOT_NP "det"},
    {"numpy.linalg.slogdet", "(a: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]",
     INGOT_NP "slogdet"},
    {"numpy.linalg.cholesky", "(a: numpy.ndarray, *, upper: bool = False) -> numpy.ndarray",
     INGOT_NP "cholesky"},
    {"numpy.linalg.qr",
     "(a: numpy.ndarray, mode: str = \"reduced\") -> tuple[numpy.ndarray, numpy.ndarray]",
     INGOT_NP "qr"},
    {"numpy.linalg.qr[r]", "(a: numpy.ndarray, mode: str) -> numpy.ndarray", INGOT_NP "qr_r"},
    {"numpy.linalg.eigh",
     "(a: numpy.ndarray, UPLO: str = \"L\") -> tuple[numpy.ndarray, numpy.ndarray]",
     INGOT_NP "eigh"},
    {"numpy.linalg.eigvalsh", "(a: numpy.ndarray, UPLO: str = \"L\") -> numpy.ndarray",
     INGOT_NP "eigvalsh"},
    {"numpy.linalg.svd",
     "(a: numpy.ndarray, full_matrices: bool = True, compute_uv: bool = True, "
     "hermitian: bool = False) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]",
     INGOT_NP "svd"},
    {"numpy.linalg.svd[not_compute_uv]",
     "(a: numpy.ndarray, full_matrices: bool = True, compute_uv: bool = True, "
     "hermitian: bool = False) -> numpy.ndarray",
     INGOT_NP "svd_values"},
    {"numpy.linalg.svdvals", "(x: numpy.ndarray) -> numpy.ndarray", INGOT_NP "svdvals"},
    {"numpy.linalg.pinv",
     "(a: numpy.ndarray, rcond: float | None = None, hermitian: bool = False) -> numpy.ndarray",
     INGOT_NP "pinv"},
    {"numpy.linalg.matrix_rank",
     "(A: numpy.ndarray, tol: float | None = None, hermitian: bool = False, *, "
     "rtol: float | None = None) -> numpy.ndarray",
     INGOT_NP "matrix_rank"},
    {"numpy.linalg.lstsq",
     "(a: numpy.ndarray, b: numpy.ndarray, rcond: float | None = None) -> "
     "tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray, numpy.ndarray]",
     INGOT_NP "lstsq"},

    // ---- shapes -------------------------------------------------------------------------------
    {"numpy.ndarray.reshape", "(self: numpy.ndarray, shape: tuple) -> numpy.ndarray",
     INGOT_NP "reshape"},
    {"numpy.ndarray.reshape", "(self: numpy.ndarray, shape: tuple[int, ...]) -> numpy.ndarray",
     INGOT_NP "reshape"},
    {"numpy.ndarray.reshape", "(self: numpy.ndarray, shape: list[int]) -> numpy.ndarray",
     INGOT_NP "reshape"},
    {"numpy.ndarray.reshape", "(self: numpy.ndarray, *shape: int) -> numpy.ndarray",
     INGOT_NP "reshape_dims({0}{,1})"},
    {"numpy.reshape", "(a: numpy.ndarray, shape: tuple) -> numpy.ndarray", INGOT_NP "reshape"},
    {"numpy.reshape", "(a: numpy.ndarray, shape: tuple[int, ...]) -> numpy.ndarray",
     INGOT_NP "reshape"},
    {"numpy.reshape", "(a: numpy.ndarray, shape: int) -> numpy.ndarray", INGOT_NP "reshape"},
    {"numpy.ndarray.transpose", "(self: numpy.ndarray, axes: tuple) -> numpy.ndarray",
     INGOT_NP "transpose"},
    {"numpy.ndarray.transpose", "(self: numpy.ndarray, axes: tuple[int, ...]) -> numpy.ndarray",
     INGOT_NP "transpose"},
    {"numpy.ndarray.transpose", "(self: numpy.ndarray, *axes: int) -> numpy.ndarray",
     INGOT_NP "transpose_dims({0}{,1})"},
    {"numpy.transpose", "(a: numpy.ndarray, axes: tuple[int, ...]) -> numpy.ndarray",
     INGOT_NP "transpose"},
    {"numpy.transpose", "(a: numpy.ndarray, axes: list[int]) -> numpy.ndarray",
     INGOT_NP "transpose"},
    {"numpy.transpose", "(a: numpy.ndarray, axes: tuple | None = None) -> numpy.ndarray",
     INGOT_NP "transpose"},
    {"numpy.swapaxes", "(a: numpy.ndarray, axis1: int, axis2: int) -> numpy.ndarray",
     "ingot::rt::tensor::swapaxes"},
    {"numpy.ndarray.swapaxes", "(self: numpy.ndarray, axis1: int, axis2: int) -> numpy.ndarray",
     "ingot::rt::tensor::swapaxes"},
    {"numpy.moveaxis", "(a: numpy.ndarray, source: int, destination: int) -> numpy.ndarray",
     "ingot::rt::tensor::moveaxis"},
    {"numpy.expand_dims", "(a: numpy.ndarray, axis: int) -> numpy.ndarray",
     "ingot::rt::tensor::expand_dims"},
    {"numpy.squeeze", "(a: numpy.ndarray, axis: int | None = None) -> numpy.ndarray",
     INGOT_NP "squeeze"},
    {"numpy.squeeze", "(a: numpy.ndarray, axis: tuple) -> numpy.ndarray", INGOT_NP "squeeze"},
    {"numpy.ndarray.squeeze", "(self: numpy.ndarray, axis: int | None = None) -> numpy.ndarray",
     INGOT_NP "squeeze"},
    {"numpy.ndarray.squeeze", "(self: numpy.ndarray, axis: tuple) -> numpy.ndarray",
     INGOT_NP "squeeze"},
    {"numpy.ndarray.flatten", "(self: numpy.ndarray) -> numpy.ndarray",
     "ingot::rt::tensor::copy(ingot::rt::tensor::flatten({0}))"},
    {"numpy.ndarray.ravel", "(self: numpy.ndarray) -> numpy.ndarray",
     "ingot::rt::tensor::flatten({0})"},
    {"numpy.ravel", "(a: numpy.ndarray) -> numpy.ndarray", "ingot::rt::tensor::flatten({0})"},
    {"numpy.broadcast_to", "(array: numpy.ndarray, shape: tuple) -> numpy.ndarray",
     INGOT_NP "broadcast_to"},
    {"numpy.broadcast_to", "(array: numpy.ndarray, shape: tuple[int, ...]) -> numpy.ndarray",
     INGOT_NP "broadcast_to"},
    {"numpy.broadcast_to", "(array: numpy.ndarray, shape: int) -> numpy.ndarray",
     INGOT_NP "broadcast_to"},
    {"numpy.concatenate", "(arrays: list[numpy.ndarray], axis: int | None = 0) -> numpy.ndarray",
     INGOT_NP "concatenate"},
    {"numpy.concatenate",
     "(arrays: tuple[numpy.ndarray, numpy.ndarray], axis: int | None = 0) "
     "-> numpy.ndarray",
     INGOT_NP "concatenate"},
    {"numpy.concatenate",
     "(arrays: tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray], axis: "
     "int | None = 0) -> numpy.ndarray",
     INGOT_NP "concatenate"},
    {"numpy.stack", "(arrays: list[numpy.ndarray], axis: int = 0) -> numpy.ndarray",
     INGOT_NP "stack"},
    NP_JOIN("vstack"),
    NP_JOIN("hstack"),
    NP_JOIN("column_stack"),
    NP_JOIN("dstack"),
    {"numpy.atleast_1d", "(arys: numpy.ndarray) -> numpy.ndarray", INGOT_NP "atleast_1d"},
    {"numpy.atleast_2d", "(arys: numpy.ndarray) -> numpy.ndarray", INGOT_NP "atleast_2d"},
    {"numpy.atleast_3d", "(arys: numpy.ndarray) -> numpy.ndarray", INGOT_NP "atleast_3d"},
    {"numpy.append",
     "(arr: numpy.ndarray, values: numpy.ndarray | list | number, axis: int | None = None) -> "
     "numpy.ndarray",
     INGOT_NP "append"},
    {"numpy.delete",
     "(arr: numpy.ndarray, obj: int | list | numpy.ndarray, axis: int | None = None) -> "
     "numpy.ndarray",
     INGOT_NP "delete_entries"},
    {"numpy.fliplr", "(m: numpy.ndarray) -> numpy.ndarray", INGOT_NP "fliplr"},
    {"numpy.flipud", "(m: numpy.ndarray) -> numpy.ndarray", INGOT_NP "flipud"},
    {"numpy.rot90", "(m: numpy.ndarray, k: int = 1, axes: tuple | None = None) -> numpy.ndarray",
     INGOT_NP "rot90"},
    {"numpy.meshgrid", "(x: numpy.ndarray, *, indexing: str = \"xy\") -> tuple[numpy.ndarray]",
     INGOT_NP "meshgrid({1}, {0})"},
    {"numpy.meshgrid",
     "(x: numpy.ndarray, y: numpy.ndarray, *, indexing: str = \"xy\") -> "
     "tuple[numpy.ndarray, numpy.ndarray]",
     INGOT_NP "meshgrid({2}, {0}, {1})"},
    {"numpy.meshgrid",
     "(x: numpy.ndarray, y: numpy.ndarray, z: numpy.ndarray, *, indexing: str = \"xy\") -> "
     "tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]",
     INGOT_NP "meshgrid({3}, {0}, {1}, {2})"},
    {"numpy.flip", "(m: numpy.ndarray, axis: int | None = None) -> numpy.ndarray", INGOT_NP "flip"},
    {"numpy.flip", "(m: numpy.ndarray, axis: tuple[int, ...]) -> numpy.ndarray", INGOT_NP "flip"},
    {"numpy.flip", "(m: numpy.ndarray, axis: tuple) -> numpy.ndarray", INGOT_NP "flip"},
    // ---- whole-array comparisons
    {"numpy.isclose",
     "(a: numpy.ndarray, b: numpy.ndarray, rtol: float = 0.00001, atol: float = 0.00000001, "
     "equal_nan: bool = False) -> numpy.ndarray",
     INGOT_NP "isclose"},
    {"numpy.isclose",
     "(a: numpy.ndarray, b: number, rtol: float = 0.00001, atol: float = 0.00000001, "
     "equal_nan: bool = False) -> numpy.ndarray",
     INGOT_NP "isclose"},
    {"numpy.isclose",
     "(a: number, b: numpy.ndarray, rtol: float = 0.00001, atol: float = 0.00000001, "
     "equal_nan: bool = False) -> numpy.ndarray",
     INGOT_NP "isclose"},
    {"numpy.allclose",
     "(a: numpy.ndarray, b: numpy.ndarray, rtol: float = 0.00001, atol: float = 0.00000001, "
     "equal_nan: bool = False) -> bool",
     INGOT_NP "allclose"},
    {"numpy.allclose",
     "(a: numpy.ndarray, b: number, rtol: float = 0.00001, atol: float = 0.00000001, "
     "equal_nan: bool = False) -> bool",
     INGOT_NP "allclose"},
    {"numpy.array_equal", "(a1: numpy.ndarray, a2: numpy.ndarray, equal_nan: bool = False) -> bool",
     INGOT_NP "array_equal"},
    {"numpy.stack",
     "(arrays: tuple[numpy.ndarray, numpy.ndarray], axis: int = 0) -> "
     "numpy.ndarray",
     INGOT_NP "stack"},
    {"numpy.stack",
     "(arrays: tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray], axis: int = 0) "
     "-> numpy.ndarray",
     INGOT_NP "stack"},
    {"numpy.split",
     "(ary: numpy.ndarray, indices_or_sections: int, axis: int = 0) -> "
     "list[numpy.ndarray]",
     INGOT_NP "split({0}, {1}, {2}, true)"},
    {"numpy.split",
     "(ary: numpy.ndarray, indices_or_sections: list[int], axis: int = 0) -> "
     "list[numpy.ndarray]",
     INGOT_NP "split_at"},
    // ---- hsplit / vsplit, tril_indices, compress / extract, select, put, trapezoid, cross ----
    {"numpy.hsplit", "(ary: numpy.ndarray, indices_or_sections: int) -> list[numpy.ndarray]",
     INGOT_NP "hsplit"},
    {"numpy.hsplit", "(ary: numpy.ndarray, indices_or_sections: list[int]) -> list[numpy.ndarray]",
     INGOT_NP "hsplit_at"},
    {"numpy.vsplit", "(ary: numpy.ndarray, indices_or_sections: int) -> list[numpy.ndarray]",
     INGOT_NP "vsplit"},
    {"numpy.vsplit", "(ary: numpy.ndarray, indices_or_sections: list[int]) -> list[numpy.ndarray]",
     INGOT_NP "vsplit_at"},
    {"numpy.tril_indices",
     "(n: int, k: int = 0, m: int | None = None) -> tuple[numpy.ndarray, numpy.ndarray]",
     INGOT_NP "tril_indices"},
    {"numpy.triu_indices",
     "(n: int, k: int = 0, m: int | None = None) -> tuple[numpy.ndarray, numpy.ndarray]",
     INGOT_NP "triu_indices"},
    {"numpy.compress",
     "(condition: numpy.ndarray, a: numpy.ndarray, axis: int | None = None) -> numpy.ndarray",
     INGOT_NP "compress"},
    {"numpy.ndarray.compress",
     "(self: numpy.ndarray, condition: numpy.ndarray, axis: int | None = None) -> numpy.ndarray",
     INGOT_NP "compress({1}, {0}, {2})"},
    {"numpy.extract", "(condition: numpy.ndarray, arr: numpy.ndarray) -> numpy.ndarray",
     INGOT_NP "extract"},
    {"numpy.select",
     "(condlist: list[numpy.ndarray], choicelist: list[numpy.ndarray], default: number = 0) -> "
     "numpy.ndarray",
     INGOT_NP "select"},
    {"numpy.put", "(a: numpy.ndarray, ind: numpy.ndarray, v: numpy.ndarray) -> None",
     INGOT_NP "put"},
    {"numpy.put", "(a: numpy.ndarray, ind: numpy.ndarray, v: number) -> None", INGOT_NP "put"},
    {"numpy.ndarray.put",
     "(self: numpy.ndarray, indices: numpy.ndarray, values: numpy.ndarray) -> None",
     INGOT_NP "put"},
    {"numpy.ndarray.put", "(self: numpy.ndarray, indices: numpy.ndarray, values: number) -> None",
     INGOT_NP "put"},
    {"numpy.put_along_axis",
     "(arr: numpy.ndarray, indices: numpy.ndarray, values: numpy.ndarray, axis: int) -> None",
     INGOT_NP "put_along_axis"},
    {"numpy.put_along_axis",
     "(arr: numpy.ndarray, indices: numpy.ndarray, values: number, axis: int) -> None",
     INGOT_NP "put_along_axis"},
    {"numpy.trapezoid",
     "(y: numpy.ndarray, x: numpy.ndarray | None = None, dx: float = 1.0, axis: int = -1) -> "
     "numpy.ndarray",
     INGOT_NP "trapezoid"},
    {"numpy.cross", "(a: numpy.ndarray, b: numpy.ndarray, axis: int = -1) -> numpy.ndarray",
     INGOT_NP "cross"},
    {"numpy.unravel_index",
     "(indices: numpy.ndarray, shape: tuple[int, ...], order: str = \"C\") -> tuple[numpy.ndarray, "
     "...]",
     INGOT_NP "unravel_index"},
    {"numpy.unravel_index",
     "(indices: int, shape: tuple[int, ...], order: str = \"C\") -> tuple[numpy.ndarray, ...]",
     INGOT_NP "unravel_index"},
    {"numpy.unravel_index",
     "(indices: numpy.ndarray, shape: tuple, order: str = \"C\") -> tuple[numpy.ndarray, ...]",
     INGOT_NP "unravel_index"},
    {"numpy.unravel_index",
     "(indices: int, shape: tuple, order: str = \"C\") -> tuple[numpy.ndarray, ...]",
     INGOT_NP "unravel_index"},
    {"numpy.unravel_index",
     "(indices: numpy.ndarray, shape: list[int], order: str = \"C\") -> tuple[numpy.ndarray, ...]",
     INGOT_NP "unravel_index"},
    {"numpy.unravel_index",
     "(indices: int, shape: list[int], order: str = \"C\") -> tuple[numpy.ndarray, ...]",
     INGOT_NP "unravel_index"},
    {"numpy.unravel_index",
     "(indices: numpy.ndarray, shape: int, order: str = \"C\") -> tuple[numpy.ndarray, ...]",
     INGOT_NP "unravel_index"},
    {"numpy.unravel_index",
     "(indices: int, shape: int, order: str = \"C\") -> tuple[numpy.ndarray, ...]",
     INGOT_NP "unravel_index"},
    {"numpy.ravel_multi_index",
     "(multi_index: tuple[numpy.ndarray, ...], dims: tuple[int, ...], mode: str = \"raise\", "
     "order: str = \"C\") -> numpy.ndarray",
     INGOT_NP "ravel_multi_index"},
    {"numpy.ravel_multi_index",
     "(multi_index: tuple[numpy.ndarray, ...], dims: tuple, mode: str = \"raise\", order: str = "
     "\"C\") -> numpy.ndarray",
     INGOT_NP "ravel_multi_index"},
    {"numpy.ravel_multi_index",
     "(multi_index: tuple[numpy.ndarray, ...], dims: list[int], mode: str = \"raise\", order: str "
     "= \"C\") -> numpy.ndarray",
     INGOT_NP "ravel_multi_index"},
    {"numpy.ravel_multi_index",
     "(multi_index: tuple, dims: tuple[int, ...], mode: str = \"raise\", order: str = \"C\") -> "
     "numpy.ndarray",
     INGOT_NP "ravel_multi_index"},
    {"numpy.ravel_multi_index",
     "(multi_index: tuple, dims: tuple, mode: str = \"raise\", order: str = \"C\") -> "
     "numpy.ndarray",
     INGOT_NP "ravel_multi_index"},
    {"numpy.ravel_multi_index",
     "(multi_index: tuple, dims: list[int], mode: str = \"raise\", order: str = \"C\") -> "
     "numpy.ndarray",
     INGOT_NP "ravel_multi_index"},
    {"numpy.ravel_multi_index",
     "(multi_index: list[numpy.ndarray], dims: tuple[int, ...], mode: str = \"raise\", order: str "
     "= \"C\") -> numpy.ndarray",
     INGOT_NP "ravel_multi_index"},
    {"numpy.ravel_multi_index",
     "(multi_index: list[numpy.ndarray], dims: tuple, mode: str = \"raise\", order: str = \"C\") "
     "-> numpy.ndarray",
     INGOT_NP "ravel_multi_index"},
    {"numpy.ravel_multi_index",
     "(multi_index: list[numpy.ndarray], dims: list[int], mode: str = \"raise\", order: str = "
     "\"C\") -> numpy.ndarray",
     INGOT_NP "ravel_multi_index"},
    {"numpy.choose",
     "(a: numpy.ndarray, choices: list[numpy.ndarray], mode: str = \"raise\") -> numpy.ndarray",
     INGOT_NP "choose"},
    {"numpy.ndarray.choose",
     "(self: numpy.ndarray, choices: list[numpy.ndarray], mode: str = \"raise\") -> numpy.ndarray",
     INGOT_NP "choose"},
    {"numpy.choose",
     "(a: numpy.ndarray, choices: tuple[numpy.ndarray, ...], mode: str = \"raise\") -> "
     "numpy.ndarray",
     INGOT_NP "choose"},
    {"numpy.ndarray.choose",
     "(self: numpy.ndarray, choices: tuple[numpy.ndarray, ...], mode: str = \"raise\") -> "
     "numpy.ndarray",
     INGOT_NP "choose"},
    {"numpy.choose", "(a: numpy.ndarray, choices: tuple, mode: str = \"raise\") -> numpy.ndarray",
     INGOT_NP "choose"},
    {"numpy.ndarray.choose",
     "(self: numpy.ndarray, choices: tuple, mode: str = \"raise\") -> numpy.ndarray",
     INGOT_NP "choose"},
    {"numpy.diag_indices", "(n: int, ndim: int = 2) -> tuple[numpy.ndarray, ...]",
     INGOT_NP "diag_indices"},
    {"numpy.cov",
     "(m: numpy.ndarray, y: numpy.ndarray | None = None, rowvar: bool = True, bias: bool = False, "
     "ddof: int | None = None) -> numpy.ndarray",
     INGOT_NP "cov"},
    {"numpy.corrcoef",
     "(x: numpy.ndarray, y: numpy.ndarray | None = None, rowvar: bool = True) -> numpy.ndarray",
     INGOT_NP "corrcoef"},
    {"numpy.array_split",
     "(ary: numpy.ndarray, indices_or_sections: int, axis: int = 0) -> "
     "list[numpy.ndarray]",
     INGOT_NP "split({0}, {1}, {2}, false)"},
    {"numpy.repeat", "(a: numpy.ndarray, repeats: int, axis: int | None = None) -> numpy.ndarray",
     INGOT_NP "repeat"},
    {"numpy.ndarray.repeat",
     "(self: numpy.ndarray, repeats: int, axis: int | None = None) -> "
     "numpy.ndarray",
     INGOT_NP "repeat"},
    {"numpy.tile", "(A: numpy.ndarray, reps: int) -> numpy.ndarray", INGOT_NP "tile"},
    {"numpy.tile", "(A: numpy.ndarray, reps: tuple) -> numpy.ndarray", INGOT_NP "tile"},
    {"numpy.tile", "(A: numpy.ndarray, reps: tuple[int, ...]) -> numpy.ndarray", INGOT_NP "tile"},

    // ---- indexing -------------------------------------------------------------------------------
    {"operator.getitem", "(a: numpy.ndarray, index: int) -> numpy.ndarray", INGOT_NP "getitem"},
    // A list or tuple indexed by a numpy integer scalar (`docs[i] for i in np.argsort(s)`).
    {"operator.getitem", "(a: list[T], i: numpy.ndarray) -> T",
     "ingot::rt::getitem({0}, " INGOT_NP "sequence_index({1}, \"list\"))"},
    {"operator.getitem", "(a: tuple[T, ...], i: numpy.ndarray) -> T",
     "ingot::rt::getitem({0}, " INGOT_NP "sequence_index({1}, \"tuple\"))"},
    {"operator.getitem", "(a: numpy.ndarray, index: numpy.ndarray) -> numpy.ndarray",
     INGOT_NP "getitem"},
    {"operator.getitem", "(a: numpy.ndarray, index: list[int]) -> numpy.ndarray",
     INGOT_NP "getitem"},
    {"operator.getitem", "(a: numpy.ndarray, index: None) -> numpy.ndarray", INGOT_NP "getitem"},
    {"operator.getitem", "(a: numpy.ndarray, index: builtins.ellipsis) -> numpy.ndarray",
     INGOT_NP "getitem"},
    {"operator.getitem", "(a: numpy.ndarray, index: tuple) -> numpy.ndarray", INGOT_NP "getitem"},
    // A list, tuple or str sliced at a numpy integer scalar (`order[: np.searchsorted(c, p)]`).
    {"operator.getslice",
     "(a: list[T], start: " NP_BOUND ", stop: " NP_BOUND ", step: " NP_BOUND ") -> list[T]",
     "ingot::rt::slice({0}, " NP_BOUNDS ")"},
    {"operator.getslice",
     "(a: tuple[T, ...], start: " NP_BOUND ", stop: " NP_BOUND ", step: " NP_BOUND
     ") -> tuple[T, ...]",
     "ingot::rt::slice({0}, " NP_BOUNDS ")"},
    {"operator.getslice",
     "(a: str, start: " NP_BOUND ", stop: " NP_BOUND ", step: " NP_BOUND ") -> str",
     "ingot::rt::slice({0}, " NP_BOUNDS ")"},
    {"operator.getslice",
     "(a: numpy.ndarray, start: " NP_BOUND ", stop: " NP_BOUND ", step: " NP_BOUND
     ") -> numpy.ndarray",
     INGOT_NP "getslice({0}, " NP_BOUNDS ")"},
    {"operator.setitem", "(a: numpy.ndarray, index: int, value: numpy.ndarray) -> None",
     INGOT_NP "setitem"},
    {"operator.setitem", "(a: numpy.ndarray, index: int, value: number) -> None",
     INGOT_NP "setitem"},
    {"operator.setitem", "(a: numpy.ndarray, index: numpy.ndarray, value: numpy.ndarray) -> None",
     INGOT_NP "setitem"},
    {"operator.setitem", "(a: numpy.ndarray, index: numpy.ndarray, value: number) -> None",
     INGOT_NP "setitem"},
    {"operator.setitem", "(a: numpy.ndarray, index: tuple, value: numpy.ndarray) -> None",
     INGOT_NP "setitem"},
    {"operator.setitem", "(a: numpy.ndarray, index: tuple, value: number) -> None",
     INGOT_NP "setitem"},
    {"operator.setitem", "(a: numpy.ndarray, index: builtins.ellipsis, value: number) -> None",
     INGOT_NP "setitem"},
    {"operator.setslice",
     "(a: numpy.ndarray, start: int | None, stop: int | None, step: int | "
     "None, value: numpy.ndarray) -> None",
     INGOT_NP "setslice"},
    {"operator.setslice",
     "(a: numpy.ndarray, start: int | None, stop: int | None, step: int | "
     "None, value: number) -> None",
     INGOT_NP "setslice"},
    {"numpy.take",
     "(a: numpy.ndarray, indices: numpy.ndarray, axis: int | None = None) -> "
     "numpy.ndarray",
     INGOT_NP "take"},
    {"numpy.take_along_axis",
     "(arr: numpy.ndarray, indices: numpy.ndarray, axis: int) -> "
     "numpy.ndarray",
     "ingot::rt::tensor::take_along_axis"},

    // ---- ordering -------------------------------------------------------------------------------
    {"numpy.sort", "(a: numpy.ndarray, axis: int | None = -1) -> numpy.ndarray", INGOT_NP "sort"},
    {"numpy.ndarray.sort", "(self: numpy.ndarray, axis: int = -1) -> None",
     INGOT_NP "sort_inplace"},
    {"numpy.argsort",
     "(a: numpy.ndarray, axis: int | None = -1, kind: str | None = None) -> "
     "numpy.ndarray",
     INGOT_NP "argsort({0}, {1})"},
    {"numpy.ndarray.argsort",
     "(self: numpy.ndarray, axis: int | None = -1, kind: str | None = "
     "None) -> numpy.ndarray",
     INGOT_NP "argsort({0}, {1})"},
    {"numpy.argpartition", "(a: numpy.ndarray, kth: int, axis: int = -1) -> numpy.ndarray",
     "ingot::rt::tensor::argpartition"},

    // ---- order statistics -----------------------------------------------------------------------
    {"numpy.median",
     "(a: numpy.ndarray, axis: int | None = None, *, keepdims: bool = False) -> numpy.ndarray",
     INGOT_NP "median"},
    {"numpy.median", "(a: numpy.ndarray, axis: tuple, *, keepdims: bool = False) -> numpy.ndarray",
     INGOT_NP "median"},
    NP_QUANTILE("quantile", "int"),
    NP_QUANTILE("quantile", "float"),
    NP_QUANTILE("quantile", "list[int]"),
    NP_QUANTILE("quantile", "list[float]"),
    NP_QUANTILE("percentile", "int"),
    NP_QUANTILE("percentile", "float"),
    NP_QUANTILE("percentile", "list[int]"),
    NP_QUANTILE("percentile", "list[float]"),

    // ---- searching sorted arrays and counting by value
    // -------------------------------------------
    {"numpy.searchsorted",
     "(a: numpy.ndarray, v: numpy.ndarray | number, side: str = \"left\", sorter: "
     "numpy.ndarray | list[int] | None = None) -> numpy.ndarray",
     INGOT_NP "searchsorted_sorter"},
    {"numpy.ndarray.searchsorted",
     "(self: numpy.ndarray, v: numpy.ndarray | number, side: str = \"left\", sorter: "
     "numpy.ndarray | list[int] | None = None) -> numpy.ndarray",
     INGOT_NP "searchsorted_sorter"},
    {"numpy.digitize",
     "(x: numpy.ndarray | number, bins: numpy.ndarray, right: bool = False) -> numpy.ndarray",
     INGOT_NP "digitize"},
    {"numpy.bincount",
     "(x: numpy.ndarray, weights: numpy.ndarray | None = None, minlength: int = 0) -> "
     "numpy.ndarray",
     INGOT_NP "bincount"},

    {"numpy.lexsort", "(keys: list[numpy.ndarray]) -> numpy.ndarray", INGOT_NP "lexsort"},
    {"numpy.lexsort", "(keys: tuple[numpy.ndarray, ...]) -> numpy.ndarray", INGOT_NP "lexsort"},
    {"numpy.lexsort", "(keys: tuple) -> numpy.ndarray", INGOT_NP "lexsort"},
    {"numpy.lexsort", "(keys: numpy.ndarray) -> numpy.ndarray", INGOT_NP "lexsort"},
    // ---- ufunc methods
    NP_UFUNC_METHODS("add", "Add"),
    NP_UFUNC_METHODS("subtract", "Subtract"),
    NP_UFUNC_METHODS("multiply", "Multiply"),
    NP_UFUNC_METHODS("divide", "TrueDivide"),
    NP_UFUNC_METHODS("true_divide", "TrueDivide"),
    NP_UFUNC_METHODS("floor_divide", "FloorDivide"),
    NP_UFUNC_METHODS("power", "Power"),
    NP_UFUNC_METHODS("maximum", "Maximum"),
    NP_UFUNC_METHODS("minimum", "Minimum"),
    NP_UFUNC_METHODS("logical_and", "LogicalAnd"),
    NP_UFUNC_METHODS("logical_or", "LogicalOr"),
    NP_UFUNC_METHODS("logical_xor", "LogicalXor"),
    NP_UFUNC_OUTER("equal", "Equal"),
    NP_UFUNC_OUTER("not_equal", "NotEqual"),
    NP_UFUNC_OUTER("less", "Less"),
    NP_UFUNC_OUTER("less_equal", "LessEqual"),
    NP_UFUNC_OUTER("greater", "Greater"),
    NP_UFUNC_OUTER("greater_equal", "GreaterEqual"),
    {"numpy.ndarray.fill", "(self: numpy.ndarray, value: number) -> None", INGOT_NP "fill"},
    {"numpy.fill_diagonal",
     "(a: numpy.ndarray, val: numpy.ndarray | list | number, wrap: bool = False) -> None",
     INGOT_NP "fill_diagonal"},
    // ---- set routines
    {"numpy.isin",
     "(element: numpy.ndarray | list | number, test_elements: numpy.ndarray | list | number, "
     "assume_unique: bool = False, invert: bool = False) -> numpy.ndarray",
     INGOT_NP "isin"},
    {"numpy.intersect1d",
     "(ar1: numpy.ndarray | list, ar2: numpy.ndarray | list, assume_unique: bool = False) -> "
     "numpy.ndarray",
     INGOT_NP "intersect1d"},
    {"numpy.union1d", "(ar1: numpy.ndarray | list, ar2: numpy.ndarray | list) -> numpy.ndarray",
     INGOT_NP "union1d"},
    {"numpy.setdiff1d",
     "(ar1: numpy.ndarray | list, ar2: numpy.ndarray | list, assume_unique: bool = False) -> "
     "numpy.ndarray",
     INGOT_NP "setdiff1d"},
    // ---- histograms and interpolation
    {"numpy.histogram",
     "(a: numpy.ndarray, bins: int = 10, range: tuple | None = None, density: bool = False) -> "
     "tuple[numpy.ndarray, numpy.ndarray]",
     INGOT_NP "histogram"},
    {"numpy.histogram",
     "(a: numpy.ndarray, bins: numpy.ndarray | list, range: tuple | None = None, "
     "density: bool = False) -> tuple[numpy.ndarray, numpy.ndarray]",
     INGOT_NP "histogram"},
    {"numpy.interp",
     "(x: numpy.ndarray | list | number, xp: numpy.ndarray | list, fp: numpy.ndarray | list, "
     "left: number | None = None, right: number | None = None) -> numpy.ndarray",
     INGOT_NP "interp"},

    // ---- nonzero and unique ---------------------------------------------------------------------
    {"numpy.nonzero", "(a: numpy.ndarray) -> tuple[numpy.ndarray, ...]", INGOT_NP "nonzero"},
    {"numpy.ndarray.nonzero", "(self: numpy.ndarray) -> tuple[numpy.ndarray, ...]",
     INGOT_NP "nonzero"},
    {"numpy.flatnonzero", "(a: numpy.ndarray) -> numpy.ndarray", INGOT_NP "flatnonzero"},
    {"numpy.argwhere", "(a: numpy.ndarray) -> numpy.ndarray", INGOT_NP "argwhere"},
    {"numpy.count_nonzero", "(a: numpy.ndarray, axis: None = None) -> int",
     INGOT_NP "count_nonzero_all({0})"},
    {"numpy.count_nonzero",
     "(a: numpy.ndarray, axis: int, *, keepdims: bool = False) -> numpy.ndarray",
     INGOT_NP "count_nonzero"},
    {"numpy.count_nonzero",
     "(a: numpy.ndarray, axis: tuple, *, keepdims: bool = False) -> numpy.ndarray",
     INGOT_NP "count_nonzero"},
    // np.unique's result follows its return_* flags, which must be literals: the type
    // checker renames a call with any of them True to the bracketed row naming those.
    NP_UNIQUE("", "numpy.ndarray", "false, false, false"),
    NP_UNIQUE("[index]", "tuple[numpy.ndarray, numpy.ndarray]", "true, false, false"),
    NP_UNIQUE("[inverse]", "tuple[numpy.ndarray, numpy.ndarray]", "false, true, false"),
    NP_UNIQUE("[counts]", "tuple[numpy.ndarray, numpy.ndarray]", "false, false, true"),
    NP_UNIQUE("[index,inverse]", "tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]",
              "true, true, false"),
    NP_UNIQUE("[index,counts]", "tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]",
              "true, false, true"),
    NP_UNIQUE("[inverse,counts]", "tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]",
              "false, true, true"),
    NP_UNIQUE("[index,inverse,counts]",
              "tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray, numpy.ndarray]",
              "true, true, true"),

    // ---- padding --------------------------------------------------------------------------------
    NP_PAD("int"),
    NP_PAD("tuple"),
    NP_PAD("list"),
    NP_PAD("numpy.ndarray"),
    // np.where(condition) with one argument is np.nonzero(condition).
    {"numpy.where", "(condition: numpy.ndarray) -> tuple[numpy.ndarray, ...]", INGOT_NP "nonzero"},
};

#undef NP_ROLL
#undef NP_NAN_REDUCE
#undef NP_PAD
#undef NP_PAD_WITH
#undef NP_SCALAR
#undef NP_DTYPE
#undef NP_CREATE
#undef NP_ARGREDUCE
#undef NP_REDUCE_DDOF
#undef NP_REDUCE_LOGICAL
#undef NP_REDUCE_EXTREME
#undef NP_REDUCE_MEAN
#undef NP_REDUCE_SUM
#undef NP_WHERE
#undef NP_INITIAL
#undef NP_KEEPDIMS
#undef NP_DTYPE_KEYWORD
#undef NP_NONE
#undef NP_REDUCE_ROWS
#undef NP_BOUNDS
#undef NP_BOUND
#undef NP_QUANTILE
#undef NP_UNIQUE
#undef NP_UFUNC1
#undef NP_UFUNC2
#undef NP_INPLACE
#undef NP_OPERATOR
#undef INGOT_NP

}  // namespace

std::span<const OpRow> numpy_rows() { return kNumpyRows; }

std::string numpy_unsupported_hint(const std::string& name) {
  static constexpr std::string_view kMissingDtypes[] = {
      "int16",      "uint16",      "uint32",  "uint64", "float128", "longdouble", "complex64",
      "complex128", "clongdouble", "object_", "str_",   "bytes_",   "datetime64", "timedelta64"};
  if (!name.starts_with("numpy.")) return {};
  const std::string_view dtype = std::string_view(name).substr(6);
  for (std::string_view missing : kMissingDtypes) {
    if (dtype == missing) {
      return "arrays here hold float16, float32, float64, int8, int32, int64, uint8 or bool: use "
             "one of those";
    }
  }
  return {};
}

}  // namespace ingot::types
