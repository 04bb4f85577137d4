// numpy's printing (numpy/_core/arrayprint.py with its default options, and the scalars'
// str and repr), written from its documented behaviour: floats print their shortest
// round-trip digits, rounded to 8 fractional digits, aligned on the decimal point.
#include "runtime/tensor/print.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace ingot::rt::tensor {

namespace {

constexpr int kPrecision = 8;
constexpr int kLineWidth = 75;
constexpr int64_t kThreshold = 1000;
constexpr int64_t kEdgeItems = 3;

// A float as its shortest digits: value = ±digits[0].digits[1:] × 10^exponent.
struct Decimal {
  bool negative = false;
  std::string digits;
  int exponent = 0;
};

// "d.ddde±x" (printf's or to_chars' scientific form) as a Decimal.
Decimal parse_scientific(const std::string& text) {
  Decimal d;
  std::size_t i = 0;
  if (text[i] == '-') {
    d.negative = true;
    ++i;
  }
  const std::size_t e = text.find('e');
  for (; i < e; ++i) {
    if (text[i] != '.') d.digits += text[i];
  }
  d.exponent = std::atoi(text.c_str() + e + 1);
  while (d.digits.size() > 1 && d.digits.back() == '0') d.digits.pop_back();
  return d;
}

std::string printf_scientific(double value, int digits_after_point) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*e", digits_after_point, value);
  return buffer;
}

bool reads_back(double value, double candidate, DType dtype) {
  switch (dtype) {
    case DType::Float32:
      return static_cast<float>(candidate) == static_cast<float>(value);
    case DType::Float16:
      return half_from_double(candidate) == half_from_double(value);
    default:
      return candidate == value;
  }
}

// v as the nearest value of `dtype` (numpy compares its print cutoffs, Python floats, with an
// array's elements in the array's dtype).
double rounded_to(double v, DType dtype) {
  switch (dtype) {
    case DType::Float32:
      return static_cast<float>(v);
    case DType::Float16:
      return half_to_float(half_from_double(v));
    case DType::BFloat16:
      return bfloat16_to_float(bfloat16_from_float(static_cast<float>(v)));
    default:
      return v;
  }
}

// The fewest significant digits that read back as the same value of `dtype`.
Decimal shortest(double value, DType dtype) {
  char buffer[64];
  if (dtype == DType::Float64) {
    auto end = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    return parse_scientific(std::string(buffer, end.ptr));
  }
  if (dtype == DType::Float32) {
    auto end = std::to_chars(buffer, buffer + sizeof buffer, static_cast<float>(value),
                             std::chars_format::scientific);
    return parse_scientific(std::string(buffer, end.ptr));
  }
  for (int digits = 0;; ++digits) {  // 16-bit floats: at most 5 significant digits
    const std::string text = printf_scientific(value, digits);
    if (digits >= 16 || reads_back(value, std::strtod(text.c_str(), nullptr), dtype)) {
      return parse_scientific(text);
    }
  }
}

// Positional "int.frac" of a Decimal (frac may be empty).
void positional_parts(const Decimal& d, std::string& int_part, std::string& frac_part) {
  const int n = static_cast<int>(d.digits.size());
  if (d.exponent >= 0) {
    int_part = d.digits.substr(0, std::min(n, d.exponent + 1));
    if (d.exponent + 1 > n) int_part += std::string(d.exponent + 1 - n, '0');
    frac_part = d.exponent + 1 < n ? d.digits.substr(d.exponent + 1) : "";
  } else {
    int_part = "0";
    frac_part = std::string(-d.exponent - 1, '0') + d.digits;
  }
  if (d.negative) int_part = "-" + int_part;
}

// numpy's positional digits of an array element: unique, at most 8 fractional digits.
void element_positional(double value, DType dtype, std::string& int_part, std::string& frac_part) {
  positional_parts(shortest(value, dtype), int_part, frac_part);
  if (static_cast<int>(frac_part.size()) <= kPrecision) return;
  char buffer[512];
  std::snprintf(buffer, sizeof buffer, "%.*f", kPrecision, value);
  std::string text = buffer;
  const std::size_t point = text.find('.');
  int_part = text.substr(0, point);
  frac_part = text.substr(point + 1);
  while (!frac_part.empty() && frac_part.back() == '0') frac_part.pop_back();
}

// numpy's scientific digits of an array element: unique, at most 8 fractional digits.
Decimal element_scientific(double value, DType dtype) {
  Decimal d = shortest(value, dtype);
  if (static_cast<int>(d.digits.size()) > kPrecision + 1) {
    d = parse_scientific(printf_scientific(value, kPrecision));
  }
  return d;
}

std::string pad_left(const std::string& s, std::size_t width) {
  return s.size() >= width ? s : std::string(width - s.size(), ' ') + s;
}

std::string exponent_str(int exponent, std::size_t min_digits) {
  std::string digits = std::to_string(std::abs(exponent));
  if (digits.size() < min_digits) digits = std::string(min_digits - digits.size(), '0') + digits;
  return std::string(exponent < 0 ? "e-" : "e+") + digits;
}

// numpy's FloatingFormat: one layout for all the elements that are printed.
class FloatFormat {
 public:
  FloatFormat(const std::vector<double>& values, DType dtype) : dtype_(dtype) {
    std::vector<double> finite;
    bool any_nonfinite = false, negative_inf = false;
    for (double v : values) {
      if (std::isfinite(v)) {
        finite.push_back(v);
      } else {
        any_nonfinite = true;
        negative_inf = negative_inf || (std::isinf(v) && v < 0);
      }
    }
    double max_abs = 0, min_abs = INFINITY;
    for (double v : finite) {
      if (v == 0) continue;
      max_abs = std::max(max_abs, std::abs(v));
      min_abs = std::min(min_abs, std::abs(v));
    }
    // numpy 2 moves to scientific notation from 10^precision up, and from 1e8 at most: 1e3
    // for float16, 1e6 for float32.
    const double exp_cutoff =
        rounded_to(std::pow(10.0, std::min(8, float_limits(dtype).precision)), dtype);
    exp_format_ = max_abs > 0 && (max_abs >= exp_cutoff || min_abs < rounded_to(1e-4, dtype) ||
                                  rounded_to(max_abs / min_abs, dtype) > 1000);
    for (double v : finite) {
      if (exp_format_) {
        const Decimal d = element_scientific(v, dtype);
        pad_left_ = std::max(pad_left_, d.negative ? 2 : 1);
        precision_ = std::max(precision_, static_cast<int>(d.digits.size()) - 1);
        exp_size_ = std::max(exp_size_, std::to_string(std::abs(d.exponent)).size());
      } else {
        std::string int_part, frac_part;
        element_positional(v, dtype, int_part, frac_part);
        pad_left_ = std::max(pad_left_, static_cast<int>(int_part.size()));
        pad_right_ = std::max(pad_right_, static_cast<int>(frac_part.size()));
      }
    }
    if (exp_format_) pad_right_ = static_cast<int>(exp_size_) + 2 + precision_;
    if (any_nonfinite) {
      const int offset = pad_right_ + 1;
      pad_left_ = std::max({pad_left_, 3 - offset, 3 + (negative_inf ? 1 : 0) - offset});
    }
  }

  std::string operator()(double v) const {
    const std::size_t width =
        static_cast<std::size_t>(pad_left_) + static_cast<std::size_t>(pad_right_) + 1;
    if (std::isnan(v)) return pad_left("nan", width);
    if (std::isinf(v)) return pad_left(v < 0 ? "-inf" : "inf", width);
    if (exp_format_) {
      Decimal d = element_scientific(v, dtype_);
      // numpy asks for at least `precision` digits: an element whose shortest form is
      // shorter shows its value's further digits (6.3890562e+00 for float32 6.389056).
      if (static_cast<int>(d.digits.size()) - 1 < precision_) {
        d = parse_scientific(printf_scientific(v, precision_));
      }
      std::string mantissa = std::string(d.negative ? "-" : "") + d.digits[0];
      std::string frac = d.digits.substr(1);
      frac += std::string(static_cast<std::size_t>(precision_) - frac.size(), '0');
      return pad_left(mantissa, static_cast<std::size_t>(pad_left_)) + "." + frac +
             exponent_str(d.exponent, exp_size_);
    }
    std::string int_part, frac_part;
    element_positional(v, dtype_, int_part, frac_part);
    return pad_left(int_part, static_cast<std::size_t>(pad_left_)) + "." + frac_part +
           std::string(static_cast<std::size_t>(pad_right_) - frac_part.size(), ' ');
  }

 private:
  DType dtype_;
  bool exp_format_ = false;
  int pad_left_ = 0, pad_right_ = 0, precision_ = 0;
  std::size_t exp_size_ = 2;  // the exponent's digits: at least two, as numpy writes them
};

std::string int_str(const Array& a, int64_t flat) {
  if (a.dtype() == DType::Bool) return a.element_as_int(flat) ? "True" : "False";
  return std::to_string(a.element_as_int(flat));
}

// The flat positions numpy prints: all of them, or the 3 at each edge of every axis when the
// array has more than 1000 elements.
std::vector<int64_t> printed_positions(const Array& a, bool summarize) {
  std::vector<int64_t> out;
  std::vector<int64_t> index(a.shape().size(), 0);
  auto recurse = [&](auto& self, std::size_t axis, int64_t flat) -> void {
    if (axis == a.shape().size()) {
      out.push_back(flat);
      return;
    }
    const int64_t n = a.shape()[axis];
    for (int64_t i = 0; i < n; ++i) {
      if (summarize && n > 2 * kEdgeItems && i == kEdgeItems) i = n - kEdgeItems;
      self(self, axis + 1, flat * n + i);
    }
  };
  recurse(recurse, 0, 0);
  return out;
}

// The element formatter numpy picks for the dtype, over the elements it prints.
std::vector<std::string> format_elements(const Array& a, const std::vector<int64_t>& positions) {
  std::vector<std::string> words;
  if (is_float(a.dtype())) {
    std::vector<double> values;
    values.reserve(positions.size());
    for (int64_t p : positions) values.push_back(a.element_as_double(p));
    const FloatFormat format(values, a.dtype());
    for (double v : values) words.push_back(format(v));
    return words;
  }
  std::size_t width = 0;
  for (int64_t p : positions) {
    words.push_back(int_str(a, p));
    width = std::max(width, words.back().size());
  }
  if (a.dtype() == DType::Bool) width = 5;  // numpy's " True"
  for (std::string& w : words) w = pad_left(w, width);
  return words;
}

// numpy's _formatArray: nested brackets, lines wrapped at the line width.
class Layout {
 public:
  Layout(const Array& a, bool summarize, std::string separator, int line_width)
      : a_(a), summarize_(summarize), separator_(std::move(separator)), line_width_(line_width) {
    words_ = format_elements(a, printed_positions(a, summarize));
  }

  std::string render(const std::string& hanging_indent) {
    next_word_ = 0;
    return recurse(0, hanging_indent, line_width_);
  }

 private:
  void extend_line(std::string& s, std::string& line, const std::string& word, int width,
                   const std::string& indent) const {
    bool wrap = static_cast<int>(line.size() + word.size()) > width;
    if (line.size() <= indent.size()) wrap = false;
    if (wrap) {
      while (!line.empty() && line.back() == ' ') line.pop_back();
      s += line + "\n";
      line = indent;
    }
    line += word;
  }

  std::string recurse(std::size_t axis, const std::string& indent, int width) {
    if (axis == a_.shape().size()) return words_[next_word_++];
    const std::string next_indent = indent + " ";
    const int next_width = width - 1;
    const int64_t n = a_.shape()[axis];
    const bool summary = summarize_ && 2 * kEdgeItems < n;
    const int64_t leading = summary ? kEdgeItems : 0;
    const int64_t trailing = summary ? kEdgeItems : n;
    std::string s;
    std::string trimmed_separator = separator_;
    while (!trimmed_separator.empty() && trimmed_separator.back() == ' ') {
      trimmed_separator.pop_back();
    }
    if (axis + 1 == a_.shape().size()) {
      const int elem_width = width - std::max<int>(static_cast<int>(trimmed_separator.size()), 1);
      std::string line = indent;
      for (int64_t i = 0; i < leading; ++i) {
        extend_line(s, line, recurse(axis + 1, next_indent, next_width), elem_width, indent);
        line += separator_;
      }
      if (summary) {
        extend_line(s, line, "...", elem_width, indent);
        line += separator_;
      }
      for (int64_t i = trailing; i > 1; --i) {
        extend_line(s, line, recurse(axis + 1, next_indent, next_width), elem_width, indent);
        line += separator_;
      }
      if (n > 0) {
        extend_line(s, line, recurse(axis + 1, next_indent, next_width), elem_width, indent);
      }
      s += line;
    } else {
      const std::string line_sep =
          trimmed_separator + std::string(a_.shape().size() - axis - 1, '\n');
      for (int64_t i = 0; i < leading; ++i) {
        s.append(indent).append(recurse(axis + 1, next_indent, next_width)).append(line_sep);
      }
      if (summary) s += indent + "..." + line_sep;
      for (int64_t i = trailing; i > 1; --i) {
        s.append(indent).append(recurse(axis + 1, next_indent, next_width)).append(line_sep);
      }
      if (n > 0) s += indent + recurse(axis + 1, next_indent, next_width);
    }
    return "[" + s.substr(std::min(s.size(), indent.size())) + "]";
  }

  const Array& a_;
  bool summarize_;
  std::string separator_;
  int line_width_;
  std::vector<std::string> words_;
  std::size_t next_word_ = 0;
};

std::string scalar_str(const Array& a) {
  if (is_float(a.dtype())) return scalar_float_str(a.element_as_double(0), a.dtype());
  return int_str(a, 0);
}

std::string python_tuple(const Shape& shape) {
  std::string s = "(";
  for (std::size_t d = 0; d < shape.size(); ++d) {
    s += (d ? ", " : "") + std::to_string(shape[d]);
  }
  return s + (shape.size() == 1 ? ",)" : ")");
}

}  // namespace

std::string scalar_float_str(double value, DType dtype) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value < 0 ? "-inf" : "inf";
  const Decimal d = shortest(value, dtype);
  // Positional from 1e-4 up to 1e16 for float64, and to 10^precision for the narrower
  // floats (1e3 for float16, 1e6 for float32), as numpy 2 prints its scalars; the value
  // itself decides (float32 0.0001 is just below 1e-4: 1e-04).
  const double magnitude = std::abs(value);
  const double positional_below =
      dtype == DType::Float64 ? 1e16 : std::pow(10.0, float_limits(dtype).precision);
  if (magnitude == 0 || (magnitude >= 1e-4 && magnitude < positional_below)) {
    std::string int_part, frac_part;
    positional_parts(d, int_part, frac_part);
    return int_part + "." + (frac_part.empty() ? "0" : frac_part);
  }
  std::string out = std::string(d.negative ? "-" : "") + d.digits[0];
  if (d.digits.size() > 1) out += "." + d.digits.substr(1);
  return out + exponent_str(d.exponent, 2);
}

std::string array_str(const Array& a) {
  if (a.ndim() == 0) return scalar_str(a);
  Layout layout(a, a.size() > kThreshold, " ", kLineWidth);
  return layout.render(" ");
}

std::string array_repr(const Array& a) {
  const std::string name(dtype_name(a.dtype()));
  if (a.ndim() == 0) {
    if (a.dtype() == DType::Bool) return a.element_as_int(0) ? "np.True_" : "np.False_";
    return "np." + name + "(" + scalar_str(a) + ")";
  }
  const std::string prefix = "array(";
  const bool summarize = a.size() > kThreshold;
  std::string body =
      a.size() == 0
          ? "[]"
          : Layout(a, summarize, ", ", kLineWidth - 1).render(std::string(prefix.size() + 1, ' '));
  std::vector<std::string> extras;
  if ((a.size() == 0 && a.ndim() != 1) || summarize)
    extras.push_back("shape=" + python_tuple(a.shape()));
  const bool implied =
      a.dtype() == DType::Float64 || a.dtype() == DType::Int64 || a.dtype() == DType::Bool;
  if (!implied || a.size() == 0) extras.push_back("dtype=" + name);
  if (extras.empty()) return prefix + body + ")";
  std::string out = prefix + body + ",";
  std::string extra;
  for (std::size_t i = 0; i < extras.size(); ++i) extra += (i ? ", " : "") + extras[i];
  extra += ")";
  const std::size_t last_line = out.size() - (out.rfind('\n') + 1);
  const std::string spacer = static_cast<int>(last_line + extra.size() + 1) > kLineWidth
                                 ? "\n" + std::string(prefix.size(), ' ')
                                 : " ";
  return out + spacer + extra;
}

}  // namespace ingot::rt::tensor
