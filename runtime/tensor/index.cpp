#include "runtime/tensor/index.h"

#include <algorithm>
#include <string>

#include "runtime/core/errors.h"
#include "runtime/tensor/shape.h"

namespace ingot::rt::tensor {

namespace {

bool is_array(const IndexItem& item) { return std::holds_alternative<Array>(item); }

// How many of the array's dimensions an item uses up.
int64_t dims_consumed(const IndexItem& item) {
  if (const Array* array = std::get_if<Array>(&item)) {
    return array->dtype() == DType::Bool ? array->ndim() : 1;
  }
  return std::holds_alternative<int64_t>(item) || std::holds_alternative<Slice>(item) ? 1 : 0;
}

// numpy's words, or torch's ("dimension" for "axis").
[[noreturn]] void raise_out_of_bounds(int64_t index, int64_t axis, int64_t size,
                                      Rules rules = Rules::Numpy) {
  raise(ExcKind::IndexError, "index " + std::to_string(index) + " is out of bounds for " +
                                 (rules == Rules::Torch ? "dimension " : "axis ") +
                                 std::to_string(axis) + " with size " + std::to_string(size));
}

// Python's slice.indices(): start, count and step over a dimension of `size`.
struct SliceRange {
  int64_t start, count, step;
};

SliceRange resolve_slice(const Slice& slice, int64_t size) {
  const int64_t step = slice.step.value_or(1);
  if (step == 0) raise(ExcKind::ValueError, "slice step cannot be zero");
  const int64_t lower = step < 0 ? -1 : 0;
  const int64_t upper = step < 0 ? size - 1 : size;
  auto clamp = [&](std::optional<int64_t> value, int64_t fallback) {
    if (!value) return fallback;
    int64_t v = *value;
    if (v < 0) v = std::max(v + size, lower);
    return std::min(v, upper);
  };
  const int64_t start = clamp(slice.start, step < 0 ? upper : lower);
  const int64_t stop = clamp(slice.stop, step < 0 ? lower : upper);
  int64_t count = 0;
  if (step > 0 && start < stop) count = (stop - start + step - 1) / step;
  if (step < 0 && stop < start) count = (start - stop - step - 1) / (-step);
  return {start, count, step};
}

// One integer-array index after a boolean mask is split into its nonzero positions.
struct Advanced {
  Array positions;         // integer array
  int64_t view_dim = 0;    // the view dimension it indexes
  int64_t source_dim = 0;  // the same dimension of the array indexed (for messages)
};

// The subscript applied up to its advanced indices: a view keeping the dimensions they
// index, the integer arrays (masks split into their nonzero positions, one per dimension),
// and where the broadcast index dimensions go in the result.
struct Plan {
  Array view;
  std::vector<Advanced> advanced;
  const Array* lone_mask = nullptr;  // the subscript's only advanced index, when a mask
  // numpy's rule: the index dimensions replace the indexed ones in place when every
  // advanced index (integers count) sits next to the others; else they go first.
  int64_t placement = 0;
  Rules rules = Rules::Numpy;
};

// A boolean mask over the view's dimensions [first, first + mask.ndim): one int64 array of
// positions per dimension, the true elements in C order (np.nonzero).
std::vector<Array> split_mask(const Array& mask, const Shape& view_shape, int64_t first,
                              int64_t source_first) {
  for (int64_t k = 0; k < mask.ndim(); ++k) {
    if (mask.shape()[k] != view_shape[first + k]) {
      raise(ExcKind::IndexError, "boolean index did not match indexed array along axis " +
                                     std::to_string(source_first + k) + "; size of axis is " +
                                     std::to_string(view_shape[first + k]) +
                                     " but size of corresponding boolean axis is " +
                                     std::to_string(mask.shape()[k]));
    }
  }
  if (mask.ndim() == 0) {
    const std::vector<int64_t> chosen(mask.element_as_int(0) != 0 ? 1 : 0, 0);
    return {from_values<int64_t>({static_cast<int64_t>(chosen.size())}, chosen)};
  }
  std::vector<std::vector<int64_t>> positions(static_cast<std::size_t>(mask.ndim()));
  for (int64_t flat = 0, n = mask.size(); flat < n; ++flat) {
    if (mask.element_as_int(flat) == 0) continue;
    int64_t rest = flat;
    for (int64_t k = mask.ndim(); k-- > 0;) {
      positions[k].push_back(rest % mask.shape()[k]);
      rest /= mask.shape()[k];
    }
  }
  std::vector<Array> out;
  out.reserve(positions.size());
  for (const std::vector<int64_t>& p : positions) {
    out.push_back(from_values<int64_t>({static_cast<int64_t>(p.size())}, p));
  }
  return out;
}

Plan plan(const Array& a, const Index& index, Rules rules) {
  int64_t consumed = 0, ellipses = 0, arrays = 0;
  for (const IndexItem& item : index) {
    consumed += dims_consumed(item);
    ellipses += std::holds_alternative<Ellipsis>(item);
    arrays += is_array(item);
  }
  if (ellipses > 1) raise(ExcKind::IndexError, "an index can only have a single ellipsis ('...')");
  if (consumed > a.ndim()) {
    raise(ExcKind::IndexError, "too many indices for array: array is " + std::to_string(a.ndim()) +
                                   "-dimensional, but " + std::to_string(consumed) +
                                   " were indexed");
  }
  // With an array index, numpy treats the integers as advanced indices too (torch does not).
  const bool integers_advanced = arrays > 0 && rules == Rules::Numpy;
  auto is_advanced = [&](const IndexItem& item) {
    return is_array(item) || (integers_advanced && std::holds_alternative<int64_t>(item));
  };
  bool adjacent = true;
  {
    int64_t first = -1, last = -1;
    for (std::size_t i = 0; i < index.size(); ++i) {
      if (!is_advanced(index[i])) continue;
      if (first < 0) first = static_cast<int64_t>(i);
      last = static_cast<int64_t>(i);
    }
    for (int64_t i = first; first >= 0 && i <= last; ++i)
      adjacent = adjacent && is_advanced(index[i]);
  }

  Plan result;
  result.rules = rules;
  Shape shape, strides;
  std::vector<std::pair<const Array*, int64_t>> arrays_at;  // (array, its first view dim)
  std::vector<int64_t> source_of;                           // each view dim's input dim
  int64_t offset = a.offset();
  int64_t dim = 0;  // the input dimension the next item applies to
  bool placed = false;
  for (const IndexItem& item : index) {
    if (is_advanced(item) && !placed) {
      result.placement = adjacent ? static_cast<int64_t>(shape.size()) : 0;
      placed = true;
    }
    if (const int64_t* position = std::get_if<int64_t>(&item)) {
      const int64_t size = a.shape()[dim];
      const int64_t at = *position < 0 ? *position + size : *position;
      if (at < 0 || at >= size) raise_out_of_bounds(*position, dim, size, rules);
      offset += at * a.strides()[dim];
      ++dim;
    } else if (const Slice* slice = std::get_if<Slice>(&item)) {
      const SliceRange range = resolve_slice(*slice, a.shape()[dim]);
      offset += range.start * a.strides()[dim];
      shape.push_back(range.count);
      strides.push_back(range.step * a.strides()[dim]);
      source_of.push_back(dim);
      ++dim;
    } else if (std::holds_alternative<NewAxis>(item)) {
      shape.push_back(1);
      strides.push_back(0);
      source_of.push_back(dim);
    } else if (std::holds_alternative<Ellipsis>(item)) {
      for (int64_t rest = a.ndim() - consumed; rest > 0; --rest, ++dim) {
        shape.push_back(a.shape()[dim]);
        strides.push_back(a.strides()[dim]);
        source_of.push_back(dim);
      }
    } else {
      const Array& array = std::get<Array>(item);
      arrays_at.emplace_back(&array, static_cast<int64_t>(shape.size()));
      if (array.dtype() == DType::Bool && array.ndim() == 0) {
        // a[True] / a[False]: a new axis of length 1 indexed by the positions [0] or [].
        shape.push_back(1);
        strides.push_back(0);
        source_of.push_back(dim);
      }
      for (int64_t k = dims_consumed(item); k > 0; --k, ++dim) {
        shape.push_back(a.shape()[dim]);
        strides.push_back(a.strides()[dim]);
        source_of.push_back(dim);
      }
    }
  }
  for (; dim < a.ndim(); ++dim) {  // dimensions no item named are taken whole
    shape.push_back(a.shape()[dim]);
    strides.push_back(a.strides()[dim]);
    source_of.push_back(dim);
  }
  for (const auto& [array, first] : arrays_at) {
    if (array->dtype() != DType::Bool) {
      if (!is_integer(array->dtype())) {
        raise(ExcKind::IndexError, "arrays used as indices must be of integer (or boolean) type");
      }
      result.advanced.push_back({*array, first, source_of[first]});
      continue;
    }
    const std::vector<Array> split = split_mask(*array, shape, first, source_of[first]);
    for (std::size_t k = 0; k < split.size(); ++k) {
      const int64_t at = first + static_cast<int64_t>(k);
      result.advanced.push_back({split[k], at, source_of[at]});
    }
  }
  if (arrays_at.size() == 1 && arrays_at[0].first->dtype() == DType::Bool &&
      std::none_of(index.begin(), index.end(),
                   [](const IndexItem& item) { return std::holds_alternative<int64_t>(item); })) {
    result.lone_mask = arrays_at[0].first;
  }
  result.view = Array(a.storage(), a.dtype(), std::move(shape), std::move(strides), offset);
  return result;
}

// `shape` widened to take `other` by broadcasting; false when they do not broadcast.
bool broadcast_into(Shape& shape, const Shape& other) {
  if (other.size() > shape.size()) shape.insert(shape.begin(), other.size() - shape.size(), 1);
  for (std::size_t d = 0; d < other.size(); ++d) {
    int64_t& extent = shape[shape.size() - other.size() + d];
    if (other[d] == extent || other[d] == 1) continue;
    if (extent != 1) return false;
    extent = other[d];
  }
  return true;
}

// The advanced indices broadcast together, turned into element offsets within the view's
// indexed dimensions, in the broadcast shape's C order.
struct Selection {
  std::vector<int64_t> offsets;
  Shape shape;
};

Selection select(const Plan& plan) {
  const Array& view = plan.view;
  Shape shape;
  bool fits = true;
  for (const Advanced& index : plan.advanced)
    fits = fits && broadcast_into(shape, index.positions.shape());
  const bool torch = plan.rules == Rules::Torch;
  if (!fits) {
    std::string shapes;
    for (const Advanced& index : plan.advanced) {
      if (torch && !shapes.empty()) shapes += ", ";
      shapes += torch ? torch_shape_str(index.positions.shape())
                      : shape_str(index.positions.shape()) + " ";
    }
    raise(ExcKind::IndexError, std::string("shape mismatch: indexing ") +
                                   (torch ? "tensors" : "arrays") +
                                   " could not be broadcast together with shapes " + shapes);
  }
  Selection selection{std::vector<int64_t>(static_cast<std::size_t>(checked_size(shape)), 0),
                      shape};
  for (std::size_t k = 0; k < plan.advanced.size(); ++k) {
    const Advanced& index = plan.advanced[k];
    // torch numbers the dimension among the tensor indices.
    const int64_t named_dim = torch ? static_cast<int64_t>(k) : index.source_dim;
    const Array positions = broadcast_to(index.positions, shape);
    const int64_t size = view.shape()[index.view_dim];
    const int64_t stride = view.strides()[index.view_dim];
    for (int64_t flat = 0, n = positions.size(); flat < n; ++flat) {
      const int64_t position = positions.element_as_int(flat);
      const int64_t at = position < 0 ? position + size : position;
      if (at < 0 || at >= size) raise_out_of_bounds(position, named_dim, size, plan.rules);
      selection.offsets[flat] += at * stride;
    }
  }
  return selection;
}

// The view with the indexed dimensions removed (each selected element adds its offset),
// and the result shape: the selection's dimensions at the plan's placement.
struct Layout {
  Array rest;
  Shape result;
};

Layout layout(const Plan& plan, const Selection& selection) {
  const Array& view = plan.view;
  Shape shape, strides;
  for (int64_t d = 0; d < view.ndim(); ++d) {
    const bool indexed = std::any_of(plan.advanced.begin(), plan.advanced.end(),
                                     [&](const Advanced& index) { return index.view_dim == d; });
    if (indexed) continue;
    shape.push_back(view.shape()[d]);
    strides.push_back(view.strides()[d]);
  }
  Layout out{Array(view.storage(), view.dtype(), shape, strides, view.offset()), shape};
  out.result.insert(out.result.begin() + plan.placement, selection.shape.begin(),
                    selection.shape.end());
  return out;
}

// Offsets (in elements, C order) of every element of dimensions [from, to) of `a`.
std::vector<int64_t> element_offsets(const Array& a, std::size_t from, std::size_t to) {
  std::vector<int64_t> offsets{0};
  for (std::size_t d = from; d < to; ++d) {
    std::vector<int64_t> next;
    next.reserve(offsets.size() * static_cast<std::size_t>(a.shape()[d]));
    for (int64_t base : offsets) {
      for (int64_t i = 0; i < a.shape()[d]; ++i) next.push_back(base + i * a.strides()[d]);
    }
    offsets = std::move(next);
  }
  return offsets;
}

// The element offsets of `rest` before the selection's place and after it: the element for
// (before, selected position, after) is at before + selected + after.
struct SplitOffsets {
  std::vector<int64_t> before, after;
};

SplitOffsets split_offsets(const Array& rest, int64_t placement) {
  const auto at = static_cast<std::size_t>(placement);
  return {element_offsets(rest, 0, at), element_offsets(rest, at, rest.shape().size())};
}

}  // namespace

Array getitem(const Array& a, const Index& index, Rules rules) {
  const Plan p = plan(a, index, rules);
  if (p.advanced.empty() && p.lone_mask == nullptr) return p.view;
  const Selection selection = select(p);
  const Layout l = layout(p, selection);
  Array out(a.dtype(), l.result);
  const SplitOffsets offsets = split_offsets(l.rest, p.placement);
  visit_dtype(a.dtype(), [&]<typename T>() {
    const T* base = l.rest.data<T>();
    T* o = out.data<T>();
    for (int64_t before : offsets.before) {
      for (int64_t at : selection.offsets) {
        for (int64_t after : offsets.after) *o++ = base[before + at + after];
      }
    }
  });
  return out;
}

bool broadcasts_to(const Shape& from, const Shape& shape) {
  bool fits = from.size() <= shape.size();
  for (std::size_t d = 0; fits && d < from.size(); ++d) {
    const int64_t extent = from[from.size() - 1 - d];
    fits = extent == 1 || extent == shape[shape.size() - 1 - d];
  }
  return fits;
}

// `value` broadcast to `shape`, or numpy's ValueError for an assignment that cannot be.
Array broadcast_value(const Array& value, const Shape& shape) {
  if (!broadcasts_to(value.shape(), shape)) {
    raise(ExcKind::ValueError, "could not broadcast input array from shape " +
                                   shape_str(value.shape()) + " into shape " + shape_str(shape));
  }
  return broadcast_to(value, shape);
}

// numpy's own words for `a[mask] = values` with a mask over all of a's dimensions and a
// 1-d `values` of neither the selection's length nor 1.
void check_mask_assignment(const Plan& p, const Selection& selection, const Array& value) {
  if (p.lone_mask == nullptr || p.lone_mask->ndim() != p.view.ndim()) return;
  const int64_t count = selection.shape.empty() ? 1 : selection.shape[0];
  if (value.ndim() == 1 && value.size() != count && value.size() != 1) {
    raise(ExcKind::ValueError, "NumPy boolean array indexing assignment cannot assign " +
                                   std::to_string(value.size()) + " input values to the " +
                                   std::to_string(count) + " output values where the mask is true");
  }
}

void setitem(const Array& a, const Index& index, const Array& value, Rules rules) {
  const Plan p = plan(a, index, rules);
  if (p.advanced.empty() && p.lone_mask == nullptr) {
    assign(p.view, broadcast_value(value, p.view.shape()));
    return;
  }
  const Selection selection = select(p);
  check_mask_assignment(p, selection, value);
  const Layout l = layout(p, selection);
  if (!broadcasts_to(value.shape(), l.result) && rules == Rules::Torch) {
    raise(ExcKind::RuntimeError,
          "shape mismatch: value tensor of shape " + torch_shape_str(value.shape()) +
              " cannot be broadcast to indexing result of shape " + torch_shape_str(l.result));
  }
  if (!broadcasts_to(value.shape(), l.result)) {
    raise(ExcKind::ValueError, "shape mismatch: value array of shape " + shape_str(value.shape()) +
                                   " could not be broadcast to indexing result of shape " +
                                   shape_str(l.result));
  }
  Array source = broadcast_to(value, l.result);
  // Values that alias the destination are read from a copy first.
  if (source.shares_memory_with(a)) source = copy(source);
  const Array values = contiguous(as_dtype(source, a.dtype()));  // in the result's C order
  const SplitOffsets offsets = split_offsets(l.rest, p.placement);
  visit_dtype(a.dtype(), [&]<typename T>() {
    T* base = l.rest.data<T>();
    const T* v = values.data<T>();
    for (int64_t before : offsets.before) {
      for (int64_t at : selection.offsets) {
        for (int64_t after : offsets.after) base[before + at + after] = *v++;
      }
    }
  });
}

Array take(const Array& a, const Array& indices, std::optional<int64_t> axis) {
  if (!axis) return getitem(reshape(a, {-1}), {indices});
  Index index(normalize_axis(*axis, a.ndim()), Slice{});
  index.push_back(indices);
  return getitem(a, index);
}

Array gather(const Array& a, int64_t dim, const Array& index) {
  const int64_t d = normalize_axis(dim, std::max<int64_t>(a.ndim(), 1));
  if (index.dtype() != DType::Int64) {
    raise(ExcKind::RuntimeError, "gather(): Expected dtype int64 for index");
  }
  if (index.ndim() != a.ndim()) {
    raise(ExcKind::RuntimeError,
          "Index tensor must have the same number of dimensions as input tensor");
  }
  for (int64_t k = 0; k < a.ndim(); ++k) {
    if (k != d && index.shape()[k] > a.shape()[k]) {
      raise(ExcKind::RuntimeError, "Size does not match at dimension " + std::to_string(k) +
                                       " expected index " + torch_shape_str(index.shape()) +
                                       " to be no larger than self " + torch_shape_str(a.shape()) +
                                       " apart from dimension " + std::to_string(d));
    }
  }
  Array out(a.dtype(), index.shape());
  const int64_t size = a.ndim() == 0 ? 1 : a.shape()[d];
  visit_dtype(a.dtype(), [&]<typename T>() {
    T* o = out.data<T>();
    for (int64_t flat = 0, n = index.size(); flat < n; ++flat) {
      const int64_t position = index.element_as_int(flat);
      if (position < -size || position >= size) {
        raise(ExcKind::RuntimeError, "index " + std::to_string(position) +
                                         " is out of bounds for dimension " + std::to_string(d) +
                                         " with size " + std::to_string(size));
      }
      // The source element: index's coordinates, with `position` along dim.
      int64_t rest = flat, at = a.offset();
      for (int64_t k = index.ndim(); k-- > 0;) {
        const int64_t coordinate = rest % index.shape()[k];
        rest /= index.shape()[k];
        at += (k == d ? (position < 0 ? position + size : position) : coordinate) * a.strides()[k];
      }
      o[flat] = reinterpret_cast<const T*>(a.storage()->data())[at];
    }
  });
  return out;
}

Array take_along_axis(const Array& a, const Array& indices, int64_t axis) {
  const int64_t d = normalize_axis(axis, a.ndim());
  if (indices.ndim() != a.ndim()) {
    raise(ExcKind::ValueError, "`indices` and `arr` must have the same number of dimensions");
  }
  if (!is_integer(indices.dtype())) {
    raise(ExcKind::IndexError, "`indices` must be an integer array");
  }
  // Broadcast indices and a against each other in every dimension but `axis`.
  Shape a_shape = a.shape(), i_shape = indices.shape();
  a_shape[d] = 1;
  i_shape[d] = 1;
  Shape common = broadcast_shapes(a_shape, i_shape);
  Shape index_target = common, source_target = common;
  index_target[d] = indices.shape()[d];
  source_target[d] = a.shape()[d];
  const Array source = broadcast_to(a, source_target);
  const Array index = as_dtype(broadcast_to(indices, index_target), DType::Int64);
  for (int64_t flat = 0, n = index.size(); flat < n; ++flat) {
    const int64_t position = index.element_as_int(flat);
    if (position < -a.shape()[d] || position >= a.shape()[d]) {
      raise_out_of_bounds(position, d, a.shape()[d]);
    }
  }
  return gather(source, d, index);
}

}  // namespace ingot::rt::tensor
