// torch's writes through an index tensor: scatter / scatter_add / scatter_reduce (one
// index element per source element) and index_add / index_copy / index_fill (one index
// per slice along a dim). Each returns a new tensor (the in-place forms assign it back)
// and checks its arguments in torch's order with torch's kinds and messages. Elements that
// meet at one destination combine in the order of the index's elements in C order, which
// is the order torch's CPU kernels take them in (so float sums round as torch's do).
#pragma once

#include <cstdint>
#include <string_view>

#include "runtime/tensor/array.h"

namespace ingot::rt::tensor {

enum class ScatterReduce : uint8_t { Replace, Sum, Prod, Mean, Amax, Amin };

// self with out[index[p] at dim, p elsewhere] set to (Replace) or added to (Sum) src[p]
// for every position p of index; dim is already in range. `src_is_tensor` false: src is a
// 0-d value of self's dtype written everywhere (torch.scatter's value form, which checks no
// src shape).
Array torch_scatter(const Array& self, int64_t dim, const Array& index, const Array& src,
                    bool src_is_tensor, ScatterReduce reduce);
// torch.scatter's older `reduce=` form: "add" or "multiply" (torch's RuntimeError for any
// other), src a tensor or (src_is_tensor false) a 0-d value of self's dtype.
Array torch_scatter_combining(const Array& self, int64_t dim, const Array& index, const Array& src,
                              bool src_is_tensor, std::string_view reduce);
// scatter_reduce: `reduce` one of "sum", "prod", "mean", "amax", "amin" (torch takes "max"
// and "min" too); include_self false: the written positions start from the reduction's
// identity and a mean counts only the scattered values.
Array torch_scatter_reduce(const Array& self, int64_t dim, const Array& index, const Array& src,
                           std::string_view reduce, bool include_self);

// self with source's slice i along dim added (times alpha, a 0-d value of self's dtype) to
// the slice index[i].
Array torch_index_add(const Array& self, int64_t dim, const Array& index, const Array& source,
                      const Array& alpha);
// self with source's slice i along dim copied to the slice index[i].
Array torch_index_copy(const Array& self, int64_t dim, const Array& index, const Array& source);
// self with the slices index[i] along dim (negative counting from the end) set to value, a
// 0-d tensor (torch's error for any other rank) converted to self's dtype.
Array torch_index_fill(const Array& self, int64_t dim, const Array& index, const Array& value);

}  // namespace ingot::rt::tensor
