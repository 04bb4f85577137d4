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

[[noreturn]] void raise_out_of_bounds(int64_t index, int64_t axis, int64_t size) {
  raise(ExcKind::IndexError, "index " + std::to_string(index) + " is out of bounds for axis " +
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

// The subscript applied up to its one advanced index: a view, and where that index goes.
struct Plan {
  Array view;
  int64_t advanced_dim = -1;  // the view's first dimension the array index applies to
  int64_t placement = -1;     // where its result dimensions go in the result
  const Array* advanced = nullptr;
};

Plan plan(const Array& a, const Index& index) {
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
  if (arrays > 1) {
    raise(ExcKind::IndexError,
          "ingot supports one integer-array or boolean index per subscript (fancy indexing on "
          "one axis); this subscript has " +
              std::to_string(arrays));
  }
  // With an array index, numpy treats the integers as advanced indices too: the result
  // dimensions stay in place only when all of them sit next to each other.
  bool adjacent = true;
  if (arrays == 1) {
    int64_t first = -1, last = -1;
    for (std::size_t i = 0; i < index.size(); ++i) {
      if (is_array(index[i]) || std::holds_alternative<int64_t>(index[i])) {
        if (first < 0) first = static_cast<int64_t>(i);
        last = static_cast<int64_t>(i);
      }
    }
    for (int64_t i = first; i <= last; ++i) {
      adjacent = adjacent && (is_array(index[i]) || std::holds_alternative<int64_t>(index[i]));
    }
  }

  Plan result;
  Shape shape, strides;
  int64_t offset = a.offset();
  int64_t dim = 0;  // the input dimension the next item applies to
  for (const IndexItem& item : index) {
    if (const int64_t* position = std::get_if<int64_t>(&item)) {
      const int64_t size = a.shape()[dim];
      const int64_t at = *position < 0 ? *position + size : *position;
      if (at < 0 || at >= size) raise_out_of_bounds(*position, dim, size);
      offset += at * a.strides()[dim];
      ++dim;
    } else if (const Slice* slice = std::get_if<Slice>(&item)) {
      const SliceRange range = resolve_slice(*slice, a.shape()[dim]);
      offset += range.start * a.strides()[dim];
      shape.push_back(range.count);
      strides.push_back(range.step * a.strides()[dim]);
      ++dim;
    } else if (std::holds_alternative<NewAxis>(item)) {
      shape.push_back(1);
      strides.push_back(0);
    } else if (std::holds_alternative<Ellipsis>(item)) {
      for (int64_t rest = a.ndim() - consumed; rest > 0; --rest, ++dim) {
        shape.push_back(a.shape()[dim]);
        strides.push_back(a.strides()[dim]);
      }
    } else {
      result.advanced = &std::get<Array>(item);
      result.advanced_dim = static_cast<int64_t>(shape.size());
      result.placement = adjacent ? result.advanced_dim : 0;
      for (int64_t k = dims_consumed(item); k > 0; --k, ++dim) {
        shape.push_back(a.shape()[dim]);
        strides.push_back(a.strides()[dim]);
      }
    }
  }
  for (; dim < a.ndim(); ++dim) {  // dimensions no item named are taken whole
    shape.push_back(a.shape()[dim]);
    strides.push_back(a.strides()[dim]);
  }
  result.view = Array(a.storage(), a.dtype(), std::move(shape), std::move(strides), offset);
  return result;
}

// The advanced index turned into element offsets within the view's indexed dimensions,
// shaped as the result dimensions it produces.
struct Selection {
  std::vector<int64_t> offsets;
  Shape shape;
  int64_t dims = 1;  // view dimensions it replaces
};

Selection select(const Plan& plan) {
  const Array& index = *plan.advanced;
  const Array& view = plan.view;
  const int64_t first = plan.advanced_dim;
  Selection selection;
  if (index.dtype() == DType::Bool) {
    selection.dims = index.ndim();
    for (int64_t k = 0; k < index.ndim(); ++k) {
      if (index.shape()[k] != view.shape()[first + k]) {
        raise(ExcKind::IndexError,
              "boolean index did not match indexed array along axis " + std::to_string(first + k) +
                  "; size of axis is " + std::to_string(view.shape()[first + k]) +
                  " but size of corresponding boolean axis is " + std::to_string(index.shape()[k]));
      }
    }
    for (int64_t flat = 0, n = index.size(); flat < n; ++flat) {
      if (index.element_as_int(flat) == 0) continue;
      int64_t rest = flat, at = 0;
      for (int64_t k = index.ndim(); k-- > 0;) {
        at += (rest % index.shape()[k]) * view.strides()[first + k];
        rest /= index.shape()[k];
      }
      selection.offsets.push_back(at);
    }
    selection.shape = {static_cast<int64_t>(selection.offsets.size())};
    return selection;
  }
  if (!is_integer(index.dtype())) {
    raise(ExcKind::IndexError, "arrays used as indices must be of integer (or boolean) type");
  }
  const int64_t size = view.shape()[first];
  selection.shape = index.shape();
  for (int64_t flat = 0, n = index.size(); flat < n; ++flat) {
    const int64_t position = index.element_as_int(flat);
    const int64_t at = position < 0 ? position + size : position;
    if (at < 0 || at >= size) raise_out_of_bounds(position, first, size);
    selection.offsets.push_back(at * view.strides()[first]);
  }
  return selection;
}

// The view with the selected dimensions removed (each selected element adds its offset),
// and the result shape with the selection's dimensions in place.
struct Layout {
  Array rest;      // view without the indexed dimensions
  Shape in_place;  // result shape, selection dimensions where the index was
};

Layout layout(const Plan& plan, const Selection& selection) {
  const Array& view = plan.view;
  const int64_t first = plan.advanced_dim;
  Shape shape(view.shape().begin(), view.shape().begin() + first);
  Shape strides(view.strides().begin(), view.strides().begin() + first);
  shape.insert(shape.end(), view.shape().begin() + first + selection.dims, view.shape().end());
  strides.insert(strides.end(), view.strides().begin() + first + selection.dims,
                 view.strides().end());
  Layout out{Array(view.storage(), view.dtype(), shape, strides, view.offset()), {}};
  out.in_place.assign(view.shape().begin(), view.shape().begin() + first);
  out.in_place.insert(out.in_place.end(), selection.shape.begin(), selection.shape.end());
  out.in_place.insert(out.in_place.end(), view.shape().begin() + first + selection.dims,
                      view.shape().end());
  return out;
}

// The order that moves the selection's dimensions from `first` to the front.
Shape to_front(int64_t ndim, int64_t first, int64_t count) {
  Shape order;
  for (int64_t d = first; d < first + count; ++d) order.push_back(d);
  for (int64_t d = 0; d < ndim; ++d) {
    if (d < first || d >= first + count) order.push_back(d);
  }
  return order;
}

Shape inverse(const Shape& order) {
  Shape back(order.size());
  for (std::size_t i = 0; i < order.size(); ++i) back[order[i]] = static_cast<int64_t>(i);
  return back;
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

// The element offsets of `rest` before the selection's place (`first`) and after it: the
// element for (before, selected position, after) is at before + selected + after.
struct SplitOffsets {
  std::vector<int64_t> before, after;
};

SplitOffsets split_offsets(const Array& rest, int64_t first) {
  const auto at = static_cast<std::size_t>(first);
  return {element_offsets(rest, 0, at), element_offsets(rest, at, rest.shape().size())};
}

}  // namespace

Array getitem(const Array& a, const Index& index) {
  const Plan p = plan(a, index);
  if (p.advanced == nullptr) return p.view;
  const Selection selection = select(p);
  const Layout l = layout(p, selection);
  const int64_t first = p.advanced_dim;
  Array out(a.dtype(), l.in_place);
  const SplitOffsets offsets = split_offsets(l.rest, first);
  visit_dtype(a.dtype(), [&]<typename T>() {
    const T* base = l.rest.data<T>();
    T* o = out.data<T>();
    for (int64_t before : offsets.before) {
      for (int64_t at : selection.offsets) {
        for (int64_t after : offsets.after) *o++ = base[before + at + after];
      }
    }
  });
  if (p.placement == first) return out;
  return transpose(out, to_front(out.ndim(), first, static_cast<int64_t>(selection.shape.size())));
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
  if (p.advanced->dtype() != DType::Bool || p.advanced->ndim() != p.view.ndim()) return;
  const int64_t count = selection.shape.empty() ? 1 : selection.shape[0];
  if (value.ndim() == 1 && value.size() != count && value.size() != 1) {
    raise(ExcKind::ValueError, "NumPy boolean array indexing assignment cannot assign " +
                                   std::to_string(value.size()) + " input values to the " +
                                   std::to_string(count) + " output values where the mask is true");
  }
}

void setitem(const Array& a, const Index& index, const Array& value) {
  const Plan p = plan(a, index);
  if (p.advanced == nullptr) {
    assign(p.view, broadcast_value(value, p.view.shape()));
    return;
  }
  const Selection selection = select(p);
  check_mask_assignment(p, selection, value);
  const Layout l = layout(p, selection);
  const int64_t first = p.advanced_dim;
  const int64_t selection_dims = static_cast<int64_t>(selection.shape.size());
  // The value as the result of a[index] is shaped, read back in the in-place order.
  // The shape a[index] has: the selection's dimensions where numpy places them.
  const Shape order = p.placement == first ? Shape{}
                                           : to_front(static_cast<int64_t>(l.in_place.size()),
                                                      first, selection_dims);
  Shape result_shape = l.in_place;
  if (!order.empty()) {
    result_shape.clear();
    for (int64_t d : order) result_shape.push_back(l.in_place[d]);
  }
  if (!broadcasts_to(value.shape(), result_shape)) {
    raise(ExcKind::ValueError, "shape mismatch: value array of shape " + shape_str(value.shape()) +
                                   " could not be broadcast to indexing result of shape " +
                                   shape_str(result_shape));
  }
  Array source;
  if (order.empty()) {
    source = broadcast_value(value, l.in_place);
  } else {
    source = transpose(broadcast_value(value, result_shape), inverse(order));
  }
  // Values that alias the destination are read from a copy first.
  if (source.shares_memory_with(a)) source = copy(source);
  const Array values = contiguous(as_dtype(source, a.dtype()));  // in the result's C order
  const SplitOffsets offsets = split_offsets(l.rest, first);
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
