#include "runtime/tensor/shape.h"

#include <algorithm>
#include <functional>
#include <numeric>
#include <string>
#include <vector>

#include "runtime/core/errors.h"
#include "runtime/tensor/elementwise.h"

namespace ingot::rt::tensor {

namespace {

// `shape` with its one -1 worked out from `size`.
Shape resolve_shape(int64_t size, const Shape& shape) {
  Shape out = shape;
  int64_t known = 1;
  std::optional<std::size_t> unknown;
  for (std::size_t d = 0; d < out.size(); ++d) {
    if (out[d] == -1) {
      if (unknown) raise(ExcKind::ValueError, "can only specify one unknown dimension");
      unknown = d;
    } else if (out[d] < 0) {
      raise(ExcKind::ValueError, "negative dimensions not allowed");
    } else {
      known *= out[d];
    }
  }
  if (unknown && known != 0 && size % known == 0) out[*unknown] = size / known;
  if ((unknown && (known == 0 || size % known != 0)) || (!unknown && known != size)) {
    std::string text = "(";
    for (std::size_t d = 0; d < shape.size(); ++d) {
      if (d) text += ",";
      text += shape[d] == -1 ? "newaxis" : std::to_string(shape[d]);
    }
    text += shape.size() == 1 ? ",)" : ")";
    raise(ExcKind::ValueError,
          "cannot reshape array of size " + std::to_string(size) + " into shape " + text);
  }
  return out;
}

// Strides that read `a`'s elements in C order as `shape`, when its layout allows that
// without a copy (numpy's no-copy reshape); nullopt otherwise.
std::optional<Shape> view_strides(const Array& a, const Shape& shape) {
  if (a.size() == 0 || a.is_contiguous()) return contiguous_strides(shape);
  Shape dims, steps;
  for (std::size_t d = 0; d < a.shape().size(); ++d) {
    if (a.shape()[d] != 1) {
      dims.push_back(a.shape()[d]);
      steps.push_back(a.strides()[d]);
    }
  }
  Shape strides(shape.size(), 1);
  std::size_t old_i = 0, new_i = 0;
  while (old_i < dims.size() && new_i < shape.size()) {
    std::size_t old_j = old_i + 1, new_j = new_i + 1;
    int64_t old_product = dims[old_i], new_product = shape[new_i];
    while (old_product != new_product) {
      if (new_product < old_product) {
        new_product *= shape[new_j++];
      } else {
        old_product *= dims[old_j++];
      }
    }
    // The old dimensions merged into this group must be laid out contiguously.
    for (std::size_t k = old_i; k + 1 < old_j; ++k) {
      if (steps[k] != dims[k + 1] * steps[k + 1]) return std::nullopt;
    }
    strides[new_j - 1] = steps[old_j - 1];
    for (std::size_t k = new_j - 1; k > new_i; --k) strides[k - 1] = strides[k] * shape[k];
    old_i = old_j;
    new_i = new_j;
  }
  return strides;
}

Array with_layout(const Array& a, Shape shape, Shape strides, int64_t offset) {
  return Array(a.storage(), a.dtype(), std::move(shape), std::move(strides), offset);
}

}  // namespace

Array reshape(const Array& a, const Shape& shape) {
  Shape resolved = resolve_shape(a.size(), shape);
  if (auto strides = view_strides(a, resolved)) {
    return with_layout(a, std::move(resolved), std::move(*strides), a.offset());
  }
  const Array packed = copy(a);
  return with_layout(packed, resolved, contiguous_strides(resolved), 0);
}

Array view(const Array& a, const Shape& shape) {
  Shape resolved = resolve_shape(a.size(), shape);
  auto strides = view_strides(a, resolved);
  if (!strides) {
    raise(ExcKind::RuntimeError,
          "view size is not compatible with input tensor's size and stride (at least one "
          "dimension spans across two contiguous subspaces). Use .reshape(...) instead.");
  }
  return with_layout(a, std::move(resolved), std::move(*strides), a.offset());
}

Array transpose(const Array& a, const Shape& axes) {
  const int64_t ndim = a.ndim();
  Shape order(ndim);
  if (axes.empty()) {
    for (int64_t d = 0; d < ndim; ++d) order[d] = ndim - 1 - d;
  } else {
    if (static_cast<int64_t>(axes.size()) != ndim)
      raise(ExcKind::ValueError, "axes don't match array");
    std::vector<bool> seen(ndim, false);
    for (int64_t d = 0; d < ndim; ++d) {
      order[d] = normalize_axis(axes[d], ndim);
      if (seen[order[d]]) raise(ExcKind::ValueError, "repeated axis in transpose");
      seen[order[d]] = true;
    }
  }
  Shape shape(ndim), strides(ndim);
  for (int64_t d = 0; d < ndim; ++d) {
    shape[d] = a.shape()[order[d]];
    strides[d] = a.strides()[order[d]];
  }
  return with_layout(a, std::move(shape), std::move(strides), a.offset());
}

Array swapaxes(const Array& a, int64_t axis1, int64_t axis2) {
  Shape order(a.ndim());
  std::iota(order.begin(), order.end(), 0);
  std::swap(order[normalize_axis(axis1, a.ndim())], order[normalize_axis(axis2, a.ndim())]);
  return transpose(a, order);
}

Array moveaxis(const Array& a, int64_t source, int64_t destination) {
  if (a.ndim() == 0) return a;
  const int64_t from = normalize_axis(source, a.ndim());
  const int64_t to = normalize_axis(destination, a.ndim());
  Shape order;
  for (int64_t d = 0; d < a.ndim(); ++d) {
    if (d != from) order.push_back(d);
  }
  order.insert(order.begin() + to, from);
  return transpose(a, order);
}

Array expand_dims(const Array& a, int64_t axis) {
  const int64_t at = normalize_axis(axis, a.ndim() + 1);
  Shape shape = a.shape(), strides = a.strides();
  shape.insert(shape.begin() + at, 1);
  strides.insert(strides.begin() + at, 0);
  return with_layout(a, std::move(shape), std::move(strides), a.offset());
}

Array squeeze(const Array& a, const std::optional<std::vector<int64_t>>& axes) {
  std::vector<bool> drop(a.shape().size(), false);
  if (axes) {
    for (int64_t axis : *axes) {
      const int64_t d = normalize_axis(axis, a.ndim());
      if (a.shape()[d] != 1) {
        raise(ExcKind::ValueError,
              "cannot select an axis to squeeze out which has size not equal to one");
      }
      drop[d] = true;
    }
  } else {
    for (std::size_t d = 0; d < drop.size(); ++d) drop[d] = a.shape()[d] == 1;
  }
  Shape shape, strides;
  for (std::size_t d = 0; d < drop.size(); ++d) {
    if (!drop[d]) {
      shape.push_back(a.shape()[d]);
      strides.push_back(a.strides()[d]);
    }
  }
  return with_layout(a, std::move(shape), std::move(strides), a.offset());
}

Array broadcast_to(const Array& a, const Shape& shape) {
  bool fits = shape.size() >= a.shape().size();
  const std::size_t lead = fits ? shape.size() - a.shape().size() : 0;
  for (std::size_t d = 0; fits && d < a.shape().size(); ++d) {
    fits = a.shape()[d] == 1 || a.shape()[d] == shape[lead + d];
  }
  for (int64_t extent : shape) {
    if (extent < 0)
      raise(ExcKind::ValueError, "all elements of broadcast shape must be non-negative");
  }
  if (shape.size() < a.shape().size()) {
    raise(ExcKind::ValueError,
          "input operand has more dimensions than allowed by the axis remapping");
  }
  if (!fits) {
    raise(ExcKind::ValueError,
          "operands could not be broadcast together with remapped shapes [original->remapped]: " +
              shape_str(a.shape()) + "  and requested shape " + shape_str(shape));
  }
  return with_layout(a, shape, broadcast_strides(a, shape), a.offset());
}

Array expand(const Array& a, const Shape& sizes) {
  Shape shape = sizes;
  const int64_t lead = static_cast<int64_t>(sizes.size()) - a.ndim();
  bool fits = lead >= 0;
  for (int64_t d = 0; fits && d < a.ndim(); ++d) {
    int64_t& target = shape[lead + d];
    if (target == -1) target = a.shape()[d];
    if (a.shape()[d] != 1 && a.shape()[d] != target) {
      raise(ExcKind::RuntimeError,
            "The expanded size of the tensor (" + std::to_string(target) +
                ") must match the existing size (" + std::to_string(a.shape()[d]) +
                ") at non-singleton dimension " + std::to_string(lead + d) + ".  Target sizes: " +
                torch_shape_str(sizes) + ".  Tensor sizes: " + torch_shape_str(a.shape()));
    }
  }
  if (!fits) {
    raise(ExcKind::RuntimeError,
          "expand(torch." + std::string(torch_scalar_name(a.dtype())) + "Tensor{" +
              torch_shape_str(a.shape()) + "}, size=" + torch_shape_str(sizes) +
              "): the number of sizes provided (" + std::to_string(sizes.size()) +
              ") must be greater or equal to the number of dimensions in the tensor (" +
              std::to_string(a.ndim()) + ")");
  }
  return broadcast_to(a, shape);
}

Array flatten(const Array& a, int64_t start_dim, int64_t end_dim) {
  if (a.ndim() == 0) return reshape(a, {1});
  const int64_t start = normalize_axis(start_dim, a.ndim());
  const int64_t end = normalize_axis(end_dim, a.ndim());
  Shape shape(a.shape().begin(), a.shape().begin() + start);
  int64_t merged = 1;
  for (int64_t d = start; d <= end; ++d) merged *= a.shape()[d];
  shape.push_back(merged);
  shape.insert(shape.end(), a.shape().begin() + end + 1, a.shape().end());
  return reshape(a, shape);
}

Array narrow(const Array& a, int64_t axis, int64_t start, int64_t length) {
  const int64_t d = normalize_axis(axis, a.ndim());
  Shape shape = a.shape();
  shape[d] = length;
  return with_layout(a, std::move(shape), a.strides(), a.offset() + start * a.strides()[d]);
}

Array diagonal(const Array& a, int64_t offset, int64_t axis1, int64_t axis2) {
  const int64_t rows = a.shape()[axis1], columns = a.shape()[axis2];
  // Elements (i, i + offset): i from max(0, -offset) while both stay in range.
  const int64_t first_row = std::max<int64_t>(0, -offset),
                first_column = std::max<int64_t>(0, offset);
  const int64_t length = std::max<int64_t>(0, std::min(rows - first_row, columns - first_column));
  Shape shape, strides;
  for (int64_t d = 0; d < a.ndim(); ++d) {
    if (d == axis1 || d == axis2) continue;
    shape.push_back(a.shape()[d]);
    strides.push_back(a.strides()[d]);
  }
  shape.push_back(length);
  strides.push_back(a.strides()[axis1] + a.strides()[axis2]);
  const int64_t start =
      length == 0 ? 0 : first_row * a.strides()[axis1] + first_column * a.strides()[axis2];
  return with_layout(a, std::move(shape), std::move(strides), a.offset() + start);
}

Array diag_matrix(const Array& v, int64_t k) {
  const int64_t n = v.size() + (k < 0 ? -k : k);
  Array out = zeros({n, n}, v.dtype());
  assign(diagonal(out, k, 0, 1), v);
  return out;
}

namespace {

// `count` elements of `values` (flattened, cast to `dtype`) from position `from` on, cycled.
Array cycled(const Array& values, DType dtype, int64_t from, int64_t count) {
  const Array source = contiguous(as_dtype(reshape(values, {-1}), dtype));
  Array out(dtype, {count});
  visit_dtype(dtype, [&]<typename T>() {
    const T* in = source.data<T>();
    T* to = out.data<T>();
    for (int64_t i = 0; i < count; ++i) to[i] = in[(from + i) % source.size()];
  });
  return out;
}

}  // namespace

void fill_diagonal(const Array& a, const Array& values, bool wrap) {
  if (a.ndim() < 2) raise(ExcKind::ValueError, "array must be at least 2-d");
  std::vector<Array> runs;  // the diagonal as views, in numpy's flat order
  if (a.ndim() == 2) {
    const int64_t rows = a.shape()[0], columns = a.shape()[1];
    for (int64_t top = 0; top < rows && columns > 0; top += columns + 1) {
      runs.push_back(diagonal(narrow(a, 0, top, rows - top), 0, 0, 1));
      if (!wrap) break;
    }
  } else {
    const Shape& shape = a.shape();
    if (std::adjacent_find(shape.begin(), shape.end(), std::not_equal_to<>()) != shape.end()) {
      raise(ExcKind::ValueError, "All dimensions of input must be of equal length");
    }
    const int64_t step = std::accumulate(a.strides().begin(), a.strides().end(), int64_t{0});
    runs.push_back(with_layout(a, {shape[0]}, {step}, a.offset()));
  }
  if (values.size() == 0) return;  // numpy's a.flat[...] = [] writes nothing
  int64_t used = 0;
  for (const Array& run : runs) {
    assign(run, cycled(values, a.dtype(), used, run.size()));
    used += run.size();
  }
}

Array lower_triangle_mask(int64_t n, int64_t m, int64_t k) {
  Array mask(DType::Bool, {n, m});
  bool* out = mask.data<bool>();
  for (int64_t i = 0; i < n; ++i) {
    for (int64_t j = 0; j < m; ++j) *out++ = j <= i + k;
  }
  return mask;
}

Array triangle(const Array& a, int64_t k, bool lower, Rules rules) {
  const int64_t n = a.ndim() >= 2 ? a.shape()[a.ndim() - 2] : a.shape().back();
  const int64_t m = a.shape().back();
  // triu keeps what tril(k - 1) drops.
  Array keep = lower_triangle_mask(n, m, lower ? k : k - 1);
  if (!lower) keep = unary(UnaryOp::LogicalNot, keep);
  return where(keep, a, zeros({}, a.dtype()), rules);
}

Array concatenate(const std::vector<Array>& arrays, std::optional<int64_t> axis, Rules rules) {
  if (arrays.empty()) raise(ExcKind::ValueError, "need at least one array to concatenate");
  std::vector<Array> inputs = arrays;
  if (!axis) {
    for (Array& input : inputs) input = reshape(input, {-1});
  }
  const Array& first = inputs[0];
  if (first.ndim() == 0)
    raise(ExcKind::ValueError, "zero-dimensional arrays cannot be concatenated");
  const int64_t along = normalize_axis(axis.value_or(0), first.ndim());
  DType dtype = first.dtype();
  Shape shape = first.shape();
  shape[along] = 0;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    const Array& input = inputs[i];
    if (input.ndim() != first.ndim()) {
      raise(ExcKind::ValueError,
            "all the input arrays must have same number of dimensions, but the array at index 0 "
            "has " +
                std::to_string(first.ndim()) + " dimension(s) and the array at index " +
                std::to_string(i) + " has " + std::to_string(input.ndim()) + " dimension(s)");
    }
    for (int64_t d = 0; d < first.ndim(); ++d) {
      if (d != along && input.shape()[d] != first.shape()[d]) {
        raise(ExcKind::ValueError,
              "all the input array dimensions except for the concatenation axis must match "
              "exactly, but along dimension " +
                  std::to_string(d) + ", the array at index 0 has size " +
                  std::to_string(first.shape()[d]) + " and the array at index " +
                  std::to_string(i) + " has size " + std::to_string(input.shape()[d]));
      }
    }
    shape[along] += input.shape()[along];
    if (i > 0) dtype = promote(dtype, input.dtype(), rules);
  }
  Array out(dtype, shape);
  int64_t at = 0;
  for (const Array& input : inputs) {
    assign(narrow(out, along, at, input.shape()[along]), input);
    at += input.shape()[along];
  }
  return out;
}

Array stack(const std::vector<Array>& arrays, int64_t axis, Rules rules) {
  if (arrays.empty()) raise(ExcKind::ValueError, "need at least one array to stack");
  const int64_t at = normalize_axis(axis, arrays[0].ndim() + 1);
  std::vector<Array> expanded;
  for (const Array& input : arrays) {
    if (input.shape() != arrays[0].shape()) {
      raise(ExcKind::ValueError, "all input arrays must have the same shape");
    }
    expanded.push_back(expand_dims(input, at));
  }
  return concatenate(expanded, at, rules);
}

std::vector<Array> split_at(const Array& a, const std::vector<int64_t>& indices, int64_t axis) {
  const int64_t d = normalize_axis(axis, a.ndim());
  const int64_t extent = a.shape()[d];
  std::vector<Array> pieces;
  int64_t start = 0;
  for (std::size_t i = 0; i <= indices.size(); ++i) {
    int64_t stop = i < indices.size() ? indices[i] : extent;
    if (stop < 0) stop = std::max<int64_t>(stop + extent, 0);
    stop = std::min(stop, extent);
    const int64_t from = std::min(start, extent);
    pieces.push_back(narrow(a, d, from, std::max<int64_t>(stop - from, 0)));
    start = std::max(start, stop);
  }
  return pieces;
}

std::vector<Array> split_sections(const Array& a, int64_t sections, int64_t axis, bool exact) {
  if (sections <= 0) raise(ExcKind::ValueError, "number sections must be larger than 0.");
  const int64_t extent = a.shape()[normalize_axis(axis, a.ndim())];
  if (exact && extent % sections != 0) {
    raise(ExcKind::ValueError, "array split does not result in an equal division");
  }
  std::vector<int64_t> indices;
  const int64_t base = extent / sections, extra = extent % sections;
  int64_t at = 0;
  for (int64_t i = 0; i + 1 < sections; ++i) {
    at += base + (i < extra ? 1 : 0);
    indices.push_back(at);
  }
  return split_at(a, indices, axis);
}

std::vector<Array> split_size(const Array& a, int64_t size, int64_t axis) {
  if (size <= 0) raise(ExcKind::RuntimeError, "split_size can only be 0 if dimension size is 0");
  const int64_t extent = a.shape()[normalize_axis(axis, a.ndim())];
  std::vector<int64_t> indices;
  for (int64_t at = size; at < extent; at += size) indices.push_back(at);
  return split_at(a, indices, axis);
}

std::vector<Array> chunk(const Array& a, int64_t chunks, int64_t axis) {
  if (chunks <= 0)
    raise(ExcKind::RuntimeError,
          "chunk expects `chunks` to be greater than 0, got: " + std::to_string(chunks));
  const int64_t extent = a.shape()[normalize_axis(axis, a.ndim())];
  return split_size(a, std::max<int64_t>((extent + chunks - 1) / chunks, 1), axis);
}

Array repeat(const Array& a, int64_t repeats, std::optional<int64_t> axis) {
  if (repeats < 0) raise(ExcKind::ValueError, "repeats may not contain negative values.");
  const Array source = axis ? a : reshape(a, {-1});
  const int64_t d = normalize_axis(axis.value_or(0), source.ndim());
  // Each element gets a new axis of `repeats` copies right after it, then the two merge.
  Array widened = expand_dims(source, d + 1);
  Shape target = widened.shape();
  target[d + 1] = repeats;
  Shape merged = source.shape();
  merged[d] *= repeats;
  return reshape(copy(broadcast_to(widened, target)), merged);
}

Array tile(const Array& a, const Shape& reps) {
  const std::size_t ndim = std::max(reps.size(), a.shape().size());
  Shape full_reps(ndim - reps.size(), 1);
  full_reps.insert(full_reps.end(), reps.begin(), reps.end());
  Shape sizes(ndim - a.shape().size(), 1);
  sizes.insert(sizes.end(), a.shape().begin(), a.shape().end());
  // (1, s0, 1, s1, ...) broadcast to (r0, s0, r1, s1, ...), then merged pairwise.
  Shape interleaved, target, result;
  for (std::size_t d = 0; d < ndim; ++d) {
    if (full_reps[d] < 0) raise(ExcKind::ValueError, "negative dimensions are not allowed");
    interleaved.insert(interleaved.end(), {1, sizes[d]});
    target.insert(target.end(), {full_reps[d], sizes[d]});
    result.push_back(full_reps[d] * sizes[d]);
  }
  return reshape(copy(broadcast_to(reshape(a, interleaved), target)), result);
}

}  // namespace ingot::rt::tensor
