// Hand-written stand-in for the generated code of a function that hands arrays back in
// every layout the ABI has to deal with:
//
//     def echo(x: np.ndarray, mode: str) -> np.ndarray:
//         if mode == "same": return x                  # the caller's own memory
//         if mode == "row": return x[0]                # a view into it
//         if mode == "double": x *= 2; return x        # written in place, as CPython would
//         if mode == "half": return x.astype(np.float16)
//         if mode == "transpose": return x.T           # not C-contiguous
//         if mode == "mask": return x[x > 0]
//         if mode == "sum": return x.sum(axis=0)
//         raise ValueError(f"unknown mode {mode!r}")
#include "runtime/abi/convert.h"
#include "runtime/tensor/convert.h"
#include "runtime/tensor/elementwise.h"
#include "runtime/tensor/index.h"
#include "runtime/tensor/reduce.h"
#include "runtime/tensor/shape.h"

namespace {

using namespace ingot;
using rt::tensor::Array;

Array echo(const Array& x, const std::string& mode) {
  namespace t = rt::tensor;
  if (mode == "same") return x;
  if (mode == "row") return t::getitem(x, {int64_t{0}});
  if (mode == "double") {
    t::binary_inplace(t::BinaryOp::Multiply, x, t::Scalar::from_int(2));
    return x;
  }
  if (mode == "half") return t::astype(x, t::DType::Float16);
  if (mode == "transpose") return t::transpose(x);
  if (mode == "mask") {
    return t::getitem(x, {t::binary(t::BinaryOp::Greater, x, t::Scalar::from_int(0))});
  }
  if (mode == "sum") return t::reduce(t::ReduceOp::Sum, x, std::vector<int64_t>{0});
  rt::raise(rt::ExcKind::ValueError, "unknown mode '" + mode + "'");
}

abi::ValuePtr call_echo(const abi::Args& args) {
  return abi::to_value(echo(args.get<Array>(0), args.get<rt::Str>(1).to_std()));
}

}  // namespace

// ingot::abi has an Array of its own: the tensor's is named in full here.
const ingot::abi::Entry& ingot::abi::entry() {
  static const Entry described{
      .name = "echo",
      .params = {{.name = "x",
                  .annotation = "np.ndarray",
                  .type_json = type_json<rt::tensor::Array>()},
                 {.name = "mode", .annotation = "str", .type_json = type_json<rt::Str>()}},
      .return_annotation = "np.ndarray",
      .return_type_json = type_json<rt::tensor::Array>(),
      .call = call_echo};
  return described;
}
