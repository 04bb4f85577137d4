// The op library's rows for torch (see op_table.cpp for the format; the runtime is
// runtime/tensor/python.h). torch.Tensor is numpy.ndarray's storage under torch's promotion
// rules (float32 by default for Python floats); its dtype lives in the tensor at run time.
// Indexing and shape errors are worded as numpy words them. Like numpy's, these rows come
// before the generic ones.
#include "compiler/types/op_library.h"

namespace ingot::types {

namespace {

#define INGOT_TH "ingot::rt::torch::"

#define TH_OPERATOR(py, op)                                               \
  {"operator." py, "(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor",  \
   INGOT_TH "binary(ingot::rt::tensor::BinaryOp::" op ", {0}, {1})"},     \
      {"operator." py, "(a: torch.Tensor, b: number) -> torch.Tensor",    \
       INGOT_TH "binary(ingot::rt::tensor::BinaryOp::" op ", {0}, {1})"}, \
  {                                                                       \
    "operator." py, "(a: number, b: torch.Tensor) -> torch.Tensor",       \
        INGOT_TH "binary(ingot::rt::tensor::BinaryOp::" op ", {0}, {1})"  \
  }

#define TH_INPLACE(py, op)                                                \
  {"operator.i" py, "(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor", \
   INGOT_TH "inplace(ingot::rt::tensor::BinaryOp::" op ", {0}, {1})"},    \
  {                                                                       \
    "operator.i" py, "(a: torch.Tensor, b: number) -> torch.Tensor",      \
        INGOT_TH "inplace(ingot::rt::tensor::BinaryOp::" op ", {0}, {1})" \
  }

// One row for each spelling of a sizes argument: a tuple (or a torch.Size), a tuple written
// out, a list. `before` and `after` are the signature around the argument's type.
#define TH_SIZES(name, before, after, native)                                             \
  {name, before "tuple[int, ...]" after, native}, {name, before "tuple" after, native}, { \
    name, before "list[int]" after, native                                                \
  }

// torch.unique / t.unique / unique_consecutive with the return_* flags `variant` names (see
// check.cpp's flag_variant); `flags` are unique_with's template arguments.
#define TH_UNIQUE(variant, result, flags)                                                        \
  {"torch.unique" variant,                                                                       \
   "(input: torch.Tensor, sorted: bool = True, return_inverse: bool = False, return_counts: "    \
   "bool = False, dim: int | None = None) -> " result,                                           \
   INGOT_TH "unique_with<" flags ">({0}, {4})"},                                                 \
      {"torch.Tensor.unique" variant,                                                            \
       "(self: torch.Tensor, sorted: bool = True, return_inverse: bool = False, return_counts: " \
       "bool = False, dim: int | None = None) -> " result,                                       \
       INGOT_TH "unique_with<" flags ">({0}, {4})"},                                             \
      {"torch.unique_consecutive" variant,                                                       \
       "(input: torch.Tensor, return_inverse: bool = False, return_counts: bool = False, dim: "  \
       "int | None = None) -> " result,                                                          \
       INGOT_TH "unique_consecutive_with<" flags ">({0}, {3})"},                                 \
  {                                                                                              \
    "torch.Tensor.unique_consecutive" variant,                                                   \
        "(self: torch.Tensor, return_inverse: bool = False, return_counts: bool = False, dim: "  \
        "int | None = None) -> " result,                                                         \
        INGOT_TH "unique_consecutive_with<" flags ">({0}, {3})"                                  \
  }

// A pointwise function as torch.f(t) and t.f().
// A function of a sequence of tensors (torch.hstack and its kin): a list, or a tuple of them.
#define TH_JOIN(name)                                                                          \
  {"torch." name, "(tensors: list[torch.Tensor]) -> torch.Tensor", INGOT_TH name},             \
      {"torch." name, "(tensors: tuple[torch.Tensor, ...]) -> torch.Tensor", INGOT_TH name}, { \
    "torch." name, "(tensors: tuple) -> torch.Tensor", INGOT_TH name                           \
  }

#define TH_UNARY(name, op)                                        \
  {"torch." name, "(input: torch.Tensor) -> torch.Tensor",        \
   INGOT_TH "unary(ingot::rt::tensor::UnaryOp::" op ", {0})"},    \
  {                                                               \
    "torch.Tensor." name, "(self: torch.Tensor) -> torch.Tensor", \
        INGOT_TH "unary(ingot::rt::tensor::UnaryOp::" op ", {0})" \
  }

#define TH_BINARY(name, op)                                                               \
  {"torch." name, "(input: torch.Tensor, other: torch.Tensor) -> torch.Tensor",           \
   INGOT_TH "binary(ingot::rt::tensor::BinaryOp::" op ", {0}, {1})"},                     \
      {"torch." name, "(input: torch.Tensor, other: number) -> torch.Tensor",             \
       INGOT_TH "binary(ingot::rt::tensor::BinaryOp::" op ", {0}, {1})"},                 \
      {"torch.Tensor." name, "(self: torch.Tensor, other: torch.Tensor) -> torch.Tensor", \
       INGOT_TH "binary(ingot::rt::tensor::BinaryOp::" op ", {0}, {1})"},                 \
  {                                                                                       \
    "torch.Tensor." name, "(self: torch.Tensor, other: number) -> torch.Tensor",          \
        INGOT_TH "binary(ingot::rt::tensor::BinaryOp::" op ", {0}, {1})"                  \
  }

// A reduction as torch.f(t, dim) and t.f(dim), over one dim, a tuple of them or all.
#define TH_REDUCE(name, op)                                                               \
  {"torch.Tensor." name,                                                                  \
   "(self: torch.Tensor, dim: int | None = None, keepdim: bool = False) -> torch.Tensor", \
   INGOT_TH "reduce(ingot::rt::tensor::ReduceOp::" op ", {0}, {1}, {2})"},                \
      {"torch.Tensor." name,                                                              \
       "(self: torch.Tensor, dim: tuple, keepdim: bool = False) -> torch.Tensor",         \
       INGOT_TH "reduce(ingot::rt::tensor::ReduceOp::" op ", {0}, {1}, {2})"},            \
      {"torch." name,                                                                     \
       "(input: torch.Tensor, dim: int | None = None, keepdim: bool = False) -> "         \
       "torch.Tensor",                                                                    \
       INGOT_TH "reduce(ingot::rt::tensor::ReduceOp::" op ", {0}, {1}, {2})"},            \
  {                                                                                       \
    "torch." name,                                                                        \
        "(input: torch.Tensor, dim: tuple, keepdim: bool = False) -> "                    \
        "torch.Tensor",                                                                   \
        INGOT_TH "reduce(ingot::rt::tensor::ReduceOp::" op ", {0}, {1}, {2})"             \
  }

#define TH_ARGREDUCE(name)                                                                \
  {"torch.Tensor." name,                                                                  \
   "(self: torch.Tensor, dim: int | None = None, keepdim: bool = False) -> torch.Tensor", \
   INGOT_TH name},                                                                        \
  {                                                                                       \
    "torch." name,                                                                        \
        "(input: torch.Tensor, dim: int | None = None, keepdim: bool = False) -> "        \
        "torch.Tensor",                                                                   \
        INGOT_TH name                                                                     \
  }

// std and var: with torch's `correction` (keyword) or the older `unbiased` (positional too).
#define TH_STATISTIC(name, op)                                                                  \
  {"torch.Tensor." name,                                                                        \
   "(self: torch.Tensor, dim: int | None = None, *, correction: int = 1, keepdim: bool = "      \
   "False) -> torch.Tensor",                                                                    \
   INGOT_TH "reduce(ingot::rt::tensor::ReduceOp::" op ", {0}, {1}, {3}, {2})"},                 \
      {"torch.Tensor." name,                                                                    \
       "(self: torch.Tensor, dim: int | None = None, unbiased: bool = True, keepdim: bool = "   \
       "False) -> torch.Tensor",                                                                \
       INGOT_TH "reduce_unbiased(ingot::rt::tensor::ReduceOp::" op ", {0}, {1}, {2}, {3})"},    \
      {"torch." name,                                                                           \
       "(input: torch.Tensor, dim: int | None = None, *, correction: int = 1, keepdim: bool = " \
       "False) -> torch.Tensor",                                                                \
       INGOT_TH "reduce(ingot::rt::tensor::ReduceOp::" op ", {0}, {1}, {3}, {2})"},             \
  {                                                                                             \
    "torch." name,                                                                              \
        "(input: torch.Tensor, dim: int | None = None, unbiased: bool = True, keepdim: bool = " \
        "False) -> torch.Tensor",                                                               \
        INGOT_TH "reduce_unbiased(ingot::rt::tensor::ReduceOp::" op ", {0}, {1}, {2}, {3})"     \
  }

#define TH_DTYPE(name, dtype)                                          \
  {                                                                    \
    "torch." name, "-> torch.dtype",                                   \
        "ingot::rt::torch::dtype(ingot::rt::tensor::DType::" dtype ")" \
  }

// t.float(), t.long(), ...: a conversion to one dtype.
#define TH_CAST(name, dtype)                                                    \
  {                                                                             \
    "torch.Tensor." name, "(self: torch.Tensor) -> torch.Tensor",               \
        "ingot::rt::tensor::as_dtype({0}, ingot::rt::tensor::DType::" dtype ")" \
  }

// torch.return_types.<op> (topk, sort, max and min along a dim): the fields, r[i] and
// len(r); unpacking is the type checker's, and str/repr/print go through builtins' rows.
#define TH_VALUES_INDICES(op)                                                               \
  {"torch.return_types." op ".values",                                                      \
   "property (self: torch.return_types." op ") -> torch.Tensor", "{0}.values"},             \
      {"torch.return_types." op ".indices",                                                 \
       "property (self: torch.return_types." op ") -> torch.Tensor", "{0}.indices"},        \
      {"operator.getitem", "(a: torch.return_types." op ", index: int) -> torch.Tensor",    \
       INGOT_TH "return_types::getitem"},                                                   \
  {                                                                                         \
    "builtins.len", "(obj: torch.return_types." op ") -> int", INGOT_TH "return_types::len" \
  }

// A pointwise function of two tensors only (torch.hypot(t, 2.0) is torch's TypeError).
#define TH_BINARY_TENSORS(name, op)                                                    \
  {"torch." name, "(input: torch.Tensor, other: torch.Tensor) -> torch.Tensor",        \
   INGOT_TH "binary(ingot::rt::tensor::BinaryOp::" op ", {0}, {1})"},                  \
  {                                                                                    \
    "torch.Tensor." name, "(self: torch.Tensor, other: torch.Tensor) -> torch.Tensor", \
        INGOT_TH "binary(ingot::rt::tensor::BinaryOp::" op ", {0}, {1})"               \
  }

// t.f_(other): in place.
#define TH_BINARY_INPLACE(name, op, other)                                              \
  {                                                                                     \
    "torch.Tensor." name "_", "(self: torch.Tensor, other: " other ") -> torch.Tensor", \
        INGOT_TH "inplace(ingot::rt::tensor::BinaryOp::" op ", {0}, {1})"               \
  }

// t.f_(): a pointwise function in place.
#define TH_UNARY_INPLACE(name, op)                                        \
  {                                                                       \
    "torch.Tensor." name "_", "(self: torch.Tensor) -> torch.Tensor",     \
        INGOT_TH "unary_inplace(ingot::rt::tensor::UnaryOp::" op ", {0})" \
  }

// torch.nansum / nanmean and their methods over one dim, a tuple of them or all.
#define TH_NAN_REDUCE(name)                                                                       \
  {"torch." name,                                                                                 \
   "(input: torch.Tensor, dim: int | None = None, keepdim: bool = False) -> torch.Tensor",        \
   INGOT_TH name},                                                                                \
      {"torch." name, "(input: torch.Tensor, dim: tuple, keepdim: bool = False) -> torch.Tensor", \
       INGOT_TH name},                                                                            \
      {"torch.Tensor." name,                                                                      \
       "(self: torch.Tensor, dim: int | None = None, keepdim: bool = False) -> torch.Tensor",     \
       INGOT_TH name},                                                                            \
  {                                                                                               \
    "torch.Tensor." name,                                                                         \
        "(self: torch.Tensor, dim: tuple, keepdim: bool = False) -> torch.Tensor", INGOT_TH name  \
  }

// torch.roll / t.roll with one kind of shifts and dims.
#define TH_ROLL(shifts, dims)                                                                 \
  {"torch.roll", "(input: torch.Tensor, shifts: " shifts ", dims: " dims ") -> torch.Tensor", \
   INGOT_TH "roll"},                                                                          \
  {                                                                                           \
    "torch.Tensor.roll",                                                                      \
        "(self: torch.Tensor, shifts: " shifts ", dims: " dims ") -> torch.Tensor",           \
        INGOT_TH "roll"                                                                       \
  }

constexpr OpRow kTorchRows[] = {
    // A materialized module-level tensor, rebuilt from its embedded .npy file.
    {"ingot.resource.torch.Tensor", "(name: str) -> torch.Tensor",
     "rt::numpy::from_resource(resource, {0})"},
    // ---- dtypes ---------------------------------------------------------------------------
    TH_DTYPE("float32", "Float32"),
    TH_DTYPE("float", "Float32"),
    TH_DTYPE("float64", "Float64"),
    TH_DTYPE("double", "Float64"),
    TH_DTYPE("float16", "Float16"),
    TH_DTYPE("half", "Float16"),
    TH_DTYPE("bfloat16", "BFloat16"),
    TH_DTYPE("int32", "Int32"),
    TH_DTYPE("int", "Int32"),
    TH_DTYPE("int64", "Int64"),
    TH_DTYPE("long", "Int64"),
    TH_DTYPE("uint8", "UInt8"),
    TH_DTYPE("int8", "Int8"),  // int8: quantized embeddings
    TH_DTYPE("bool", "Bool"),
    {"builtins.str", "(object: torch.dtype) -> str", INGOT_TH "dtype_str"},
    // str(), repr() and f-strings print as torch prints (print() too: compiler/emit/cpp.cpp).
    {"builtins.str", "(object: torch.Tensor) -> str", INGOT_TH "tensor_str"},
    {"builtins.repr", "(obj: torch.Tensor) -> str", INGOT_TH "tensor_str"},
    {"builtins.format", "(value: torch.Tensor, format_spec: str = \"\") -> str", INGOT_TH "format"},
    {"operator.eq", "(a: torch.dtype, b: torch.dtype) -> bool", "({0} == {1})"},
    {"operator.ne", "(a: torch.dtype, b: torch.dtype) -> bool", "!({0} == {1})"},

    // ---- machine limits -------------------------------------------------------------------------
    {"torch.finfo", "(type: torch.dtype) -> torch.finfo", INGOT_TH "finfo_of"},
    {"torch.finfo", "() -> torch.finfo", INGOT_TH "finfo_default()"},
    {"torch.finfo.eps", "property (self: torch.finfo) -> float", INGOT_TH "limits({0}).eps"},
    {"torch.finfo.max", "property (self: torch.finfo) -> float", INGOT_TH "limits({0}).max"},
    {"torch.finfo.min", "property (self: torch.finfo) -> float", "-" INGOT_TH "limits({0}).max"},
    {"torch.finfo.tiny", "property (self: torch.finfo) -> float", INGOT_TH "limits({0}).tiny"},
    {"torch.finfo.smallest_normal", "property (self: torch.finfo) -> float",
     INGOT_TH "limits({0}).tiny"},
    {"torch.finfo.resolution", "property (self: torch.finfo) -> float",
     INGOT_TH "finfo_resolution"},
    {"torch.finfo.bits", "property (self: torch.finfo) -> int", INGOT_TH "limits({0}).bits"},
    {"torch.iinfo", "(type: torch.dtype) -> torch.iinfo", INGOT_TH "iinfo_of"},
    {"torch.iinfo.min", "property (self: torch.iinfo) -> int",
     "ingot::rt::tensor::int_limits({0}.dtype).min"},
    {"torch.iinfo.max", "property (self: torch.iinfo) -> int",
     "ingot::rt::tensor::int_limits({0}.dtype).max"},
    {"torch.iinfo.bits", "property (self: torch.iinfo) -> int",
     "ingot::rt::tensor::int_limits({0}.dtype).bits"},

    // ---- creation and conversion -------------------------------------------------------------
    {"torch.tensor", "(data: list[T], dtype: torch.dtype | None = None) -> torch.Tensor",
     INGOT_TH "tensor_from"},
    {"torch.tensor", "(data: number, dtype: torch.dtype | None = None) -> torch.Tensor",
     INGOT_TH "tensor_scalar"},
    {"torch.from_numpy", "(ndarray: numpy.ndarray) -> torch.Tensor", "{0}"},
    // as_tensor shares an array's memory (a view) unless a dtype asks for a conversion.
    {"torch.as_tensor", "(data: numpy.ndarray) -> torch.Tensor", "{0}"},
    {"torch.as_tensor", "(data: torch.Tensor) -> torch.Tensor", "{0}"},
    {"torch.as_tensor", "(data: numpy.ndarray | torch.Tensor, dtype: torch.dtype) -> torch.Tensor",
     INGOT_TH "to"},
    {"torch.as_tensor", "(data: list[T], dtype: torch.dtype | None = None) -> torch.Tensor",
     INGOT_TH "tensor_from"},
    {"torch.as_tensor", "(data: number, dtype: torch.dtype | None = None) -> torch.Tensor",
     INGOT_TH "tensor_scalar"},
    {"torch.Tensor.numpy", "(self: torch.Tensor) -> numpy.ndarray", "{0}"},
    {"torch.zeros", "(*size: int, dtype: torch.dtype | None = None) -> torch.Tensor",
     INGOT_TH "zeros({1}{,0})"},
    {"torch.ones", "(*size: int, dtype: torch.dtype | None = None) -> torch.Tensor",
     INGOT_TH "ones({1}{,0})"},
    // The sizes as one tuple, list or torch.Size (t.shape): torch.zeros(x.shape).
    TH_SIZES("torch.zeros", "(size: ", ", dtype: torch.dtype | None = None) -> torch.Tensor",
             INGOT_TH "zeros_shape"),
    TH_SIZES("torch.ones", "(size: ", ", dtype: torch.dtype | None = None) -> torch.Tensor",
             INGOT_TH "ones_shape"),
    // torch.empty gives zeros: its contents are unspecified, zeros keep results deterministic.
    {"torch.empty", "(*size: int, dtype: torch.dtype | None = None) -> torch.Tensor",
     INGOT_TH "zeros({1}{,0})"},
    TH_SIZES("torch.empty", "(size: ", ", dtype: torch.dtype | None = None) -> torch.Tensor",
             INGOT_TH "zeros_shape"),
    TH_SIZES("torch.full",
             "(size: ", ", fill_value: number, dtype: torch.dtype | None = None) -> torch.Tensor",
             INGOT_TH "full"),
    {"torch.full_like",
     "(input: torch.Tensor, fill_value: number, dtype: torch.dtype | None = None) -> "
     "torch.Tensor",
     INGOT_TH "full_like"},
    {"torch.eye",
     "(n: int, m: int | None = None, dtype: torch.dtype | None = None) -> torch.Tensor",
     INGOT_TH "eye"},
    {"torch.linspace",
     "(start: float, end: float, steps: int, dtype: torch.dtype | None = None) -> torch.Tensor",
     INGOT_TH "linspace"},
    // numpy's *_like take a torch.dtype too (its dtype_or found by argument lookup).
    {"torch.zeros_like",
     "(input: torch.Tensor, *, dtype: torch.dtype | None = None) -> torch.Tensor",
     "ingot::rt::numpy::zeros_like"},
    {"torch.ones_like",
     "(input: torch.Tensor, *, dtype: torch.dtype | None = None) -> torch.Tensor",
     "ingot::rt::numpy::ones_like"},
    {"torch.empty_like",
     "(input: torch.Tensor, *, dtype: torch.dtype | None = None) -> torch.Tensor",
     "ingot::rt::numpy::zeros_like"},
    {"torch.arange", "(end: int, *, dtype: torch.dtype | None = None) -> torch.Tensor",
     INGOT_TH "arange(ingot::rt::Int(0), {0}, ingot::rt::Int(1), {1})"},
    {"torch.arange", "(end: float, *, dtype: torch.dtype | None = None) -> torch.Tensor",
     INGOT_TH "arange(ingot::rt::Int(0), {0}, ingot::rt::Int(1), {1})"},
    {"torch.arange",
     "(start: int, end: int, step: int = 1, *, dtype: torch.dtype | None = None) -> "
     "torch.Tensor",
     INGOT_TH "arange"},
    {"torch.arange",
     "(start: float, end: float, step: float = 1.0, *, dtype: torch.dtype | None = None) -> "
     "torch.Tensor",
     INGOT_TH "arange"},
    {"torch.Tensor.to", "(self: torch.Tensor, dtype: torch.dtype) -> torch.Tensor", INGOT_TH "to"},
    {"torch.Tensor.to", "(self: torch.Tensor, device: str) -> torch.Tensor", INGOT_TH "to_device"},
    {"torch.Tensor.type", "(self: torch.Tensor, dtype: torch.dtype) -> torch.Tensor",
     INGOT_TH "to"},
    {"torch.Tensor.masked_select", "(self: torch.Tensor, mask: torch.Tensor) -> torch.Tensor",
     INGOT_TH "masked_select"},
    {"torch.masked_select", "(input: torch.Tensor, mask: torch.Tensor) -> torch.Tensor",
     INGOT_TH "masked_select"},
    {"torch.Tensor.fill_", "(self: torch.Tensor, value: number) -> torch.Tensor",
     INGOT_TH "fill_inplace"},
    {"torch.Tensor.zero_", "(self: torch.Tensor) -> torch.Tensor",
     INGOT_TH "fill_inplace({0}, ingot::rt::Int(0))"},
    TH_CAST("float", "Float32"),
    TH_CAST("double", "Float64"),
    TH_CAST("half", "Float16"),
    TH_CAST("bfloat16", "BFloat16"),
    TH_CAST("byte", "UInt8"),
    TH_CAST("long", "Int64"),
    TH_CAST("int", "Int32"),
    TH_CAST("bool", "Bool"),
    TH_CAST("char", "Int8"),  // int8: quantized embeddings
    {"torch.Tensor.clone", "(self: torch.Tensor) -> torch.Tensor", "ingot::rt::tensor::copy"},
    {"torch.Tensor.contiguous", "(self: torch.Tensor) -> torch.Tensor",
     "ingot::rt::tensor::contiguous"},
    {"torch.Tensor.detach", "(self: torch.Tensor) -> torch.Tensor", "{0}"},
    {"torch.Tensor.cpu", "(self: torch.Tensor) -> torch.Tensor", "{0}"},
    {"torch.Tensor.tolist", "(self: torch.Tensor) -> T", "ingot::rt::numpy::tolist<{result}>({0})"},
    {"torch.Tensor.item", "(self: torch.Tensor) -> T", "ingot::rt::numpy::item<{result}>({0})"},
    // torch.Size: a tuple[int, ...] wherever one is expected (op_library.cpp), printed
    // "torch.Size([2, 3])".
    {"torch.Tensor.shape", "property (self: torch.Tensor) -> torch.Size", INGOT_TH "size_of"},
    {"torch.Tensor.size", "(self: torch.Tensor) -> torch.Size", INGOT_TH "size_of"},
    {"operator.getslice",
     "(a: torch.Size, start: int | None, stop: int | None, step: int | None) -> torch.Size",
     INGOT_TH "getslice"},
    {"torch.Tensor.size", "(self: torch.Tensor, dim: int) -> int", INGOT_TH "size_at"},
    {"torch.Tensor.dim", "(self: torch.Tensor) -> int", "{0}.ndim()"},
    {"torch.Tensor.ndim", "property (self: torch.Tensor) -> int", "{0}.ndim()"},
    {"torch.Tensor.numel", "(self: torch.Tensor) -> int", "{0}.size()"},
    {"torch.Tensor.dtype", "property (self: torch.Tensor) -> torch.dtype", INGOT_TH "dtype_of"},
    {"torch.Tensor.T", "property (self: torch.Tensor) -> torch.Tensor",
     "ingot::rt::tensor::transpose({0})"},
    {"torch.Tensor.t", "(self: torch.Tensor) -> torch.Tensor", "ingot::rt::tensor::transpose({0})"},
    {"builtins.float", "(x: torch.Tensor) -> float", "ingot::rt::numpy::to_float"},
    {"builtins.int", "(x: torch.Tensor) -> int", "ingot::rt::numpy::to_int"},
    {"builtins.bool", "(x: torch.Tensor) -> bool", "ingot::rt::numpy::truth"},
    {"builtins.len", "(obj: torch.Tensor) -> int", "ingot::rt::numpy::len"},

    // ---- operators -----------------------------------------------------------------------------
    TH_OPERATOR("add", "Add"),
    TH_OPERATOR("sub", "Subtract"),
    TH_OPERATOR("mul", "Multiply"),
    TH_OPERATOR("truediv", "TrueDivide"),
    TH_OPERATOR("floordiv", "FloorDivide"),
    TH_OPERATOR("mod", "Remainder"),
    TH_OPERATOR("pow", "Power"),
    TH_OPERATOR("and_", "BitwiseAnd"),
    TH_OPERATOR("or_", "BitwiseOr"),
    TH_OPERATOR("xor", "BitwiseXor"),
    TH_OPERATOR("eq", "Equal"),
    TH_OPERATOR("ne", "NotEqual"),
    TH_OPERATOR("lt", "Less"),
    TH_OPERATOR("le", "LessEqual"),
    TH_OPERATOR("gt", "Greater"),
    TH_OPERATOR("ge", "GreaterEqual"),
    TH_INPLACE("add", "Add"),
    TH_INPLACE("sub", "Subtract"),
    TH_INPLACE("mul", "Multiply"),
    TH_INPLACE("truediv", "TrueDivide"),
    {"operator.matmul", "(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor", INGOT_TH "matmul"},
    {"operator.neg", "(a: torch.Tensor) -> torch.Tensor",
     INGOT_TH "unary(ingot::rt::tensor::UnaryOp::Negative, {0})"},
    {"operator.invert", "(a: torch.Tensor) -> torch.Tensor", "ingot::rt::numpy::invert"},

    // ---- pointwise -----------------------------------------------------------------------------
    TH_UNARY("exp", "Exp"),
    TH_UNARY("log", "Log"),
    TH_UNARY("log1p", "Log1p"),
    TH_UNARY("sqrt", "Sqrt"),
    TH_UNARY("rsqrt", "Rsqrt"),
    TH_UNARY("tanh", "Tanh"),
    TH_UNARY("sin", "Sin"),
    TH_UNARY("cos", "Cos"),
    TH_UNARY("tan", "Tan"),
    TH_UNARY("asin", "Arcsin"),
    TH_UNARY("acos", "Arccos"),
    TH_UNARY("atan", "Arctan"),
    TH_UNARY("sinh", "Sinh"),
    TH_UNARY("cosh", "Cosh"),
    TH_UNARY("asinh", "Arcsinh"),
    TH_UNARY("acosh", "Arccosh"),
    TH_UNARY("atanh", "Arctanh"),
    TH_UNARY("arcsin", "Arcsin"),
    TH_UNARY("arccos", "Arccos"),
    TH_UNARY("arctan", "Arctan"),
    TH_UNARY("arcsinh", "Arcsinh"),
    TH_UNARY("arccosh", "Arccosh"),
    TH_UNARY("arctanh", "Arctanh"),
    TH_UNARY("log10", "Log10"),
    TH_UNARY("log2", "Log2"),
    TH_UNARY("expm1", "Expm1"),
    TH_UNARY("exp2", "Exp2"),
    TH_UNARY("neg", "Negative"),
    TH_UNARY("negative", "Negative"),
    TH_UNARY("sigmoid", "Sigmoid"),
    TH_UNARY("erf", "Erf"),
    TH_UNARY("relu", "Relu"),
    TH_UNARY("abs", "Abs"),
    TH_UNARY("sign", "Sign"),
    TH_UNARY("floor", "Floor"),
    TH_UNARY("ceil", "Ceil"),
    {"torch.round", "(input: torch.Tensor, *, decimals: int = 0) -> torch.Tensor",
     INGOT_TH "round"},
    {"torch.Tensor.round", "(self: torch.Tensor, *, decimals: int = 0) -> torch.Tensor",
     INGOT_TH "round"},
    TH_UNARY("isnan", "IsNan"),
    TH_UNARY("isfinite", "IsFinite"),
    TH_BINARY("maximum", "Maximum"),
    TH_BINARY("minimum", "Minimum"),
    TH_BINARY("pow", "Power"),
    // The operators' function and method spellings: torch.add(a, b), a.mul(2), a.gt(0).
    TH_BINARY("add", "Add"),
    TH_BINARY("sub", "Subtract"),
    TH_BINARY("subtract", "Subtract"),
    TH_BINARY("mul", "Multiply"),
    TH_BINARY("multiply", "Multiply"),
    TH_BINARY("div", "TrueDivide"),
    TH_BINARY("divide", "TrueDivide"),
    TH_BINARY("eq", "Equal"),
    TH_BINARY("ne", "NotEqual"),
    TH_BINARY("lt", "Less"),
    TH_BINARY("le", "LessEqual"),
    TH_BINARY("gt", "Greater"),
    TH_BINARY("ge", "GreaterEqual"),
    {"torch.nn.functional.relu", "(input: torch.Tensor) -> torch.Tensor",
     INGOT_TH "unary(ingot::rt::tensor::UnaryOp::Relu, {0})"},
    {"torch.nn.functional.gelu",
     "(input: torch.Tensor, approximate: str = \"none\") -> "
     "torch.Tensor",
     INGOT_TH "gelu"},
    // ---- losses ---------------------------------------------------------------------------
    // torch's deprecated size_average / reduce arguments are left out: reduction= says it.
    {"torch.nn.functional.mse_loss",
     "(input: torch.Tensor, target: torch.Tensor, *, reduction: str = \"mean\") -> torch.Tensor",
     INGOT_TH "mse_loss"},
    {"torch.nn.functional.l1_loss",
     "(input: torch.Tensor, target: torch.Tensor, *, reduction: str = \"mean\") -> torch.Tensor",
     INGOT_TH "l1_loss"},
    {"torch.nn.functional.smooth_l1_loss",
     "(input: torch.Tensor, target: torch.Tensor, *, reduction: str = \"mean\", beta: float = "
     "1.0) -> torch.Tensor",
     INGOT_TH "smooth_l1_loss"},
    {"torch.nn.functional.huber_loss",
     "(input: torch.Tensor, target: torch.Tensor, *, reduction: str = \"mean\", delta: float = "
     "1.0) -> torch.Tensor",
     INGOT_TH "huber_loss"},
    {"torch.nn.functional.binary_cross_entropy",
     "(input: torch.Tensor, target: torch.Tensor, weight: torch.Tensor | None = None, *, "
     "reduction: str = \"mean\") -> torch.Tensor",
     INGOT_TH "binary_cross_entropy"},
    {"torch.nn.functional.binary_cross_entropy_with_logits",
     "(input: torch.Tensor, target: torch.Tensor, weight: torch.Tensor | None = None, *, "
     "reduction: str = \"mean\", pos_weight: torch.Tensor | None = None) -> torch.Tensor",
     INGOT_TH "binary_cross_entropy_with_logits"},
    {"torch.nn.functional.nll_loss",
     "(input: torch.Tensor, target: torch.Tensor, weight: torch.Tensor | None = None, *, "
     "ignore_index: int = -100, reduction: str = \"mean\") -> torch.Tensor",
     INGOT_TH "nll_loss"},
    {"torch.nn.functional.cross_entropy",
     "(input: torch.Tensor, target: torch.Tensor, weight: torch.Tensor | None = None, *, "
     "ignore_index: int = -100, reduction: str = \"mean\", label_smoothing: float = 0.0) -> "
     "torch.Tensor",
     INGOT_TH "cross_entropy"},
    {"torch.nn.functional.kl_div",
     "(input: torch.Tensor, target: torch.Tensor, *, reduction: str = \"mean\", log_target: "
     "bool = False) -> torch.Tensor",
     INGOT_TH "kl_div"},
    {"torch.clamp",
     "(input: torch.Tensor, min: float | None = None, max: float | None = None) "
     "-> torch.Tensor",
     INGOT_TH "clamp"},
    {"torch.Tensor.clamp",
     "(self: torch.Tensor, min: float | None = None, max: float | None = "
     "None) -> torch.Tensor",
     INGOT_TH "clamp"},
    {"torch.clip",
     "(input: torch.Tensor, min: float | None = None, max: float | None = None) "
     "-> torch.Tensor",
     INGOT_TH "clamp"},
    {"torch.Tensor.clip",
     "(self: torch.Tensor, min: float | None = None, max: float | None = "
     "None) -> torch.Tensor",
     INGOT_TH "clamp"},
    // ---- whole-tensor comparisons
    {"torch.isin",
     "(elements: torch.Tensor, test_elements: torch.Tensor | number, *, assume_unique: bool = "
     "False, invert: bool = False) -> torch.Tensor",
     INGOT_TH "isin"},
    {"torch.isclose",
     "(input: torch.Tensor, other: torch.Tensor, rtol: float = 0.00001, atol: float = "
     "0.00000001, equal_nan: bool = False) -> torch.Tensor",
     INGOT_TH "isclose"},
    {"torch.Tensor.isclose",
     "(self: torch.Tensor, other: torch.Tensor, rtol: float = 0.00001, atol: float = "
     "0.00000001, equal_nan: bool = False) -> torch.Tensor",
     INGOT_TH "isclose"},
    {"torch.allclose",
     "(input: torch.Tensor, other: torch.Tensor, rtol: float = 0.00001, atol: float = "
     "0.00000001, equal_nan: bool = False) -> bool",
     INGOT_TH "allclose"},
    {"torch.Tensor.allclose",
     "(self: torch.Tensor, other: torch.Tensor, rtol: float = 0.00001, atol: float = "
     "0.00000001, equal_nan: bool = False) -> bool",
     INGOT_TH "allclose"},
    {"torch.equal", "(input: torch.Tensor, other: torch.Tensor) -> bool", INGOT_TH "equal"},
    {"torch.Tensor.equal", "(self: torch.Tensor, other: torch.Tensor) -> bool", INGOT_TH "equal"},
    {"torch.where",
     "(condition: torch.Tensor, input: torch.Tensor, other: torch.Tensor) -> "
     "torch.Tensor",
     INGOT_TH "where"},
    {"torch.where",
     "(condition: torch.Tensor, input: torch.Tensor, other: number) -> "
     "torch.Tensor",
     INGOT_TH "where"},
    {"torch.where",
     "(condition: torch.Tensor, input: number, other: torch.Tensor) -> "
     "torch.Tensor",
     INGOT_TH "where"},
    {"torch.where", "(condition: torch.Tensor, input: number, other: number) -> torch.Tensor",
     INGOT_TH "where"},

    // ---- math functions beyond the basics: more pointwise ones, nan_to_num, diff, roll -------
    TH_UNARY("reciprocal", "Reciprocal"),
    TH_UNARY("trunc", "Trunc"),
    TH_UNARY("fix", "Trunc"),
    TH_UNARY("signbit", "Signbit"),
    TH_UNARY("isneginf", "IsNegInf"),
    TH_UNARY("isposinf", "IsPosInf"),
    TH_UNARY("sinc", "Sinc"),
    TH_UNARY("erfinv", "Erfinv"),
    {"torch.special.erfinv", "(input: torch.Tensor) -> torch.Tensor",
     INGOT_TH "unary(ingot::rt::tensor::UnaryOp::Erfinv, {0})"},
    {"torch.special.sinc", "(input: torch.Tensor) -> torch.Tensor",
     INGOT_TH "unary(ingot::rt::tensor::UnaryOp::Sinc, {0})"},
    // Logical and bitwise functions, and torch's other names for elementwise ops.
    TH_UNARY("logical_not", "LogicalNot"),
    TH_BINARY_TENSORS("logical_and", "LogicalAnd"),
    TH_BINARY_TENSORS("logical_or", "LogicalOr"),
    TH_BINARY_TENSORS("logical_xor", "LogicalXor"),
    TH_UNARY("bitwise_not", "BitwiseNot"),
    TH_BINARY("bitwise_and", "BitwiseAnd"),
    TH_BINARY("bitwise_or", "BitwiseOr"),
    TH_BINARY("bitwise_xor", "BitwiseXor"),
    TH_UNARY("isinf", "IsInf"),
    TH_UNARY("square", "Square"),
    TH_UNARY("absolute", "Abs"),
    TH_UNARY("sgn", "Sign"),
    TH_BINARY("floor_divide", "FloorDivide"),
    TH_BINARY("remainder", "Remainder"),
    TH_BINARY("true_divide", "TrueDivide"),
    TH_UNARY_INPLACE("logical_not", "LogicalNot"),
    TH_UNARY_INPLACE("square", "Square"),
    TH_BINARY_INPLACE("floor_divide", "FloorDivide", "torch.Tensor"),
    TH_BINARY_INPLACE("floor_divide", "FloorDivide", "number"),
    TH_BINARY_INPLACE("remainder", "Remainder", "torch.Tensor"),
    TH_BINARY_INPLACE("remainder", "Remainder", "number"),
    {"torch.deg2rad", "(input: torch.Tensor) -> torch.Tensor", INGOT_TH "deg2rad"},
    {"torch.Tensor.deg2rad", "(self: torch.Tensor) -> torch.Tensor", INGOT_TH "deg2rad"},
    {"torch.rad2deg", "(input: torch.Tensor) -> torch.Tensor", INGOT_TH "rad2deg"},
    {"torch.Tensor.rad2deg", "(self: torch.Tensor) -> torch.Tensor", INGOT_TH "rad2deg"},
    {"torch.frac", "(input: torch.Tensor) -> torch.Tensor", INGOT_TH "frac"},
    {"torch.Tensor.frac", "(self: torch.Tensor) -> torch.Tensor", INGOT_TH "frac"},
    {"torch.float_power", "(input: torch.Tensor, exponent: torch.Tensor) -> torch.Tensor",
     INGOT_TH "float_power"},
    {"torch.float_power", "(input: torch.Tensor, exponent: number) -> torch.Tensor",
     INGOT_TH "float_power"},
    {"torch.Tensor.float_power", "(self: torch.Tensor, exponent: torch.Tensor) -> torch.Tensor",
     INGOT_TH "float_power"},
    {"torch.Tensor.float_power", "(self: torch.Tensor, exponent: number) -> torch.Tensor",
     INGOT_TH "float_power"},
    // clamp with one bound: torch.clamp_min(t, 0.0), t.clamp_max(1.0).
    {"torch.clamp_min", "(input: torch.Tensor, min: float) -> torch.Tensor",
     INGOT_TH "clamp({0}, {1}, ingot::rt::None)"},
    {"torch.Tensor.clamp_min", "(self: torch.Tensor, min: float) -> torch.Tensor",
     INGOT_TH "clamp({0}, {1}, ingot::rt::None)"},
    {"torch.clamp_max", "(input: torch.Tensor, max: float) -> torch.Tensor",
     INGOT_TH "clamp({0}, ingot::rt::None, {1})"},
    {"torch.Tensor.clamp_max", "(self: torch.Tensor, max: float) -> torch.Tensor",
     INGOT_TH "clamp({0}, ingot::rt::None, {1})"},
    TH_UNARY_INPLACE("reciprocal", "Reciprocal"),
    TH_UNARY_INPLACE("trunc", "Trunc"),
    TH_UNARY_INPLACE("fix", "Trunc"),
    TH_UNARY_INPLACE("sinc", "Sinc"),
    TH_UNARY_INPLACE("erfinv", "Erfinv"),
    {"torch.logit", "(input: torch.Tensor, eps: float | None = None) -> torch.Tensor",
     INGOT_TH "logit"},
    {"torch.special.logit", "(input: torch.Tensor, eps: float | None = None) -> torch.Tensor",
     INGOT_TH "logit"},
    {"torch.Tensor.logit", "(self: torch.Tensor, eps: float | None = None) -> torch.Tensor",
     INGOT_TH "logit"},
    {"torch.Tensor.logit_", "(self: torch.Tensor, eps: float | None = None) -> torch.Tensor",
     INGOT_TH "logit_inplace"},
    TH_BINARY("copysign", "Copysign"),
    TH_BINARY("fmod", "Fmod"),
    TH_BINARY_TENSORS("atan2", "Arctan2"),
    TH_BINARY_TENSORS("arctan2", "Arctan2"),
    TH_BINARY_TENSORS("hypot", "Hypot"),
    TH_BINARY_TENSORS("fmax", "Fmax"),
    TH_BINARY_TENSORS("fmin", "Fmin"),
    TH_BINARY_TENSORS("logaddexp", "LogAddExp"),
    TH_BINARY_TENSORS("logaddexp2", "LogAddExp2"),
    TH_BINARY_INPLACE("copysign", "Copysign", "torch.Tensor"),
    TH_BINARY_INPLACE("copysign", "Copysign", "number"),
    TH_BINARY_INPLACE("fmod", "Fmod", "torch.Tensor"),
    TH_BINARY_INPLACE("fmod", "Fmod", "number"),
    TH_BINARY_INPLACE("atan2", "Arctan2", "torch.Tensor"),
    TH_BINARY_INPLACE("arctan2", "Arctan2", "torch.Tensor"),
    TH_BINARY_INPLACE("hypot", "Hypot", "torch.Tensor"),
    {"torch.heaviside", "(input: torch.Tensor, values: torch.Tensor) -> torch.Tensor",
     INGOT_TH "heaviside"},
    {"torch.Tensor.heaviside", "(self: torch.Tensor, values: torch.Tensor) -> torch.Tensor",
     INGOT_TH "heaviside"},
    {"torch.Tensor.heaviside_", "(self: torch.Tensor, values: torch.Tensor) -> torch.Tensor",
     INGOT_TH "heaviside_inplace"},
    {"torch.nan_to_num",
     "(input: torch.Tensor, nan: float = 0.0, posinf: float | None = None, neginf: float | None "
     "= None) -> torch.Tensor",
     INGOT_TH "nan_to_num"},
    {"torch.Tensor.nan_to_num",
     "(self: torch.Tensor, nan: float = 0.0, posinf: float | None = None, neginf: float | None "
     "= None) -> torch.Tensor",
     INGOT_TH "nan_to_num"},
    {"torch.Tensor.nan_to_num_",
     "(self: torch.Tensor, nan: float = 0.0, posinf: float | None = None, neginf: float | None "
     "= None) -> torch.Tensor",
     INGOT_TH "nan_to_num_inplace"},
    {"torch.diff",
     "(input: torch.Tensor, n: int = 1, dim: int = -1, prepend: torch.Tensor | None = None, "
     "append: torch.Tensor | None = None) -> torch.Tensor",
     INGOT_TH "diff"},
    {"torch.Tensor.diff",
     "(self: torch.Tensor, n: int = 1, dim: int = -1, prepend: torch.Tensor | None = None, "
     "append: torch.Tensor | None = None) -> torch.Tensor",
     INGOT_TH "diff"},
    TH_ROLL("int", "int | None = None"),
    TH_ROLL("tuple", "int | None = None"),
    TH_ROLL("list[int]", "int | None = None"),
    TH_ROLL("int", "tuple"),
    TH_ROLL("tuple", "tuple"),
    TH_ROLL("list[int]", "tuple"),
    TH_ROLL("int", "list[int]"),
    TH_ROLL("tuple", "list[int]"),
    TH_ROLL("list[int]", "list[int]"),
    TH_NAN_REDUCE("nansum"),
    TH_NAN_REDUCE("nanmean"),
    {"torch.nanmedian", "(input: torch.Tensor) -> torch.Tensor", INGOT_TH "nanmedian"},
    {"torch.Tensor.nanmedian", "(self: torch.Tensor) -> torch.Tensor", INGOT_TH "nanmedian"},
    {"torch.nanmedian",
     "(input: torch.Tensor, dim: int, keepdim: bool = False) -> torch.return_types.nanmedian",
     INGOT_TH "nanmedian_dim"},
    {"torch.Tensor.nanmedian",
     "(self: torch.Tensor, dim: int, keepdim: bool = False) -> torch.return_types.nanmedian",
     INGOT_TH "nanmedian_dim"},
    TH_VALUES_INDICES("nanmedian"),

    // ---- reductions ----------------------------------------------------------------------------
    TH_REDUCE("sum", "Sum"),
    TH_REDUCE("mean", "Mean"),
    TH_REDUCE("prod", "Prod"),
    TH_REDUCE("amax", "Max"),
    TH_REDUCE("amin", "Min"),
    TH_REDUCE("logsumexp", "LogSumExp"),
    TH_REDUCE("any", "Any"),
    TH_REDUCE("all", "All"),
    TH_ARGREDUCE("argmax"),
    TH_ARGREDUCE("argmin"),
    {"torch.Tensor.max",
     "(self: torch.Tensor, dim: int, keepdim: bool = False) -> "
     "torch.return_types.max",
     INGOT_TH "max_dim"},
    {"torch.max",
     "(input: torch.Tensor, dim: int, keepdim: bool = False) -> "
     "torch.return_types.max",
     INGOT_TH "max_dim"},
    {"torch.Tensor.min",
     "(self: torch.Tensor, dim: int, keepdim: bool = False) -> "
     "torch.return_types.min",
     INGOT_TH "min_dim"},
    {"torch.min",
     "(input: torch.Tensor, dim: int, keepdim: bool = False) -> "
     "torch.return_types.min",
     INGOT_TH "min_dim"},
    TH_BINARY("max", "Maximum"),
    TH_BINARY("min", "Minimum"),
    {"torch.max", "(input: torch.Tensor) -> torch.Tensor",
     INGOT_TH "reduce(ingot::rt::tensor::ReduceOp::Max, {0}, ingot::rt::None, false)"},
    {"torch.min", "(input: torch.Tensor) -> torch.Tensor",
     INGOT_TH "reduce(ingot::rt::tensor::ReduceOp::Min, {0}, ingot::rt::None, false)"},
    TH_STATISTIC("std", "Std"),
    TH_STATISTIC("var", "Var"),
    {"torch.cumsum", "(input: torch.Tensor, dim: int) -> torch.Tensor", INGOT_TH "cumsum"},
    {"torch.Tensor.cumsum", "(self: torch.Tensor, dim: int) -> torch.Tensor", INGOT_TH "cumsum"},
    {"torch.cummax", "(input: torch.Tensor, dim: int) -> torch.return_types.cummax",
     INGOT_TH "cummax"},
    {"torch.Tensor.cummax", "(self: torch.Tensor, dim: int) -> torch.return_types.cummax",
     INGOT_TH "cummax"},
    {"torch.cummin", "(input: torch.Tensor, dim: int) -> torch.return_types.cummin",
     INGOT_TH "cummin"},
    {"torch.Tensor.cummin", "(self: torch.Tensor, dim: int) -> torch.return_types.cummin",
     INGOT_TH "cummin"},
    {"torch.cumprod", "(input: torch.Tensor, dim: int) -> torch.Tensor", INGOT_TH "cumprod"},
    {"torch.Tensor.cumprod", "(self: torch.Tensor, dim: int) -> torch.Tensor", INGOT_TH "cumprod"},
    {"torch.diagonal",
     "(input: torch.Tensor, offset: int = 0, dim1: int = 0, dim2: int = 1) -> torch.Tensor",
     INGOT_TH "diagonal"},
    {"torch.Tensor.diagonal",
     "(self: torch.Tensor, offset: int = 0, dim1: int = 0, dim2: int = 1) -> torch.Tensor",
     INGOT_TH "diagonal"},
    {"torch.diag", "(input: torch.Tensor, diagonal: int = 0) -> torch.Tensor", INGOT_TH "diag"},
    {"torch.tril", "(input: torch.Tensor, diagonal: int = 0) -> torch.Tensor", INGOT_TH "tril"},
    {"torch.Tensor.tril", "(self: torch.Tensor, diagonal: int = 0) -> torch.Tensor",
     INGOT_TH "tril"},
    {"torch.triu", "(input: torch.Tensor, diagonal: int = 0) -> torch.Tensor", INGOT_TH "triu"},
    {"torch.Tensor.triu", "(self: torch.Tensor, diagonal: int = 0) -> torch.Tensor",
     INGOT_TH "triu"},
    {"torch.nn.functional.one_hot", "(tensor: torch.Tensor, num_classes: int = -1) -> torch.Tensor",
     INGOT_TH "one_hot"},
    {"torch.Tensor.diag", "(self: torch.Tensor, diagonal: int = 0) -> torch.Tensor",
     INGOT_TH "diag"},
    {"torch.trace", "(input: torch.Tensor) -> torch.Tensor", INGOT_TH "trace"},
    {"torch.Tensor.trace", "(self: torch.Tensor) -> torch.Tensor", INGOT_TH "trace"},
    TH_SIZES("torch.Tensor.new_zeros", "(self: torch.Tensor, size: ",
             ", dtype: torch.dtype | None = None) -> torch.Tensor", INGOT_TH "new_zeros"),
    TH_SIZES("torch.Tensor.new_ones", "(self: torch.Tensor, size: ",
             ", dtype: torch.dtype | None = None) -> torch.Tensor", INGOT_TH "new_ones"),
    TH_SIZES("torch.Tensor.new_full", "(self: torch.Tensor, size: ",
             ", fill_value: number, dtype: torch.dtype | None = None) -> torch.Tensor",
             INGOT_TH "new_full"),
    {"torch.Tensor.max", "(self: torch.Tensor) -> torch.Tensor",
     INGOT_TH "reduce(ingot::rt::tensor::ReduceOp::Max, {0}, ingot::rt::None, false)"},
    {"torch.Tensor.min", "(self: torch.Tensor) -> torch.Tensor",
     INGOT_TH "reduce(ingot::rt::tensor::ReduceOp::Min, {0}, ingot::rt::None, false)"},
    {"torch.Tensor.norm",
     "(self: torch.Tensor, p: float = 2.0, dim: int | None = None, "
     "keepdim: bool = False) -> torch.Tensor",
     INGOT_TH "norm"},
    {"torch.norm",
     "(input: torch.Tensor, p: float = 2.0, dim: int | None = None, keepdim: bool "
     "= False) -> torch.Tensor",
     INGOT_TH "norm"},
    {"torch.linalg.norm",
     "(input: torch.Tensor, ord: float | str | None = None, dim: int | None = None, "
     "keepdim: bool = False) -> torch.Tensor",
     INGOT_TH "linalg_norm"},
    {"torch.linalg.norm",
     "(input: torch.Tensor, ord: float | str | None = None, *, dim: tuple, "
     "keepdim: bool = False) -> torch.Tensor",
     INGOT_TH "linalg_norm"},
    {"torch.linalg.norm",
     "(input: torch.Tensor, ord: float | str | None, dim: tuple, keepdim: bool = False) -> "
     "torch.Tensor",
     INGOT_TH "linalg_norm"},
    {"torch.linalg.vector_norm",
     "(x: torch.Tensor, ord: float = 2.0, dim: int | None = None, "
     "keepdim: bool = False) -> torch.Tensor",
     INGOT_TH "vector_norm"},
    {"torch.linalg.vector_norm",
     "(x: torch.Tensor, ord: float = 2.0, *, dim: tuple, keepdim: bool = False) -> "
     "torch.Tensor",
     INGOT_TH "vector_norm"},
    {"torch.linalg.vector_norm",
     "(x: torch.Tensor, ord: float, dim: tuple, keepdim: bool = False) -> torch.Tensor",
     INGOT_TH "vector_norm"},
    {"torch.linalg.matrix_norm",
     "(A: torch.Tensor, ord: float | str = \"fro\", dim: None = None, "
     "keepdim: bool = False) -> torch.Tensor",
     INGOT_TH "matrix_norm"},
    {"torch.linalg.matrix_norm",
     "(A: torch.Tensor, ord: float | str = \"fro\", *, dim: tuple, keepdim: bool = False) -> "
     "torch.Tensor",
     INGOT_TH "matrix_norm"},
    {"torch.linalg.matrix_norm",
     "(A: torch.Tensor, ord: float | str, dim: tuple, keepdim: bool = False) -> torch.Tensor",
     INGOT_TH "matrix_norm"},

    // ---- decompositions (runtime/tensor/decompose.h, python_linalg.h) --------------------------
    {"torch.linalg.inv", "(A: torch.Tensor) -> torch.Tensor", INGOT_TH "linalg_inv"},
    {"torch.inverse", "(input: torch.Tensor) -> torch.Tensor", INGOT_TH "linalg_inv"},
    {"torch.Tensor.inverse", "(self: torch.Tensor) -> torch.Tensor", INGOT_TH "linalg_inv"},
    {"torch.linalg.solve", "(A: torch.Tensor, B: torch.Tensor) -> torch.Tensor",
     INGOT_TH "linalg_solve"},
    {"torch.linalg.det", "(A: torch.Tensor) -> torch.Tensor", INGOT_TH "linalg_det"},
    {"torch.det", "(input: torch.Tensor) -> torch.Tensor", INGOT_TH "linalg_det"},
    {"torch.Tensor.det", "(self: torch.Tensor) -> torch.Tensor", INGOT_TH "linalg_det"},
    {"torch.linalg.slogdet", "(A: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]",
     INGOT_TH "linalg_slogdet"},
    {"torch.slogdet", "(input: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]",
     INGOT_TH "linalg_slogdet"},
    {"torch.linalg.cholesky", "(A: torch.Tensor, *, upper: bool = False) -> torch.Tensor",
     INGOT_TH "linalg_cholesky"},
    {"torch.linalg.qr",
     "(A: torch.Tensor, mode: str = \"reduced\") -> tuple[torch.Tensor, torch.Tensor]",
     INGOT_TH "linalg_qr"},
    {"torch.linalg.eigh",
     "(A: torch.Tensor, UPLO: str = \"L\") -> tuple[torch.Tensor, torch.Tensor]",
     INGOT_TH "linalg_eigh"},
    {"torch.linalg.eigvalsh", "(A: torch.Tensor, UPLO: str = \"L\") -> torch.Tensor",
     INGOT_TH "linalg_eigvalsh"},
    {"torch.linalg.svd",
     "(A: torch.Tensor, full_matrices: bool = True) -> "
     "tuple[torch.Tensor, torch.Tensor, torch.Tensor]",
     INGOT_TH "linalg_svd"},
    {"torch.linalg.svdvals", "(A: torch.Tensor) -> torch.Tensor", INGOT_TH "linalg_svdvals"},
    {"torch.linalg.pinv",
     "(A: torch.Tensor, *, rtol: float | None = None, hermitian: bool = False) -> torch.Tensor",
     INGOT_TH "linalg_pinv"},
    {"torch.linalg.lstsq",
     "(A: torch.Tensor, B: torch.Tensor, rcond: float | None = None) -> "
     "tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]",
     INGOT_TH "linalg_lstsq"},
    {"torch.linalg.matrix_rank",
     "(A: torch.Tensor, *, rtol: float | None = None, hermitian: bool = False) -> torch.Tensor",
     INGOT_TH "linalg_matrix_rank"},

    // ---- linear algebra and nn -----------------------------------------------------------------
    {"torch.matmul", "(input: torch.Tensor, other: torch.Tensor) -> torch.Tensor",
     INGOT_TH "matmul"},
    {"torch.Tensor.matmul", "(self: torch.Tensor, other: torch.Tensor) -> torch.Tensor",
     INGOT_TH "matmul"},
    {"torch.mm", "(input: torch.Tensor, mat2: torch.Tensor) -> torch.Tensor", INGOT_TH "matmul"},
    {"torch.bmm", "(input: torch.Tensor, mat2: torch.Tensor) -> torch.Tensor", INGOT_TH "bmm"},
    {"torch.Tensor.bmm", "(self: torch.Tensor, mat2: torch.Tensor) -> torch.Tensor",
     INGOT_TH "bmm"},
    {"torch.dot", "(input: torch.Tensor, tensor: torch.Tensor) -> torch.Tensor", INGOT_TH "dot"},
    {"torch.Tensor.dot", "(self: torch.Tensor, tensor: torch.Tensor) -> torch.Tensor",
     INGOT_TH "dot"},
    {"torch.outer", "(input: torch.Tensor, vec2: torch.Tensor) -> torch.Tensor", INGOT_TH "outer"},
    {"torch.kron", "(input: torch.Tensor, other: torch.Tensor) -> torch.Tensor", INGOT_TH "kron"},
    {"torch.Tensor.kron", "(self: torch.Tensor, other: torch.Tensor) -> torch.Tensor",
     INGOT_TH "kron"},
    {"torch.Tensor.outer", "(self: torch.Tensor, vec2: torch.Tensor) -> torch.Tensor",
     INGOT_TH "outer"},
    {"torch.ger", "(input: torch.Tensor, vec2: torch.Tensor) -> torch.Tensor", INGOT_TH "outer"},
    {"torch.einsum", "(equation: str, *operands: torch.Tensor) -> torch.Tensor",
     INGOT_TH "einsum({0}{,1})"},
    {"torch.softmax", "(input: torch.Tensor, dim: int) -> torch.Tensor", INGOT_TH "softmax"},
    {"torch.Tensor.softmax", "(self: torch.Tensor, dim: int) -> torch.Tensor", INGOT_TH "softmax"},
    {"torch.nn.functional.softmax", "(input: torch.Tensor, dim: int) -> torch.Tensor",
     INGOT_TH "softmax"},
    {"torch.log_softmax", "(input: torch.Tensor, dim: int) -> torch.Tensor",
     INGOT_TH "log_softmax"},
    {"torch.nn.functional.log_softmax", "(input: torch.Tensor, dim: int) -> torch.Tensor",
     INGOT_TH "log_softmax"},
    {"torch.nn.functional.pairwise_distance",
     "(x1: torch.Tensor, x2: torch.Tensor, p: float = 2.0, eps: float = 0.000001, keepdim: bool "
     "= False) -> torch.Tensor",
     INGOT_TH "pairwise_distance"},
    {"torch.nn.functional.normalize",
     "(input: torch.Tensor, p: float = 2.0, dim: int = 1, eps: "
     "float = 0.000000000001) -> torch.Tensor",
     INGOT_TH "normalize"},
    {"torch.cdist", "(x1: torch.Tensor, x2: torch.Tensor, p: float = 2.0) -> torch.Tensor",
     "ingot::rt::tensor::cdist"},
    {"torch.nn.functional.cosine_similarity",
     "(x1: torch.Tensor, x2: torch.Tensor, dim: int = "
     "1, eps: float = 0.00000001) -> torch.Tensor",
     "ingot::rt::tensor::cosine_similarity"},
    TH_SIZES("torch.nn.functional.layer_norm", "(input: torch.Tensor, normalized_shape: ",
             ", weight: torch.Tensor | None = None, bias: torch.Tensor | None = None, eps: float = "
             "0.00001) -> torch.Tensor",
             INGOT_TH "layer_norm"),

    // ---- shapes --------------------------------------------------------------------------------
    {"torch.Tensor.view", "(self: torch.Tensor, *shape: int) -> torch.Tensor",
     INGOT_TH "view_dims({0}{,1})"},
    {"torch.Tensor.reshape", "(self: torch.Tensor, *shape: int) -> torch.Tensor",
     INGOT_TH "reshape_dims({0}{,1})"},
    TH_SIZES("torch.Tensor.view", "(self: torch.Tensor, shape: ", ") -> torch.Tensor",
             INGOT_TH "view_shape"),
    TH_SIZES("torch.Tensor.reshape", "(self: torch.Tensor, shape: ", ") -> torch.Tensor",
             INGOT_TH "reshape_shape"),
    TH_SIZES("torch.reshape", "(input: torch.Tensor, shape: ", ") -> torch.Tensor",
             INGOT_TH "reshape_shape"),
    {"torch.Tensor.permute", "(self: torch.Tensor, *dims: int) -> torch.Tensor",
     INGOT_TH "permute_dims({0}{,1})"},
    TH_SIZES("torch.permute", "(input: torch.Tensor, dims: ", ") -> torch.Tensor",
             INGOT_TH "permute"),
    TH_SIZES("torch.Tensor.permute", "(self: torch.Tensor, dims: ", ") -> torch.Tensor",
             INGOT_TH "permute"),
    {"torch.Tensor.mT", "property (self: torch.Tensor) -> torch.Tensor",
     INGOT_TH "matrix_transpose"},
    {"torch.Tensor.split",
     "(self: torch.Tensor, split_size: int, dim: int = 0) -> "
     "tuple[torch.Tensor, ...]",
     INGOT_TH "split"},
    {"torch.Tensor.split",
     "(self: torch.Tensor, split_size: list[int], dim: int = 0) -> "
     "tuple[torch.Tensor, ...]",
     INGOT_TH "split_sizes"},
    {"torch.split",
     "(tensor: torch.Tensor, split_size_or_sections: int, dim: int = 0) -> "
     "tuple[torch.Tensor, ...]",
     INGOT_TH "split"},
    {"torch.split",
     "(tensor: torch.Tensor, split_size_or_sections: list[int], dim: int = 0) -> "
     "tuple[torch.Tensor, ...]",
     INGOT_TH "split_sizes"},
    {"torch.Tensor.chunk",
     "(self: torch.Tensor, chunks: int, dim: int = 0) -> "
     "tuple[torch.Tensor, ...]",
     INGOT_TH "chunk"},
    {"torch.chunk", "(input: torch.Tensor, chunks: int, dim: int = 0) -> tuple[torch.Tensor, ...]",
     INGOT_TH "chunk"},
    {"torch.Tensor.repeat", "(self: torch.Tensor, *sizes: int) -> torch.Tensor",
     INGOT_TH "repeat({0}{,1})"},
    TH_SIZES("torch.Tensor.repeat", "(self: torch.Tensor, sizes: ", ") -> torch.Tensor",
             INGOT_TH "repeat_shape"),
    TH_SIZES("torch.flip", "(input: torch.Tensor, dims: ", ") -> torch.Tensor", INGOT_TH "flip"),
    TH_SIZES("torch.Tensor.flip", "(self: torch.Tensor, dims: ", ") -> torch.Tensor",
             INGOT_TH "flip"),
    {"torch.Tensor.flip", "(self: torch.Tensor, *dims: int) -> torch.Tensor",
     INGOT_TH "flip_dims({0}{,1})"},
    {"torch.Tensor.transpose", "(self: torch.Tensor, dim0: int, dim1: int) -> torch.Tensor",
     INGOT_TH "transpose"},
    {"torch.transpose", "(input: torch.Tensor, dim0: int, dim1: int) -> torch.Tensor",
     INGOT_TH "transpose"},
    {"torch.Tensor.unsqueeze", "(self: torch.Tensor, dim: int) -> torch.Tensor",
     INGOT_TH "unsqueeze"},
    {"torch.unsqueeze", "(input: torch.Tensor, dim: int) -> torch.Tensor", INGOT_TH "unsqueeze"},
    {"torch.Tensor.squeeze", "(self: torch.Tensor, dim: int | None = None) -> torch.Tensor",
     INGOT_TH "squeeze"},
    {"torch.squeeze", "(input: torch.Tensor, dim: int | None = None) -> torch.Tensor",
     INGOT_TH "squeeze"},
    {"torch.Tensor.expand", "(self: torch.Tensor, *sizes: int) -> torch.Tensor",
     INGOT_TH "expand_dims({0}{,1})"},
    {"torch.Tensor.expand", "(self: torch.Tensor, size: tuple[int, ...]) -> torch.Tensor",
     "ingot::rt::tensor::expand({0}, ingot::rt::numpy::shape_of({1}))"},
    {"torch.Tensor.flatten",
     "(self: torch.Tensor, start_dim: int = 0, end_dim: int = -1) -> "
     "torch.Tensor",
     INGOT_TH "flatten"},
    {"torch.flatten",
     "(input: torch.Tensor, start_dim: int = 0, end_dim: int = -1) -> "
     "torch.Tensor",
     INGOT_TH "flatten"},
    {"torch.Tensor.ravel", "(self: torch.Tensor) -> torch.Tensor", INGOT_TH "flatten({0}, 0, -1)"},
    {"torch.ravel", "(input: torch.Tensor) -> torch.Tensor", INGOT_TH "flatten({0}, 0, -1)"},
    TH_JOIN("hstack"),
    TH_JOIN("vstack"),
    TH_JOIN("dstack"),
    TH_JOIN("column_stack"),
    {"torch.atleast_1d", "(input: torch.Tensor) -> torch.Tensor", INGOT_TH "atleast_1d"},
    {"torch.atleast_2d", "(input: torch.Tensor) -> torch.Tensor", INGOT_TH "atleast_2d"},
    {"torch.atleast_3d", "(input: torch.Tensor) -> torch.Tensor", INGOT_TH "atleast_3d"},
    {"torch.fliplr", "(input: torch.Tensor) -> torch.Tensor", INGOT_TH "fliplr"},
    {"torch.flipud", "(input: torch.Tensor) -> torch.Tensor", INGOT_TH "flipud"},
    {"torch.Tensor.fliplr", "(self: torch.Tensor) -> torch.Tensor", INGOT_TH "fliplr"},
    {"torch.Tensor.flipud", "(self: torch.Tensor) -> torch.Tensor", INGOT_TH "flipud"},
    // rot90's dims default to [0, 1] (None here stands for the default).
    {"torch.rot90",
     "(input: torch.Tensor, k: int = 1, dims: list[int] | tuple | None = None) -> torch.Tensor",
     INGOT_TH "rot90"},
    {"torch.Tensor.rot90",
     "(self: torch.Tensor, k: int = 1, dims: list[int] | tuple | None = None) -> torch.Tensor",
     INGOT_TH "rot90"},
    {"torch.cat", "(tensors: list[torch.Tensor], dim: int = 0) -> torch.Tensor", INGOT_TH "cat"},
    {"torch.cat", "(tensors: tuple[torch.Tensor, torch.Tensor], dim: int = 0) -> torch.Tensor",
     INGOT_TH "cat"},
    {"torch.cat", "(tensors: tuple[torch.Tensor, ...], dim: int = 0) -> torch.Tensor",
     INGOT_TH "cat"},
    {"torch.stack", "(tensors: list[torch.Tensor], dim: int = 0) -> torch.Tensor",
     INGOT_TH "stack"},
    {"torch.stack", "(tensors: tuple[torch.Tensor, torch.Tensor], dim: int = 0) -> torch.Tensor",
     INGOT_TH "stack"},
    {"torch.stack", "(tensors: tuple[torch.Tensor, ...], dim: int = 0) -> torch.Tensor",
     INGOT_TH "stack"},

    // ---- indexing and ordering
    // -------------------------------------------------------------------
    {"operator.getitem", "(a: torch.Tensor, index: int) -> torch.Tensor", INGOT_TH "getitem"},
    // A list or tuple indexed by a one-element integer tensor (`docs[i] for i in top.indices`).
    {"operator.getitem", "(a: list[T], i: torch.Tensor) -> T",
     "ingot::rt::getitem({0}, " INGOT_TH "sequence_index({1}))"},
    {"operator.getitem", "(a: tuple[T, ...], i: torch.Tensor) -> T",
     "ingot::rt::getitem({0}, " INGOT_TH "sequence_index({1}))"},
    {"operator.getitem", "(a: torch.Tensor, index: torch.Tensor) -> torch.Tensor",
     INGOT_TH "getitem"},
    {"operator.getitem", "(a: torch.Tensor, index: None) -> torch.Tensor",
     "ingot::rt::numpy::getitem"},
    {"operator.getitem", "(a: torch.Tensor, index: builtins.ellipsis) -> torch.Tensor",
     "ingot::rt::numpy::getitem"},
    {"operator.getitem", "(a: torch.Tensor, index: tuple) -> torch.Tensor", INGOT_TH "getitem"},
    {"operator.getslice",
     "(a: torch.Tensor, start: int | None, stop: int | None, step: int | "
     "None) -> torch.Tensor",
     "ingot::rt::numpy::getslice"},
    {"operator.setitem", "(a: torch.Tensor, index: int, value: number) -> None",
     "ingot::rt::numpy::setitem"},
    {"operator.setitem", "(a: torch.Tensor, index: torch.Tensor, value: number) -> None",
     "ingot::rt::numpy::setitem"},
    {"operator.setitem", "(a: torch.Tensor, index: int, value: torch.Tensor) -> None",
     "ingot::rt::numpy::setitem"},
    {"operator.setitem", "(a: torch.Tensor, index: torch.Tensor, value: torch.Tensor) -> None",
     "ingot::rt::numpy::setitem"},
    {"operator.setitem", "(a: torch.Tensor, index: tuple, value: number) -> None",
     INGOT_TH "setitem"},
    {"operator.setitem", "(a: torch.Tensor, index: tuple, value: torch.Tensor) -> None",
     INGOT_TH "setitem"},
    {"torch.gather", "(input: torch.Tensor, dim: int, index: torch.Tensor) -> torch.Tensor",
     INGOT_TH "gather"},
    {"torch.Tensor.gather", "(self: torch.Tensor, dim: int, index: torch.Tensor) -> torch.Tensor",
     INGOT_TH "gather"},
    {"torch.index_select", "(input: torch.Tensor, dim: int, index: torch.Tensor) -> torch.Tensor",
     INGOT_TH "index_select"},
    {"torch.Tensor.index_select",
     "(self: torch.Tensor, dim: int, index: torch.Tensor) -> torch.Tensor",
     INGOT_TH "index_select"},
    {"torch.Tensor.masked_fill",
     "(self: torch.Tensor, mask: torch.Tensor, value: number) -> torch.Tensor",
     INGOT_TH "masked_fill"},
    {"torch.Tensor.masked_fill_",
     "(self: torch.Tensor, mask: torch.Tensor, value: number) -> torch.Tensor",
     INGOT_TH "masked_fill_inplace"},
    {"torch.masked_fill",
     "(input: torch.Tensor, mask: torch.Tensor, value: number) -> torch.Tensor",
     INGOT_TH "masked_fill"},
    // ---- scatter and the index_* writes (python.h's scatter block) ----
    {"torch.scatter",
     "(input: torch.Tensor, dim: int, index: torch.Tensor, src: torch.Tensor) -> torch.Tensor",
     INGOT_TH "scatter"},
    {"torch.Tensor.scatter",
     "(self: torch.Tensor, dim: int, index: torch.Tensor, src: torch.Tensor) -> torch.Tensor",
     INGOT_TH "scatter"},
    {"torch.Tensor.scatter_",
     "(self: torch.Tensor, dim: int, index: torch.Tensor, src: torch.Tensor) -> torch.Tensor",
     INGOT_TH "scatter_inplace"},
    {"torch.scatter",
     "(input: torch.Tensor, dim: int, index: torch.Tensor, value: number) -> torch.Tensor",
     INGOT_TH "scatter"},
    {"torch.Tensor.scatter",
     "(self: torch.Tensor, dim: int, index: torch.Tensor, value: number) -> torch.Tensor",
     INGOT_TH "scatter"},
    {"torch.Tensor.scatter_",
     "(self: torch.Tensor, dim: int, index: torch.Tensor, value: number) -> torch.Tensor",
     INGOT_TH "scatter_inplace"},
    {"torch.scatter_add",
     "(input: torch.Tensor, dim: int, index: torch.Tensor, src: torch.Tensor) -> torch.Tensor",
     INGOT_TH "scatter_add"},
    {"torch.Tensor.scatter_add",
     "(self: torch.Tensor, dim: int, index: torch.Tensor, src: torch.Tensor) -> torch.Tensor",
     INGOT_TH "scatter_add"},
    {"torch.Tensor.scatter_add_",
     "(self: torch.Tensor, dim: int, index: torch.Tensor, src: torch.Tensor) -> torch.Tensor",
     INGOT_TH "scatter_add_inplace"},
    {"torch.scatter_reduce",
     "(input: torch.Tensor, dim: int, index: torch.Tensor, src: torch.Tensor, reduce: str, "
     "include_self: bool = True) -> torch.Tensor",
     INGOT_TH "scatter_reduce"},
    {"torch.Tensor.scatter_reduce",
     "(self: torch.Tensor, dim: int, index: torch.Tensor, src: torch.Tensor, reduce: str, "
     "include_self: bool = True) -> torch.Tensor",
     INGOT_TH "scatter_reduce"},
    {"torch.Tensor.scatter_reduce_",
     "(self: torch.Tensor, dim: int, index: torch.Tensor, src: torch.Tensor, reduce: str, "
     "include_self: bool = True) -> torch.Tensor",
     INGOT_TH "scatter_reduce_inplace"},
    {"torch.index_add",
     "(input: torch.Tensor, dim: int, index: torch.Tensor, source: torch.Tensor, alpha: int = 1) "
     "-> torch.Tensor",
     INGOT_TH "index_add"},
    {"torch.Tensor.index_add",
     "(self: torch.Tensor, dim: int, index: torch.Tensor, source: torch.Tensor, alpha: int = 1) -> "
     "torch.Tensor",
     INGOT_TH "index_add"},
    {"torch.Tensor.index_add_",
     "(self: torch.Tensor, dim: int, index: torch.Tensor, source: torch.Tensor, alpha: int = 1) -> "
     "torch.Tensor",
     INGOT_TH "index_add_inplace"},
    {"torch.index_add",
     "(input: torch.Tensor, dim: int, index: torch.Tensor, source: torch.Tensor, alpha: float) -> "
     "torch.Tensor",
     INGOT_TH "index_add"},
    {"torch.Tensor.index_add",
     "(self: torch.Tensor, dim: int, index: torch.Tensor, source: torch.Tensor, alpha: float) -> "
     "torch.Tensor",
     INGOT_TH "index_add"},
    {"torch.Tensor.index_add_",
     "(self: torch.Tensor, dim: int, index: torch.Tensor, source: torch.Tensor, alpha: float) -> "
     "torch.Tensor",
     INGOT_TH "index_add_inplace"},
    {"torch.index_copy",
     "(input: torch.Tensor, dim: int, index: torch.Tensor, source: torch.Tensor) -> torch.Tensor",
     INGOT_TH "index_copy"},
    {"torch.Tensor.index_copy",
     "(self: torch.Tensor, dim: int, index: torch.Tensor, source: torch.Tensor) -> torch.Tensor",
     INGOT_TH "index_copy"},
    {"torch.Tensor.index_copy_",
     "(self: torch.Tensor, dim: int, index: torch.Tensor, source: torch.Tensor) -> torch.Tensor",
     INGOT_TH "index_copy_inplace"},
    {"torch.index_fill",
     "(input: torch.Tensor, dim: int, index: torch.Tensor, value: number) -> torch.Tensor",
     INGOT_TH "index_fill"},
    {"torch.Tensor.index_fill",
     "(self: torch.Tensor, dim: int, index: torch.Tensor, value: number) -> torch.Tensor",
     INGOT_TH "index_fill"},
    {"torch.Tensor.index_fill_",
     "(self: torch.Tensor, dim: int, index: torch.Tensor, value: number) -> torch.Tensor",
     INGOT_TH "index_fill_inplace"},
    {"torch.index_fill",
     "(input: torch.Tensor, dim: int, index: torch.Tensor, value: torch.Tensor) -> torch.Tensor",
     INGOT_TH "index_fill"},
    {"torch.Tensor.index_fill",
     "(self: torch.Tensor, dim: int, index: torch.Tensor, value: torch.Tensor) -> torch.Tensor",
     INGOT_TH "index_fill"},
    {"torch.Tensor.index_fill_",
     "(self: torch.Tensor, dim: int, index: torch.Tensor, value: torch.Tensor) -> torch.Tensor",
     INGOT_TH "index_fill_inplace"},
    {"torch.scatter",
     "(input: torch.Tensor, dim: int, index: torch.Tensor, src: torch.Tensor, reduce: str) -> "
     "torch.Tensor",
     INGOT_TH "scatter_combining"},
    {"torch.Tensor.scatter",
     "(self: torch.Tensor, dim: int, index: torch.Tensor, src: torch.Tensor, reduce: str) -> "
     "torch.Tensor",
     INGOT_TH "scatter_combining"},
    {"torch.Tensor.scatter_",
     "(self: torch.Tensor, dim: int, index: torch.Tensor, src: torch.Tensor, reduce: str) -> "
     "torch.Tensor",
     INGOT_TH "scatter_combining_inplace"},
    {"torch.scatter",
     "(input: torch.Tensor, dim: int, index: torch.Tensor, value: number, reduce: str) -> "
     "torch.Tensor",
     INGOT_TH "scatter_combining"},
    {"torch.Tensor.scatter",
     "(self: torch.Tensor, dim: int, index: torch.Tensor, value: number, reduce: str) -> "
     "torch.Tensor",
     INGOT_TH "scatter_combining"},
    {"torch.Tensor.scatter_",
     "(self: torch.Tensor, dim: int, index: torch.Tensor, value: number, reduce: str) -> "
     "torch.Tensor",
     INGOT_TH "scatter_combining_inplace"},
    // ---- end of scatter and the index_* writes ----
    // ---- tensors like another, unbind, meshgrid, std_mean / var_mean, kthvalue ----
    {"torch.Tensor.new_zeros",
     "(self: torch.Tensor, *size: int, dtype: torch.dtype | None = None) -> torch.Tensor",
     INGOT_TH "new_zeros_dims({0}, {2}{,1})"},
    {"torch.Tensor.new_ones",
     "(self: torch.Tensor, *size: int, dtype: torch.dtype | None = None) -> torch.Tensor",
     INGOT_TH "new_ones_dims({0}, {2}{,1})"},
    {"torch.Tensor.new_empty",
     "(self: torch.Tensor, *size: int, dtype: torch.dtype | None = None) -> torch.Tensor",
     INGOT_TH "new_zeros_dims({0}, {2}{,1})"},
    TH_SIZES("torch.Tensor.new_empty", "(self: torch.Tensor, size: ",
             ", dtype: torch.dtype | None = None) -> torch.Tensor", INGOT_TH "new_empty"),
    {"torch.Tensor.new_tensor",
     "(self: torch.Tensor, data: list[T], dtype: torch.dtype | None = None) -> torch.Tensor",
     INGOT_TH "new_tensor"},
    {"torch.unbind", "(input: torch.Tensor, dim: int = 0) -> tuple[torch.Tensor, ...]",
     INGOT_TH "unbind"},
    {"torch.Tensor.unbind", "(self: torch.Tensor, dim: int = 0) -> tuple[torch.Tensor, ...]",
     INGOT_TH "unbind"},
    {"torch.meshgrid",
     "(*tensors: torch.Tensor, indexing: str | None = None) -> tuple[torch.Tensor, ...]",
     INGOT_TH "meshgrid({1}{,0})"},
    {"torch.meshgrid",
     "(tensors: list[torch.Tensor], indexing: str | None = None) -> tuple[torch.Tensor, ...]",
     INGOT_TH "meshgrid_list"},
    {"torch.std_mean",
     "(input: torch.Tensor, dim: int | None = None, *, correction: int = 1, keepdim: bool = False) "
     "-> tuple[torch.Tensor, torch.Tensor]",
     INGOT_TH "statistic_mean(ingot::rt::tensor::ReduceOp::Std, {0}, {1}, {3}, {2})"},
    {"torch.std_mean",
     "(input: torch.Tensor, dim: int | None = None, unbiased: bool = True, keepdim: bool = False) "
     "-> tuple[torch.Tensor, torch.Tensor]",
     INGOT_TH "statistic_mean_unbiased(ingot::rt::tensor::ReduceOp::Std, {0}, {1}, {2}, {3})"},
    {"torch.var_mean",
     "(input: torch.Tensor, dim: int | None = None, *, correction: int = 1, keepdim: bool = False) "
     "-> tuple[torch.Tensor, torch.Tensor]",
     INGOT_TH "statistic_mean(ingot::rt::tensor::ReduceOp::Var, {0}, {1}, {3}, {2})"},
    {"torch.var_mean",
     "(input: torch.Tensor, dim: int | None = None, unbiased: bool = True, keepdim: bool = False) "
     "-> tuple[torch.Tensor, torch.Tensor]",
     INGOT_TH "statistic_mean_unbiased(ingot::rt::tensor::ReduceOp::Var, {0}, {1}, {2}, {3})"},
    {"torch.kthvalue",
     "(input: torch.Tensor, k: int, dim: int = -1, keepdim: bool = False) -> "
     "torch.return_types.kthvalue",
     INGOT_TH "kthvalue"},
    {"torch.Tensor.kthvalue",
     "(self: torch.Tensor, k: int, dim: int = -1, keepdim: bool = False) -> "
     "torch.return_types.kthvalue",
     INGOT_TH "kthvalue"},
    TH_VALUES_INDICES("kthvalue"),
    {"torch.logcumsumexp", "(input: torch.Tensor, dim: int) -> torch.Tensor",
     INGOT_TH "logcumsumexp"},
    {"torch.Tensor.logcumsumexp", "(self: torch.Tensor, dim: int) -> torch.Tensor",
     INGOT_TH "logcumsumexp"},
    {"torch.topk",
     "(input: torch.Tensor, k: int, dim: int = -1, largest: bool = True) -> "
     "torch.return_types.topk",
     INGOT_TH "topk"},
    {"torch.Tensor.topk",
     "(self: torch.Tensor, k: int, dim: int = -1, largest: bool = True) -> "
     "torch.return_types.topk",
     INGOT_TH "topk"},
    {"torch.sort",
     "(input: torch.Tensor, dim: int = -1, descending: bool = False, *, stable: bool = False) "
     "-> torch.return_types.sort",
     INGOT_TH "sort({0}, {1}, {2})"},
    {"torch.Tensor.sort",
     "(self: torch.Tensor, dim: int = -1, descending: bool = False, *, stable: bool = False) "
     "-> torch.return_types.sort",
     INGOT_TH "sort({0}, {1}, {2})"},
    TH_VALUES_INDICES("topk"),
    TH_VALUES_INDICES("sort"),
    TH_VALUES_INDICES("max"),
    TH_VALUES_INDICES("min"),
    TH_VALUES_INDICES("median"),
    TH_VALUES_INDICES("cummax"),
    TH_VALUES_INDICES("cummin"),
    {"torch.argsort",
     "(input: torch.Tensor, dim: int = -1, descending: bool = False, *, stable: bool = "
     "False) -> torch.Tensor",
     INGOT_TH "argsort({0}, {1}, {2})"},
    {"torch.Tensor.argsort",
     "(self: torch.Tensor, dim: int = -1, descending: bool = False, *, stable: bool = "
     "False) -> torch.Tensor",
     INGOT_TH "argsort({0}, {1}, {2})"},

    // ---- order statistics -----------------------------------------------------------------------
    {"torch.median", "(input: torch.Tensor) -> torch.Tensor", INGOT_TH "median"},
    {"torch.Tensor.median", "(self: torch.Tensor) -> torch.Tensor", INGOT_TH "median"},
    {"torch.median",
     "(input: torch.Tensor, dim: int, keepdim: bool = False) -> "
     "torch.return_types.median",
     INGOT_TH "median_dim"},
    {"torch.Tensor.median",
     "(self: torch.Tensor, dim: int, keepdim: bool = False) -> "
     "torch.return_types.median",
     INGOT_TH "median_dim"},
    {"torch.quantile",
     "(input: torch.Tensor, q: float, dim: int | None = None, keepdim: bool = False) -> "
     "torch.Tensor",
     INGOT_TH "quantile"},
    {"torch.quantile",
     "(input: torch.Tensor, q: torch.Tensor, dim: int | None = None, keepdim: bool = False) -> "
     "torch.Tensor",
     INGOT_TH "quantile"},
    {"torch.Tensor.quantile",
     "(self: torch.Tensor, q: float, dim: int | None = None, keepdim: bool = False) -> "
     "torch.Tensor",
     INGOT_TH "quantile"},
    {"torch.Tensor.quantile",
     "(self: torch.Tensor, q: torch.Tensor, dim: int | None = None, keepdim: bool = False) -> "
     "torch.Tensor",
     INGOT_TH "quantile"},

    // ---- searching sorted tensors and counting by value
    // ------------------------------------------
    {"torch.searchsorted",
     "(sorted_sequence: torch.Tensor, input: torch.Tensor | number, *, out_int32: bool = False, "
     "right: bool = False, side: str | None = None) -> torch.Tensor",
     INGOT_TH "searchsorted"},
    {"torch.bucketize",
     "(input: torch.Tensor | number, boundaries: torch.Tensor, *, out_int32: bool = False, "
     "right: bool = False) -> torch.Tensor",
     INGOT_TH "bucketize"},
    {"torch.bincount",
     "(input: torch.Tensor, weights: torch.Tensor | None = None, minlength: int = 0) -> "
     "torch.Tensor",
     INGOT_TH "bincount"},
    {"torch.Tensor.bincount",
     "(self: torch.Tensor, weights: torch.Tensor | None = None, minlength: int = 0) -> "
     "torch.Tensor",
     INGOT_TH "bincount"},

    // ---- nonzero and unique ---------------------------------------------------------------------
    // as_tuple must be a literal (check.cpp's flag_variant): True picks the [as_tuple] rows.
    {"torch.nonzero", "(input: torch.Tensor, *, as_tuple: bool = False) -> torch.Tensor",
     INGOT_TH "nonzero({0})"},
    {"torch.Tensor.nonzero", "(self: torch.Tensor, *, as_tuple: bool = False) -> torch.Tensor",
     INGOT_TH "nonzero({0})"},
    {"torch.count_nonzero", "(input: torch.Tensor, dim: int | None = None) -> torch.Tensor",
     INGOT_TH "count_nonzero"},
    {"torch.count_nonzero", "(input: torch.Tensor, dim: tuple) -> torch.Tensor",
     INGOT_TH "count_nonzero"},
    {"torch.Tensor.count_nonzero", "(self: torch.Tensor, dim: int | None = None) -> torch.Tensor",
     INGOT_TH "count_nonzero"},

    // ---- nonzero(as_tuple=True), where(condition), unique ---------------------------------------
    {"torch.nonzero[as_tuple]",
     "(input: torch.Tensor, *, as_tuple: bool = False) -> tuple[torch.Tensor, ...]",
     INGOT_TH "nonzero_tuple({0})"},
    {"torch.Tensor.nonzero[as_tuple]",
     "(self: torch.Tensor, *, as_tuple: bool = False) -> tuple[torch.Tensor, ...]",
     INGOT_TH "nonzero_tuple({0})"},
    {"torch.where", "(condition: torch.Tensor) -> tuple[torch.Tensor, ...]",
     INGOT_TH "nonzero_tuple"},
    TH_UNIQUE("", "torch.Tensor", "false, false"),
    TH_UNIQUE("[inverse]", "tuple[torch.Tensor, torch.Tensor]", "true, false"),
    TH_UNIQUE("[counts]", "tuple[torch.Tensor, torch.Tensor]", "false, true"),
    TH_UNIQUE("[inverse,counts]", "tuple[torch.Tensor, torch.Tensor, torch.Tensor]", "true, true"),

    // ---- model layers: activations, linear, addmm / baddbmm, embedding, attention
    // ----------------
    {"torch.nn.functional.silu", "(input: torch.Tensor, inplace: bool = False) -> torch.Tensor",
     INGOT_TH "silu"},
    {"torch.nn.functional.mish", "(input: torch.Tensor, inplace: bool = False) -> torch.Tensor",
     INGOT_TH "mish"},
    {"torch.nn.functional.hardswish",
     "(input: torch.Tensor, inplace: bool = False) -> torch.Tensor", INGOT_TH "hardswish"},
    {"torch.nn.functional.hardsigmoid",
     "(input: torch.Tensor, inplace: bool = False) -> torch.Tensor", INGOT_TH "hardsigmoid"},
    {"torch.nn.functional.relu6", "(input: torch.Tensor, inplace: bool = False) -> torch.Tensor",
     INGOT_TH "relu6"},
    {"torch.nn.functional.logsigmoid", "(input: torch.Tensor) -> torch.Tensor",
     INGOT_TH "logsigmoid"},
    {"torch.nn.functional.softplus",
     "(input: torch.Tensor, beta: float = 1.0, threshold: float = 20.0) -> torch.Tensor",
     INGOT_TH "softplus"},
    {"torch.nn.functional.elu",
     "(input: torch.Tensor, alpha: float = 1.0, inplace: bool = False) -> torch.Tensor",
     INGOT_TH "elu"},
    {"torch.nn.functional.leaky_relu",
     "(input: torch.Tensor, negative_slope: float = 0.01, inplace: bool = False) -> torch.Tensor",
     INGOT_TH "leaky_relu"},
    // The in-place function spellings torch has: F.elu_, F.leaky_relu_.
    {"torch.nn.functional.elu_", "(input: torch.Tensor, alpha: float = 1.0) -> torch.Tensor",
     INGOT_TH "elu({0}, {1}, true)"},
    {"torch.nn.functional.leaky_relu_",
     "(input: torch.Tensor, negative_slope: float = 0.01) -> torch.Tensor",
     INGOT_TH "leaky_relu({0}, {1}, true)"},
    {"torch.nn.functional.glu", "(input: torch.Tensor, dim: int = -1) -> torch.Tensor",
     INGOT_TH "glu"},
    {"torch.nn.functional.sigmoid", "(input: torch.Tensor) -> torch.Tensor",
     INGOT_TH "unary(ingot::rt::tensor::UnaryOp::Sigmoid, {0})"},
    {"torch.nn.functional.tanh", "(input: torch.Tensor) -> torch.Tensor",
     INGOT_TH "unary(ingot::rt::tensor::UnaryOp::Tanh, {0})"},
    {"torch.nn.functional.linear",
     "(input: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor | None = None) -> "
     "torch.Tensor",
     INGOT_TH "linear"},
    {"torch.addmm",
     "(input: torch.Tensor, mat1: torch.Tensor, mat2: torch.Tensor, *, beta: float = 1.0, "
     "alpha: float = 1.0) -> torch.Tensor",
     INGOT_TH "addmm"},
    {"torch.Tensor.addmm",
     "(self: torch.Tensor, mat1: torch.Tensor, mat2: torch.Tensor, *, beta: float = 1.0, "
     "alpha: float = 1.0) -> torch.Tensor",
     INGOT_TH "addmm"},
    {"torch.baddbmm",
     "(input: torch.Tensor, batch1: torch.Tensor, batch2: torch.Tensor, *, beta: float = 1.0, "
     "alpha: float = 1.0) -> torch.Tensor",
     INGOT_TH "baddbmm"},
    {"torch.Tensor.baddbmm",
     "(self: torch.Tensor, batch1: torch.Tensor, batch2: torch.Tensor, *, beta: float = 1.0, "
     "alpha: float = 1.0) -> torch.Tensor",
     INGOT_TH "baddbmm"},
    {"torch.nn.functional.embedding",
     "(input: torch.Tensor, weight: torch.Tensor, padding_idx: int | None = None) -> "
     "torch.Tensor",
     INGOT_TH "embedding"},
    {"torch.embedding",
     "(weight: torch.Tensor, input: torch.Tensor, padding_idx: int = -1) -> "
     "torch.Tensor",
     INGOT_TH "embedding_weight_first"},
    {"torch.nn.functional.scaled_dot_product_attention",
     "(query: torch.Tensor, key: torch.Tensor, value: torch.Tensor, attn_mask: torch.Tensor | "
     "None = None, dropout_p: float = 0.0, is_causal: bool = False, *, scale: float | None = None, "
     "enable_gqa: bool = False) -> torch.Tensor",
     INGOT_TH "scaled_dot_product_attention"},
    {"torch.repeat_interleave",
     "(input: torch.Tensor, repeats: int, dim: int | None = None) -> torch.Tensor",
     INGOT_TH "repeat_interleave"},
    {"torch.repeat_interleave",
     "(input: torch.Tensor, repeats: torch.Tensor, dim: int | None = None) -> torch.Tensor",
     INGOT_TH "repeat_interleave"},
    {"torch.repeat_interleave", "(input: torch.Tensor) -> torch.Tensor",
     INGOT_TH "repeat_interleave_index"},
    {"torch.Tensor.repeat_interleave",
     "(self: torch.Tensor, repeats: int, dim: int | None = None) -> torch.Tensor",
     INGOT_TH "repeat_interleave"},
    {"torch.Tensor.repeat_interleave",
     "(self: torch.Tensor, repeats: torch.Tensor, dim: int | None = None) -> torch.Tensor",
     INGOT_TH "repeat_interleave"},
    {"torch.narrow", "(input: torch.Tensor, dim: int, start: int, length: int) -> torch.Tensor",
     INGOT_TH "narrow"},
    {"torch.Tensor.narrow",
     "(self: torch.Tensor, dim: int, start: int, length: int) -> torch.Tensor", INGOT_TH "narrow"},
    {"torch.Tensor.expand_as", "(self: torch.Tensor, other: torch.Tensor) -> torch.Tensor",
     INGOT_TH "expand_as"},
    {"torch.Tensor.view_as", "(self: torch.Tensor, other: torch.Tensor) -> torch.Tensor",
     INGOT_TH "view_as"},
    {"torch.Tensor.type_as", "(self: torch.Tensor, other: torch.Tensor) -> torch.Tensor",
     INGOT_TH "type_as"},

    // ---- padding --------------------------------------------------------------------------------
    TH_SIZES("torch.nn.functional.pad", "(input: torch.Tensor, pad: ",
             ", mode: str = \"constant\", value: float | None = None) -> torch.Tensor",
             INGOT_TH "pad"),
};

#undef TH_UNIQUE
#undef TH_VALUES_INDICES
#undef TH_SIZES
#undef TH_CAST
#undef TH_DTYPE
#undef TH_STATISTIC
#undef TH_ARGREDUCE
#undef TH_ROLL
#undef TH_NAN_REDUCE
#undef TH_UNARY_INPLACE
#undef TH_BINARY_INPLACE
#undef TH_REDUCE
#undef TH_BINARY_TENSORS
#undef TH_BINARY
#undef TH_UNARY
#undef TH_INPLACE
#undef TH_OPERATOR
#undef INGOT_TH

}  // namespace

std::span<const OpRow> torch_rows() { return kTorchRows; }

}  // namespace ingot::types
