// torch's own tuple classes, which differ from a tuple in how they print:
//
// - torch.Size, what t.shape and t.size() return: "torch.Size([2, 3])".
// - torch.return_types.<op>, what torch.topk, torch.sort, and torch.median, torch.max and
//   torch.min along a dim return: a pair with the fields `values` and `indices`, printed a field
//   per line:
//
//     torch.return_types.topk(
//     values=tensor([3., 2.]),
//     indices=tensor([0, 2]))
//
// Both work where a tuple does (the compiler lets them stand for tuple[int, ...] and
// tuple[torch.Tensor, torch.Tensor]).
#pragma once

#include <string>
#include <string_view>

#include "runtime/core/containers.h"
#include "runtime/core/errors.h"
#include "runtime/core/lowering.h"
#include "runtime/core/str.h"
#include "runtime/core/tuple_of.h"
#include "runtime/core/values.h"
#include "runtime/tensor/array.h"
#include "runtime/tensor/print.h"

namespace ingot::rt::torch {

class Size : public TupleOf<Int> {
 public:
  using TupleOf<Int>::TupleOf;
};

inline Size size_of(const tensor::Array& a) { return Size(a.shape()); }
inline Str repr(const Size& s) {
  std::string out = "torch.Size([";
  for (Int i = 0; i < s.size(); ++i) out += (i ? ", " : "") + std::to_string(s.items()[i]);
  return Str(out + "])");
}
inline Str to_str(const Size& s) { return repr(s); }
inline const char* type_name(const Size&) { return "torch.Size"; }
// s[1:]: a torch.Size again.
inline Size getslice(const Size& s, const Optional<Int>& start, const Optional<Int>& stop,
                     const Optional<Int>& step) {
  return Size(slice(s, start, stop, step).items());
}

}  // namespace ingot::rt::torch

namespace ingot::rt::torch::return_types {

// One class per op, as in torch: `Op::name` is what follows "torch.return_types.".
template <class Op>
struct ValuesIndices {
  tensor::Array values, indices;

  // Where a tuple[torch.Tensor, torch.Tensor] is declared (a return annotation, a variable).
  operator Tuple<tensor::Array, tensor::Array>() const {  // NOLINT(google-explicit-constructor)
    return Tuple<tensor::Array, tensor::Array>(values, indices);
  }
};

struct TopkOp {
  static constexpr std::string_view name = "topk";
};
struct SortOp {
  static constexpr std::string_view name = "sort";
};
struct MaxOp {
  static constexpr std::string_view name = "max";
};
struct MinOp {
  static constexpr std::string_view name = "min";
};
struct MedianOp {
  static constexpr std::string_view name = "median";
};
struct CummaxOp {
  static constexpr std::string_view name = "cummax";
};
struct CumminOp {
  static constexpr std::string_view name = "cummin";
};
struct NanMedianOp {
  static constexpr std::string_view name = "nanmedian";
};
struct KthvalueOp {
  static constexpr std::string_view name = "kthvalue";
};
using topk = ValuesIndices<TopkOp>;
using sort = ValuesIndices<SortOp>;
using max = ValuesIndices<MaxOp>;
using min = ValuesIndices<MinOp>;
using median = ValuesIndices<MedianOp>;
using cummax = ValuesIndices<CummaxOp>;
using cummin = ValuesIndices<CumminOp>;
using nanmedian = ValuesIndices<NanMedianOp>;
using kthvalue = ValuesIndices<KthvalueOp>;

// str(), repr() and f"{r}" alike: torch's text, a field per line.
template <class Op>
Str repr(const ValuesIndices<Op>& r) {
  std::string out = "torch.return_types.";
  out += Op::name;
  out += "(\nvalues=" + tensor::torch_tensor_str(r.values);
  out += ",\nindices=" + tensor::torch_tensor_str(r.indices) + ")";
  return Str(std::move(out));
}
template <class Op>
Str to_str(const ValuesIndices<Op>& r) {
  return repr(r);
}
template <class Op>
const char* type_name(const ValuesIndices<Op>&) {
  static const std::string name = "torch.return_types." + std::string(Op::name);
  return name.c_str();
}

// r[0] is values and r[1] indices; negative indices count from the end, as a tuple's do.
template <class Op>
tensor::Array getitem(const ValuesIndices<Op>& r, Int index) {
  return normalize_index(index, 2, "tuple index out of range") == 0 ? r.values : r.indices;
}
template <class Op>
Int len(const ValuesIndices<Op>&) {
  return 2;
}

}  // namespace ingot::rt::torch::return_types

namespace ingot::rt {

// `values, indices = torch.topk(x, k)`: two items, as the compiler checked.
template <class Op>
const torch::return_types::ValuesIndices<Op>& unpack(
    const torch::return_types::ValuesIndices<Op>& value, Int count) {
  check_unpack_count(2, count);
  return value;
}
template <size_t I, class Op>
const tensor::Array& element(const torch::return_types::ValuesIndices<Op>& value) {
  static_assert(I < 2);
  return I == 0 ? value.values : value.indices;
}
using torch::repr;
using torch::to_str;
using torch::return_types::repr;
using torch::return_types::to_str;

}  // namespace ingot::rt
