#include "runtime/tensor/pad.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "runtime/core/errors.h"
#include "runtime/tensor/elementwise.h"
#include "runtime/tensor/index.h"
#include "runtime/tensor/reduce.h"
#include "runtime/tensor/shape.h"
#include "runtime/tensor/stats.h"

namespace ingot::rt::tensor {

namespace {

// The non-negative remainder of i / period.
int64_t wrapped(int64_t i, int64_t period) {
  const int64_t r = i % period;
  return r < 0 ? r + period : r;
}

// The input position the element at position i (counted from the input's first element)
// copies, for an axis of n > 0 elements.
int64_t source_position(int64_t i, int64_t n, PadMode mode) {
  switch (mode) {
    case PadMode::Edge:
      return std::clamp<int64_t>(i, 0, n - 1);
    case PadMode::Reflect: {
      if (n == 1) return 0;  // numpy's legacy behaviour: a single element is repeated
      const int64_t period = 2 * (n - 1);
      const int64_t j = wrapped(i, period);
      return j < n ? j : period - j;
    }
    case PadMode::Symmetric: {
      const int64_t j = wrapped(i, 2 * n);
      return j < n ? j : 2 * n - 1 - j;
    }
    case PadMode::Wrap:
      return wrapped(i, n);
  }
  return 0;
}

int64_t padded_extent(int64_t n, const PadWidth& w) { return n + w.before + w.after; }

Shape padded_shape(Shape shape, const std::vector<PadWidth>& widths) {
  for (size_t d = 0; d < widths.size(); ++d) shape[d] = padded_extent(shape[d], widths[d]);
  return shape;
}

}  // namespace

Array pad_mapped(const Array& a, const std::vector<PadWidth>& widths, PadMode mode) {
  Array out = a;
  for (size_t d = 0; d < widths.size(); ++d) {
    const PadWidth& w = widths[d];
    if (w.before == 0 && w.after == 0) continue;
    const int64_t n = a.shape()[d];
    const int64_t extent = padded_extent(n, w);
    if (n == 0) return zeros(padded_shape(a.shape(), widths), a.dtype());  // nothing to copy
    Array positions(DType::Int64, {extent});
    int64_t* p = positions.data<int64_t>();
    for (int64_t i = 0; i < extent; ++i) p[i] = source_position(i - w.before, n, mode);
    out = take(out, positions, static_cast<int64_t>(d));
  }
  return out.shares_memory_with(a) ? copy(a) : out;
}

Array pad_constant(const Array& a, const std::vector<PadWidth>& widths,
                   const std::vector<std::pair<Array, Array>>& values) {
  const Shape shape = padded_shape(a.shape(), widths);
  Array out(a.dtype(), shape);
  // The borders, axis by axis across the whole result: a later axis overwrites the corners.
  for (size_t d = 0; d < widths.size(); ++d) {
    const auto axis = static_cast<int64_t>(d);
    if (widths[d].before > 0) assign(narrow(out, axis, 0, widths[d].before), values[d].first);
    if (widths[d].after > 0) {
      assign(narrow(out, axis, shape[d] - widths[d].after, widths[d].after), values[d].second);
    }
  }
  // The input (less what negative widths crop) in the middle.
  Array inner = out, kept = a;
  for (size_t d = 0; d < widths.size(); ++d) {
    const auto axis = static_cast<int64_t>(d);
    const int64_t before = std::max<int64_t>(widths[d].before, 0);
    const int64_t after = std::max<int64_t>(widths[d].after, 0);
    const int64_t length = std::max<int64_t>(shape[d] - before - after, 0);
    inner = narrow(inner, axis, before, length);
    kept = narrow(kept, axis, std::max<int64_t>(-widths[d].before, 0), length);
  }
  assign(inner, kept);
  return out;
}

// ---- np.pad ------------------------------------------------------------------------------------

namespace {

// np.pad's first step: `a` in the middle of an array grown by `widths`, the borders not yet
// written (zeros here).
Array with_room(const Array& a, const std::vector<PadWidth>& widths) {
  Array out = zeros(padded_shape(a.shape(), widths), a.dtype());
  Array middle = out;
  for (size_t d = 0; d < widths.size(); ++d) {
    middle = narrow(middle, static_cast<int64_t>(d), widths[d].before, a.shape()[d]);
  }
  assign(middle, a);
  return out;
}

// What np.pad fills axis d's borders from, and into: every element along the axes up to d
// (the earlier ones padded already), and only the input's span of the later ones, whose
// borders come after. So corners take the value the last axis gives them, as in numpy.
Array axis_region(const Array& out, const Array& a, const std::vector<PadWidth>& widths, size_t d) {
  Array region = out;
  for (size_t e = d + 1; e < widths.size(); ++e) {
    region = narrow(region, static_cast<int64_t>(e), widths[e].before, a.shape()[e]);
  }
  return region;
}

// Writes axis d's two borders of `region`, broadcasting `before` and `after` into them.
void fill_borders(const Array& region, int64_t axis, const PadWidth& w, const Array& before,
                  const Array& after) {
  if (w.before > 0) assign(narrow(region, axis, 0, w.before), before);
  if (w.after > 0) assign(narrow(region, axis, region.shape()[axis] - w.after, w.after), after);
}

enum class PadStatistic { Maximum, Mean, Median, Minimum };

// numpy's statistic of `chunk` along `axis`, kept as a length-1 axis. Where the padded array
// holds integers, a float statistic is rounded half to even first (np.pad's
// _round_if_needed), so the assignment's truncation keeps a whole number.
Array statistic(PadStatistic stat, const Array& chunk, int64_t axis, DType padded) {
  const Axes axes = std::vector<int64_t>{axis};
  const ReduceOptions keep{.keepdims = true};
  Array value;
  switch (stat) {
    case PadStatistic::Maximum:
      value = reduce(ReduceOp::Max, chunk, axes, keep);
      break;
    case PadStatistic::Minimum:
      value = reduce(ReduceOp::Min, chunk, axes, keep);
      break;
    case PadStatistic::Mean:
      value = reduce(ReduceOp::Mean, chunk, axes, keep);
      break;
    case PadStatistic::Median:
      value = numpy_median(chunk, axes, true);
      break;
  }
  return is_integer(padded) && is_float(value.dtype()) ? unary(UnaryOp::Round, value) : value;
}

// How many input elements a statistic reads at each end of an axis; None reads them all.
struct StatLength {
  static constexpr int64_t kWholeAxis = std::numeric_limits<int64_t>::max();
  int64_t before = kWholeAxis;
  int64_t after = kWholeAxis;
};

// np.pad's "maximum", "mean", "median" and "minimum": each border is the statistic of the
// `lengths` elements nearest it, axis after axis, so later axes read earlier borders.
Array pad_statistic(const Array& a, const std::vector<PadWidth>& widths,
                    const std::vector<StatLength>& lengths, PadStatistic stat) {
  Array out = with_room(a, widths);
  for (size_t d = 0; d < widths.size(); ++d) {
    const auto axis = static_cast<int64_t>(d);
    const Array region = axis_region(out, a, widths, d);
    const int64_t n = a.shape()[d], first = widths[d].before;
    const int64_t left = std::min(lengths[d].before, n), right = std::min(lengths[d].after, n);
    const bool needs_values = stat == PadStatistic::Maximum || stat == PadStatistic::Minimum;
    if (needs_values && (left == 0 || right == 0)) {
      raise(ExcKind::ValueError, "stat_length of 0 yields no value for padding");
    }
    const Array before = statistic(stat, narrow(region, axis, first, left), axis, a.dtype());
    const Array after =
        left == n && right == n
            ? before
            : statistic(stat, narrow(region, axis, first + n - right, right), axis, a.dtype());
    fill_borders(region, axis, widths[d], before, after);
  }
  return out;
}

// np.linspace(end, edge, width, endpoint=False, dtype=padded) along `axis`, as np.pad's
// linear_ramp calls it, or its reverse (`descending`) for the border after the input.
// `edge` is the input's end element, a length-1 axis. The steps are computed in the float
// type linspace chooses from the end value (a Python number when `weak_end`) and the edge.
Array ramp(const Array& end, bool weak_end, const Array& edge, int64_t width, bool descending,
           int64_t axis, DType padded) {
  Shape along(static_cast<size_t>(edge.ndim()), 1);
  along[static_cast<size_t>(axis)] = width;
  if (width == 0) return zeros(along, padded);
  const ScalarKind end_kind = end.dtype() == DType::Bool ? ScalarKind::Bool
                              : is_integer(end.dtype())  ? ScalarKind::Int
                                                         : ScalarKind::Float;
  DType type = weak_end ? promote_scalar(edge.dtype(), end_kind, Rules::Numpy)
                        : promote(end.dtype(), edge.dtype(), Rules::Numpy);
  if (!is_float(type)) type = DType::Float64;
  const Array positions = reshape(descending ? arange(static_cast<double>(width - 1), -1, -1, type)
                                             : arange(0, static_cast<double>(width), 1, type),
                                  along);
  Array y = linspace_between(end, edge, positions, width, type);
  if (is_integer(padded)) y = unary(UnaryOp::Floor, y);
  return astype(y, padded);
}

// np.pad's "linear_ramp": each border runs linearly from its end value to the input's end
// element, axis after axis.
Array pad_linear_ramp(const Array& a, const std::vector<PadWidth>& widths,
                      const std::vector<std::pair<Array, Array>>& ends, bool weak_ends) {
  Array out = with_room(a, widths);
  for (size_t d = 0; d < widths.size(); ++d) {
    const auto axis = static_cast<int64_t>(d);
    const PadWidth& w = widths[d];
    const Array region = axis_region(out, a, widths, d);
    const int64_t n = a.shape()[d];
    const Array first = narrow(region, axis, w.before, 1);
    const Array last = narrow(region, axis, w.before + n - 1, 1);
    const Array before = ramp(ends[d].first, weak_ends, first, w.before, false, axis, a.dtype());
    const Array after = ramp(ends[d].second, weak_ends, last, w.after, true, axis, a.dtype());
    fill_borders(region, axis, w, before, after);
  }
  return out;
}

// numpy's _as_pairs: `x` broadcast to (ndim, 2), each pair as two 0-d arrays. `listed`
// tells whether numpy took the general path, which hands the values on as Python numbers
// (the one- and two-value paths hand on numpy scalars, which cast differently).
std::vector<std::pair<Array, Array>> as_pairs(const Array& x, int64_t ndim, bool as_index,
                                              bool& listed) {
  auto element = [](const Array& flat, int64_t i) { return reshape(narrow(flat, 0, i, 1), {}); };
  auto negative = [](const Array& v) { return v.element_as_int(0) < 0; };
  auto index_error = [] { raise(ExcKind::ValueError, "index can't contain negative values"); };
  const Array flat = reshape(contiguous(x), {-1});
  listed = false;
  if (x.ndim() < 3) {
    if (x.size() == 1) {
      const Array v = element(flat, 0);
      if (as_index && negative(v)) index_error();
      return std::vector<std::pair<Array, Array>>(static_cast<size_t>(ndim), {v, v});
    }
    if (x.size() == 2 && x.shape() != Shape{2, 1}) {
      const Array before = element(flat, 0), after = element(flat, 1);
      if (as_index && (negative(before) || negative(after))) index_error();
      return std::vector<std::pair<Array, Array>>(static_cast<size_t>(ndim), {before, after});
    }
  }
  if (as_index) {
    if (x.size() == 0) {
      raise(ExcKind::ValueError,
            "zero-size array to reduction operation minimum which has no identity");
    }
    for (int64_t i = 0; i < flat.size(); ++i) {
      if (flat.element_as_int(i) < 0) index_error();
    }
  }
  const Array pairs = contiguous(broadcast_to(x, {ndim, 2}));
  const Array all = reshape(pairs, {-1});
  listed = true;
  std::vector<std::pair<Array, Array>> out;
  for (int64_t d = 0; d < ndim; ++d) out.emplace_back(element(all, 2 * d), element(all, 2 * d + 1));
  return out;
}

// A constant of np.pad's constant_values stored into an array of `dtype`, as numpy's
// assignment converts it: a float into integers truncates (NaN and infinity refused), a
// numpy integer scalar wraps, a Python integer (`listed`) must fit.
Array numpy_fill(const Array& value, DType dtype, bool listed) {
  if (is_integer(dtype) && is_float(value.dtype())) {
    const double v = value.element_as_double(0);
    if (std::isnan(v)) raise(ExcKind::ValueError, "cannot convert float NaN to integer");
    if (std::isinf(v)) raise(ExcKind::OverflowError, "cannot convert float infinity to integer");
  }
  if (listed && is_integer(dtype) && is_integer(value.dtype())) {
    return scalar_operand(Scalar::from_int(value.element_as_int(0)), dtype, Rules::Numpy);
  }
  return astype(value, dtype);
}

// `a` with `axis` reversed (a view).
Array reversed_along(const Array& a, int64_t axis) {
  Index index(static_cast<size_t>(a.ndim()), Slice{});
  index[static_cast<size_t>(axis)] = Slice{std::nullopt, std::nullopt, -1};
  return getitem(a, index);
}

// One step of np.pad's reflect / symmetric with reflect_type="odd" along `axis` of `region`:
// as much of each border as the filled part of the axis can mirror (whole periods of the
// input only, as numpy limits it), turned about the edge element (2 * edge - value). What
// is left of the borders comes back; the next step mirrors the grown array, so a border
// wider than the input keeps rising or falling, as numpy's does.
PadWidth reflect_odd_step(const Array& region, int64_t axis, PadWidth left, int64_t period,
                          bool include_edge) {
  const int64_t extent = region.shape()[axis];
  const int64_t filled = extent - left.before - left.after;
  const int64_t mirrorable =
      include_edge ? filled / period * period : (filled - 1) / (period - 1) * (period - 1);
  const int64_t edge_offset = include_edge ? 1 : 0;
  auto turned = [](const Array& edge, const Array& values) {
    return binary(BinaryOp::Subtract, binary(BinaryOp::Multiply, Scalar::from_int(2), edge),
                  values);
  };
  if (left.before > 0) {
    const int64_t length = std::min(mirrorable, left.before);
    const int64_t first = left.before - edge_offset + 1;
    const Array mirrored = reversed_along(narrow(region, axis, first, length), axis);
    const Array edge = narrow(region, axis, left.before, 1);
    assign(narrow(region, axis, left.before - length, length), turned(edge, mirrored));
    left.before -= length;
  }
  if (left.after > 0) {
    const int64_t length = std::min(mirrorable, left.after);
    const int64_t last = extent - left.after + edge_offset - 2;
    const Array mirrored = reversed_along(narrow(region, axis, last - length + 1, length), axis);
    const Array edge = narrow(region, axis, extent - left.after - 1, 1);
    assign(narrow(region, axis, extent - left.after, length), turned(edge, mirrored));
    left.after -= length;
  }
  return left;
}

// np.pad's reflect (`include_edge` false) or symmetric with reflect_type="odd".
Array pad_odd_reflection(const Array& a, const std::vector<PadWidth>& widths, bool include_edge) {
  Array out = with_room(a, widths);
  for (size_t d = 0; d < widths.size(); ++d) {
    const auto axis = static_cast<int64_t>(d);
    const Array region = axis_region(out, a, widths, d);
    const int64_t n = a.shape()[d];
    if (n == 1) {
      // numpy's legacy rule for a single element: it is repeated, not reflected.
      const Array edge = narrow(region, axis, widths[d].before, 1);
      fill_borders(region, axis, widths[d], edge, edge);
      continue;
    }
    PadWidth left = widths[d];
    while (left.before > 0 || left.after > 0) {
      left = reflect_odd_step(region, axis, left, n, include_edge);
    }
  }
  return out;
}

bool is_numpy_pad_mode(std::string_view mode) {
  static constexpr std::string_view kModes[] = {"constant",  "edge",   "wrap",        "reflect",
                                                "symmetric", "empty",  "linear_ramp", "maximum",
                                                "mean",      "median", "minimum"};
  return std::find(std::begin(kModes), std::end(kModes), mode) != std::end(kModes);
}

std::optional<PadStatistic> statistic_of(std::string_view mode) {
  if (mode == "maximum") return PadStatistic::Maximum;
  if (mode == "mean") return PadStatistic::Mean;
  if (mode == "median") return PadStatistic::Median;
  if (mode == "minimum") return PadStatistic::Minimum;
  return std::nullopt;
}

// numpy's refusal of a keyword the mode does not take.
void check_keywords(std::string_view mode, const NumpyPadKeywords& keywords) {
  std::string refused;
  auto refuse_unless = [&](const auto& given, bool taken, const char* name) {
    if (!given || taken) return;
    refused += (refused.empty() ? "'" : ", '") + std::string(name) + "'";
  };
  refuse_unless(keywords.constant_values, mode == "constant", "constant_values");
  refuse_unless(keywords.end_values, mode == "linear_ramp", "end_values");
  refuse_unless(keywords.stat_length, statistic_of(mode).has_value(), "stat_length");
  refuse_unless(keywords.reflect_type, mode == "reflect" || mode == "symmetric", "reflect_type");
  if (!refused.empty()) {
    raise(ExcKind::ValueError,
          "unsupported keyword arguments for mode '" + std::string(mode) + "': {" + refused + "}");
  }
}

// stat_length as numpy's _as_pairs(..., as_index=True) reads it: rounded half to even to
// whole numbers, none negative; absent, the whole axis.
std::vector<StatLength> stat_lengths(const std::optional<Array>& given, int64_t ndim) {
  std::vector<StatLength> lengths(static_cast<size_t>(ndim));
  if (!given) return lengths;
  const Array whole = is_float(given->dtype()) ? unary(UnaryOp::Round, *given) : *given;
  bool listed = false;
  size_t d = 0;
  for (const auto& [before, after] : as_pairs(astype(whole, DType::Int64), ndim, true, listed)) {
    lengths[d++] = {before.element_as_int(0), after.element_as_int(0)};
  }
  return lengths;
}

}  // namespace

Array numpy_pad(const Array& a, const Array& pad_width, std::string_view mode,
                const NumpyPadKeywords& keywords) {
  if (!is_integer(pad_width.dtype()) || pad_width.dtype() == DType::UInt8) {
    raise(ExcKind::TypeError, "`pad_width` must be of integral type.");
  }
  bool listed = false;
  std::vector<PadWidth> widths;
  for (const auto& [before, after] : as_pairs(pad_width, a.ndim(), true, listed)) {
    widths.push_back({before.element_as_int(0), after.element_as_int(0)});
  }
  if (!is_numpy_pad_mode(mode)) {
    raise(ExcKind::ValueError, "mode '" + std::string(mode) + "' is not supported");
  }
  check_keywords(mode, keywords);
  if (mode == "constant" || mode == "empty") {
    // np.pad's "empty" leaves the borders uninitialized; zeros keep results deterministic,
    // as np.empty gives here.
    const Array fill = keywords.constant_values.value_or(scalar_int(0, DType::Int64));
    std::vector<std::pair<Array, Array>> values;
    for (const auto& [before, after] : as_pairs(fill, a.ndim(), false, listed)) {
      values.emplace_back(numpy_fill(before, a.dtype(), listed),
                          numpy_fill(after, a.dtype(), listed));
    }
    return pad_constant(a, widths, values);
  }
  if (a.size() == 0) {
    for (size_t d = 0; d < widths.size(); ++d) {
      if (a.shape()[d] == 0 && (widths[d].before != 0 || widths[d].after != 0)) {
        raise(ExcKind::ValueError, "can't extend empty axis " + std::to_string(d) +
                                       " using modes other than 'constant' or 'empty'");
      }
    }
    return zeros(padded_shape(a.shape(), widths), a.dtype());
  }
  if (mode == "linear_ramp") {
    const Array ends = keywords.end_values.value_or(scalar_int(0, DType::Int64));
    return pad_linear_ramp(a, widths, as_pairs(ends, a.ndim(), false, listed), listed);
  }
  // numpy takes any reflect_type but "odd" for "even".
  if ((mode == "reflect" || mode == "symmetric") && keywords.reflect_type == "odd") {
    return pad_odd_reflection(a, widths, mode == "symmetric");
  }
  if (const auto stat = statistic_of(mode)) {
    return pad_statistic(a, widths, stat_lengths(keywords.stat_length, a.ndim()), *stat);
  }
  const PadMode kind = mode == "edge"      ? PadMode::Edge
                       : mode == "reflect" ? PadMode::Reflect
                       : mode == "wrap"    ? PadMode::Wrap
                                           : PadMode::Symmetric;
  return pad_mapped(a, widths, kind);
}

// ---- torch.nn.functional.pad -------------------------------------------------------------------

Array torch_fill(double v, DType dtype) {
  auto overflow = [&](const char* type) {
    raise(ExcKind::RuntimeError,
          std::string("value cannot be converted to type ") + type + " without overflow");
  };
  switch (dtype) {
    case DType::Bool:
      return scalar_int(v != 0.0 ? 1 : 0, dtype);  // NaN is true
    case DType::Int8:
      if (!(v >= -128.0 && v < 128.0)) overflow("int8_t");
      return scalar_int(static_cast<int64_t>(v), dtype);
    case DType::UInt8:
      if (!(v >= 0.0 && v < 256.0)) overflow("uint8_t");
      return scalar_int(static_cast<int64_t>(v), dtype);
    case DType::Int32:
      if (!(v >= -2147483648.0 && v < 2147483648.0)) overflow("int");
      return scalar_int(static_cast<int64_t>(v), dtype);
    case DType::Int64:
      if (!(v >= -9223372036854775808.0 && v < 9223372036854775808.0)) overflow("int64_t");
      return scalar_int(static_cast<int64_t>(v), dtype);
    case DType::Float16:
      if (std::isfinite(v) && std::abs(v) > 65504.0) overflow("c10::Half");
      break;
    case DType::BFloat16:
      if (std::isfinite(v) && std::abs(v) > 3.3895313892515355e38) overflow("c10::BFloat16");
      break;
    case DType::Float32:
      if (std::isfinite(v) && std::abs(v) > std::numeric_limits<float>::max()) overflow("float");
      break;
    case DType::Float64:
      break;
  }
  return scalar(v, dtype);
}

namespace {

// The (before, after) widths per dimension of `a` from torch's list (last dimension first).
std::vector<PadWidth> torch_widths(const Array& a, const std::vector<int64_t>& pad) {
  std::vector<PadWidth> widths(static_cast<size_t>(a.ndim()));
  for (size_t k = 0; k < pad.size() / 2; ++k) {
    widths[widths.size() - 1 - k] = {pad[2 * k], pad[2 * k + 1]};
  }
  return widths;
}

// reflect and replicate: torch's reflection_padNd / replication_padNd checks (the widths of
// W, H and D are its arguments #4, #6 and #8).
void check_mapped_padding(const Array& a, const std::vector<int64_t>& pad, bool reflect) {
  const auto k = static_cast<int64_t>(pad.size() / 2);
  const int64_t ndim = a.ndim();
  const Shape& shape = a.shape();
  for (int64_t d = ndim == k + 2 ? 1 : 0; d < ndim; ++d) {
    if (shape[d] == 0) {
      raise(ExcKind::RuntimeError,
            "Expected " + std::to_string(k + 1) + "D or " + std::to_string(k + 2) +
                "D (batch mode) tensor with possibly 0 batch size and other non-zero dimensions "
                "for input, but got: " +
                torch_shape_str(shape));
    }
  }
  if (reflect) {
    for (int64_t j = 0; j < k; ++j) {
      const int64_t d = ndim - 1 - j, before = pad[2 * j], after = pad[2 * j + 1];
      if (before >= shape[d] || after >= shape[d]) {
        raise(ExcKind::RuntimeError,
              "Argument #" + std::to_string(4 + 2 * j) +
                  ": Padding size should be less than the corresponding input dimension, but "
                  "got: padding (" +
                  std::to_string(before) + ", " + std::to_string(after) + ") at dimension " +
                  std::to_string(d) + " of input " + torch_shape_str(shape));
      }
    }
  }
  // The padded dimensions' input and output sizes, outermost first (D, H, W).
  static constexpr const char* kNames[] = {"D", "H", "W"};
  std::string input_sizes, output_sizes;
  bool empty = false;
  for (int64_t j = k - 1; j >= 0; --j) {
    const int64_t d = ndim - 1 - j;
    const int64_t out = shape[d] + pad[2 * j] + pad[2 * j + 1];
    empty = empty || out < 1;
    const char* name = kNames[3 - k + (k - 1 - j)];
    input_sizes +=
        std::string(input_sizes.empty() ? "" : ", ") + name + ": " + std::to_string(shape[d]);
    output_sizes +=
        std::string(output_sizes.empty() ? "" : " ") + name + ": " + std::to_string(out);
  }
  if (!empty) return;
  if (k == 1) {
    raise(ExcKind::RuntimeError,
          "input (" + input_sizes + ") is too small. Calculated output " + output_sizes);
  }
  raise(ExcKind::RuntimeError, "Calculated output " + output_sizes +
                                   " must be >= 1 in every dimension (input " + input_sizes + ")");
}

}  // namespace

Array torch_pad(const Array& a, const std::vector<int64_t>& pad, std::string_view mode,
                std::optional<double> value) {
  const bool constant = mode == "constant", reflect = mode == "reflect",
             replicate = mode == "replicate", circular = mode == "circular";
  if (!constant && !reflect && !replicate && !circular) {
    raise(ExcKind::NotImplementedError, "Unrecognised padding mode " + std::string(mode));
  }
  if (pad.size() % 2 != 0) raise(ExcKind::RuntimeError, "Padding length must be divisible by 2");
  const auto length = static_cast<int64_t>(pad.size());
  if (length / 2 > a.ndim()) {
    raise(ExcKind::RuntimeError,
          "Padding length should be less than or equal to two times the input dimension but got "
          "padding length " +
              std::to_string(length) + " and input of dimension " + std::to_string(a.ndim()));
  }
  const std::vector<PadWidth> widths = torch_widths(a, pad);
  if (constant) {
    // torch crops negative widths first (narrow), before it adds the positive ones.
    for (size_t d = 0; d < widths.size(); ++d) {
      const PadWidth& w = widths[d];
      if (a.shape()[d] + std::min<int64_t>(w.before, 0) + std::min<int64_t>(w.after, 0) < 0) {
        raise(ExcKind::RuntimeError, "narrow(): length must be non-negative.");
      }
    }
    const Array fill = torch_fill(value.value_or(0.0), a.dtype());
    return pad_constant(a, widths,
                        std::vector<std::pair<Array, Array>>(widths.size(), {fill, fill}));
  }
  if (value && *value != 0.0) {
    raise(ExcKind::RuntimeError,
          "Padding mode \"" + std::string(mode) + "\" doesn't take in value argument");
  }
  const int64_t k = length / 2;
  if (k < 1 || k > 3 || (a.ndim() != k + 1 && a.ndim() != k + 2)) {
    raise(ExcKind::NotImplementedError,
          "Padding size " + std::to_string(length) + " is not supported for " +
              std::to_string(a.ndim()) +
              "D input tensor.\nSupported combinations for non-constant padding:\n"
              "  - 2D or 3D input: padding size = 2 (pads last dimension)\n"
              "  - 3D or 4D input: padding size = 4 (pads last 2 dimensions)\n"
              "  - 4D or 5D input: padding size = 6 (pads last 3 dimensions)");
  }
  if (circular) {
    // torch copies the input (less what negative widths crop) into the middle and then
    // each border from the other end of that middle.
    Array kept = a;
    std::vector<PadWidth> grown(widths.size());
    for (size_t d = 0; d < widths.size(); ++d) {
      const int64_t n = a.shape()[d];
      const PadWidth& w = widths[d];
      if (w.before > n || w.after > n) {
        raise(ExcKind::RuntimeError, "Padding value causes wrapping around more than once.");
      }
      if (padded_extent(n, w) < 0) {
        raise(ExcKind::RuntimeError, "Negative padding value is resulting in an empty dimension");
      }
      const int64_t start = std::max<int64_t>(-w.before, 0);
      const int64_t length_kept = n - start - std::max<int64_t>(-w.after, 0);
      kept = narrow(kept, static_cast<int64_t>(d), start, std::max<int64_t>(length_kept, 0));
      grown[d] = {std::max<int64_t>(w.before, 0), std::max<int64_t>(w.after, 0)};
    }
    return pad_mapped(kept, grown, PadMode::Wrap);
  }
  check_mapped_padding(a, pad, reflect);
  if (a.dtype() == DType::Bool) {
    raise(ExcKind::NotImplementedError, std::string("\"") +
                                            (reflect ? "reflection" : "replication") + "_pad" +
                                            std::to_string(k) + "d\" not implemented for 'Bool'");
  }
  return pad_mapped(a, widths, reflect ? PadMode::Reflect : PadMode::Edge);
}

}  // namespace ingot::rt::tensor
