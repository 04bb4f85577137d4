// torch's printing of a tensor (str, repr and print give the same text) with its default
// options: 4 decimals, lines of 80 columns, more than 1000 elements summarized with "..."
// and 3 items at each edge. Written from torch's observable behaviour:
//
// - Floats: over the finite nonzero elements shown, all integer-valued prints "1.", "-3."
//   (scientific when the largest magnitude exceeds 1e8 or 1000 times the smallest); else
//   "%.4f", scientific "%.4e" when the magnitudes span more than 1000x, exceed 1e8 or go
//   below 1e-4. Every element is right-aligned to the widest of those finite nonzero ones.
// - Integers and bools print as Python prints them, right-aligned to the widest.
// - "tensor(...)" with ", dtype=torch.X" for a dtype other than float32, int64 and bool
//   (an empty tensor names every dtype but float32, and its size unless it is 1-D).
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "runtime/tensor/print.h"

namespace ingot::rt::tensor {

namespace {

constexpr int64_t kThreshold = 1000;
constexpr int64_t kEdgeItems = 3;
constexpr int64_t kLineWidth = 80;

std::string printf_double(const char* pattern, double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, pattern, value);
  return buffer;
}

// Python's spelling of the non-finite floats ("nan" whatever its sign bit).
std::string non_finite(double value) {
  if (std::isnan(value)) return "nan";
  return value > 0 ? "inf" : "-inf";
}

std::string scientific(double value) {
  return std::isfinite(value) ? printf_double("%.4e", value) : non_finite(value);
}

// The flat C-order positions of the elements torch shows: every one, or when summarizing
// the first and last kEdgeItems along each dimension longer than twice that.
void shown_positions(const Shape& shape, bool summarize, std::size_t dim, int64_t base,
                     std::vector<int64_t>& out) {
  if (dim == shape.size()) {
    out.push_back(base);
    return;
  }
  int64_t inner = 1;
  for (std::size_t d = dim + 1; d < shape.size(); ++d) inner *= shape[d];
  const int64_t n = shape[dim];
  for (int64_t i = 0; i < n; ++i) {
    if (summarize && n > 2 * kEdgeItems && i == kEdgeItems) i = n - kEdgeItems;
    shown_positions(shape, summarize, dim + 1, base + i * inner, out);
  }
}

class Formatter {
 public:
  Formatter(const Array& a, bool summarize)
      : floating_(is_float(a.dtype())), bool_(a.dtype() == DType::Bool) {
    std::vector<int64_t> positions;
    shown_positions(a.shape(), summarize, 0, 0, positions);
    if (!floating_) {
      for (int64_t p : positions) {
        width_ = std::max<int64_t>(width_, static_cast<int64_t>(integer_text(a, p).size()));
      }
      return;
    }
    std::vector<double> values;
    for (int64_t p : positions) {
      const double v = a.element_as_double(p);
      if (std::isfinite(v) && v != 0) values.push_back(v);
    }
    if (values.empty()) return;
    double smallest = std::abs(values[0]), largest = smallest;
    for (double v : values) {
      smallest = std::min(smallest, std::abs(v));
      largest = std::max(largest, std::abs(v));
      int_mode_ = int_mode_ && v == std::ceil(v);
    }
    const bool spread = largest / smallest > 1000.0 || largest > 1.0e8;
    scientific_ = int_mode_ ? spread : spread || smallest < 1.0e-4;
    for (double v : values) {
      width_ = std::max<int64_t>(width_, static_cast<int64_t>(unpadded(v).size()));
    }
  }

  int64_t width() const { return width_; }

  // The element at flat C-order position `p`, right-aligned to the width.
  std::string format(const Array& a, int64_t p) const {
    std::string text = floating_ ? unpadded(a.element_as_double(p)) : integer_text(a, p);
    const int64_t pad = width_ - static_cast<int64_t>(text.size());
    if (pad <= 0) return text;
    std::string out(static_cast<std::size_t>(pad), ' ');
    return out += text;
  }

 private:
  std::string integer_text(const Array& a, int64_t p) const {
    const int64_t v = a.element_as_int(p);
    if (bool_) return v ? "True" : "False";
    return std::to_string(v);
  }

  std::string unpadded(double v) const {
    if (scientific_) return scientific(v);
    if (!std::isfinite(v)) return non_finite(v);
    if (int_mode_) return printf_double("%.0f", v) + ".";
    return printf_double("%.4f", v);
  }

  bool floating_, bool_;
  bool int_mode_ = true;
  bool scientific_ = false;
  int64_t width_ = 1;
};

// One dimension's elements, ", "-separated and wrapped to the line width.
std::string vector_text(const Array& a, int64_t indent, bool summarize, const Formatter& f) {
  const int64_t n = a.shape()[0];
  std::vector<std::string> items;
  for (int64_t i = 0; i < n; ++i) {
    if (summarize && n > 2 * kEdgeItems && i == kEdgeItems) {
      items.emplace_back(" ...");
      i = n - kEdgeItems;
    }
    items.push_back(f.format(a, i));
  }
  const int64_t per_line = std::max<int64_t>(1, (kLineWidth - indent) / (f.width() + 2));
  std::string line_break = ",\n";
  line_break.append(static_cast<std::size_t>(indent + 1), ' ');
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i % static_cast<std::size_t>(per_line) == 0 ? line_break : ", ";
    out += items[i];
  }
  return out + "]";
}

std::string nested_text(const Array& a, int64_t indent, bool summarize, const Formatter& f) {
  if (a.ndim() == 0) return f.format(a, 0);
  if (a.ndim() == 1) return vector_text(a, indent, summarize, f);
  const int64_t n = a.shape()[0];
  std::string separator = ",";
  separator.append(static_cast<std::size_t>(a.ndim() - 1), '\n');
  separator.append(static_cast<std::size_t>(indent + 1), ' ');
  std::string out = "[";
  for (int64_t i = 0; i < n; ++i) {
    if (i > 0) out += separator;
    if (summarize && n > 2 * kEdgeItems && i == kEdgeItems) {
      out += "...";
      out += separator;
      i = n - kEdgeItems;
    }
    out += nested_text(a.row(i), indent + 1, summarize, f);
  }
  return out + "]";
}

// torch's placement of ", suffix" after the values: on the last line while it fits in the
// line width, else on a line of its own indented under the first bracket.
std::string with_suffixes(std::string text, const std::vector<std::string>& suffixes,
                          int64_t indent) {
  const std::size_t newline = text.rfind('\n');
  int64_t last_line = static_cast<int64_t>(text.size()) -
                      (newline == std::string::npos ? -1 : static_cast<int64_t>(newline)) + 1;
  for (const std::string& suffix : suffixes) {
    const auto length = static_cast<int64_t>(suffix.size());
    if (last_line + length + 2 > kLineWidth) {
      text += ",\n";
      text.append(static_cast<std::size_t>(indent), ' ');
      text += suffix;
      last_line = indent + length;
    } else {
      text += ", ";
      text += suffix;
      last_line += length + 2;
    }
  }
  return text + ")";
}

// str(tuple(shape)) as Python writes it: "(0, 3)".
std::string python_tuple(const Shape& shape) {
  std::string out = "(";
  for (std::size_t d = 0; d < shape.size(); ++d) {
    if (d > 0) out += ", ";
    out += std::to_string(shape[d]);
  }
  out += shape.size() == 1 ? ",)" : ")";
  return out;
}

}  // namespace

std::string torch_tensor_str(const Array& a) {
  const std::string prefix = "tensor(";
  const auto indent = static_cast<int64_t>(prefix.size());
  const std::string dtype = "dtype=" + std::string(torch_dtype_name(a.dtype()));
  std::vector<std::string> suffixes;
  if (a.size() == 0) {
    if (a.ndim() != 1) suffixes.push_back("size=" + python_tuple(a.shape()));
    if (a.dtype() != DType::Float32) suffixes.push_back(dtype);
    return with_suffixes(prefix + "[]", suffixes, indent);
  }
  const DType d = a.dtype();
  if (d != DType::Float32 && d != DType::Int64 && d != DType::Bool) suffixes.push_back(dtype);
  const bool summarize = a.size() > kThreshold;
  const Formatter formatter(a, summarize);
  return with_suffixes(prefix + nested_text(a, indent, summarize, formatter), suffixes, indent);
}

}  // namespace ingot::rt::tensor
