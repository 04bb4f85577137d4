#include "runtime/tensor/linalg.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <string>
#include <utility>

#include "runtime/core/errors.h"
#include "runtime/tensor/decompose.h"
#include "runtime/tensor/elementwise.h"
#include "runtime/tensor/gemm.h"
#include "runtime/tensor/reduce.h"
#include "runtime/tensor/shape.h"

namespace ingot::rt::tensor {

namespace {

constexpr std::string_view kSignature = "(n?,k),(k,m?)->(n?,m?)";

// The dtype the product is accumulated in: float32 for the 16-bit floats, and wrapping
// 64-bit integers for every integer dtype and bool (the low bits are what a narrower
// wrapping accumulator would hold).
DType accumulator(DType d) {
  if (d == DType::Float16 || d == DType::BFloat16) return DType::Float32;
  return is_float(d) ? d : DType::Int64;
}

// C[batch] = A[batch] B[batch] for A (..., m, k) and B (..., k, n) of any strides, batch
// dimensions broadcast; C contiguous. T is the accumulator (float, double or int64).
template <typename T>
void batched_gemm(const Array& a, const Array& b, const Array& out, const Shape& batch) {
  const int64_t m = a.shape()[a.ndim() - 2], k = a.shape().back(), n = b.shape().back();
  Shape a_batch(a.shape().begin(), a.shape().end() - 2);
  Shape b_batch(b.shape().begin(), b.shape().end() - 2);
  const Array a_view(a.storage(), a.dtype(), a_batch,
                     Shape(a.strides().begin(), a.strides().end() - 2), a.offset());
  const Array b_view(b.storage(), b.dtype(), b_batch,
                     Shape(b.strides().begin(), b.strides().end() - 2), b.offset());
  const Shape a_steps = broadcast_strides(a_view, batch);
  const Shape b_steps = broadcast_strides(b_view, batch);
  int64_t count = 1;
  for (int64_t extent : batch) count *= extent;
  // Integers multiply and add as uint64_t: wrapping, as numpy's int64 matmul does.
  using Wide = std::conditional_t<std::is_integral_v<T>, uint64_t, T>;
  const auto* pa = reinterpret_cast<const Wide*>(a.data<T>());
  const auto* pb = reinterpret_cast<const Wide*>(b.data<T>());
  auto* pc = reinterpret_cast<Wide*>(out.data<T>());
  const int64_t a_row = a.strides()[a.ndim() - 2], a_column = a.strides().back();
  const int64_t b_row = b.strides()[b.ndim() - 2], b_column = b.strides().back();
  for (int64_t flat = 0; flat < count; ++flat) {
    int64_t rest = flat, a_at = 0, b_at = 0;
    for (std::size_t d = batch.size(); d-- > 0;) {
      const int64_t coordinate = rest % batch[d];
      rest /= batch[d];
      a_at += coordinate * a_steps[d];
      b_at += coordinate * b_steps[d];
    }
    gemm(m, n, k, MatrixView<Wide>{pa + a_at, a_row, a_column},
         MatrixView<Wide>{pb + b_at, b_row, b_column}, pc + flat * m * n, n);
  }
}

}  // namespace

Array matmul(const Array& a, const Array& b, Rules rules) {
  for (int operand = 0; operand < 2; ++operand) {
    const Array& x = operand == 0 ? a : b;
    if (x.ndim() == 0) {
      if (rules == Rules::Torch) {
        raise(ExcKind::RuntimeError,
              "both arguments to matmul need to be at least 1D, but they are " +
                  std::to_string(a.ndim()) + "D and " + std::to_string(b.ndim()) + "D");
      }
      raise(ExcKind::ValueError, "matmul: Input operand " + std::to_string(operand) +
                                     " does not have enough dimensions (has 0, gufunc core with "
                                     "signature " +
                                     std::string(kSignature) + " requires 1)");
    }
  }
  // 1-D operands become a row (a) or a column (b), removed from the result again.
  const Array a2 = a.ndim() == 1 ? expand_dims(a, 0) : a;
  const Array b2 = b.ndim() == 1 ? expand_dims(b, 1) : b;
  const int64_t m = a2.shape()[a2.ndim() - 2], k = a2.shape().back();
  const int64_t kb = b2.shape()[b2.ndim() - 2], n = b2.shape().back();
  if (k != kb) {
    if (rules == Rules::Torch) {
      raise(ExcKind::RuntimeError, "mat1 and mat2 shapes cannot be multiplied (" +
                                       std::to_string(m) + "x" + std::to_string(k) + " and " +
                                       std::to_string(kb) + "x" + std::to_string(n) + ")");
    }
    raise(ExcKind::ValueError,
          "matmul: Input operand 1 has a mismatch in its core dimension 0, "
          "with gufunc signature " +
              std::string(kSignature) + " (size " + std::to_string(kb) + " is different from " +
              std::to_string(k) + ")");
  }
  const Shape batch = broadcast_shapes(Shape(a2.shape().begin(), a2.shape().end() - 2),
                                       Shape(b2.shape().begin(), b2.shape().end() - 2), rules);
  const DType dtype = promote(a.dtype(), b.dtype(), rules);
  const DType wide = accumulator(dtype);
  // Any layout: the kernel packs its operands through their strides (transposes and
  // broadcasts included) rather than copying them contiguous first.
  const Array x = as_dtype(a2, wide);
  const Array y = as_dtype(b2, wide);
  Shape out_shape = batch;
  out_shape.insert(out_shape.end(), {m, n});
  Array out(wide, out_shape);
  visit_dtype(wide, [&]<typename T>() {
    if constexpr (std::is_same_v<T, float> || std::is_same_v<T, double> ||
                  std::is_same_v<T, int64_t>) {
      batched_gemm<T>(x, y, out, batch);
    }
  });
  Array result = as_dtype(out, dtype);
  if (a.ndim() == 1) result = squeeze(result, std::vector<int64_t>{-2});
  if (b.ndim() == 1) result = squeeze(result, std::vector<int64_t>{-1});
  return result;
}

namespace {

void expect_cdist_operands(const Array& x1, const Array& x2, double p) {
  for (const auto& [x, name] : {std::pair{&x1, "X1"}, std::pair{&x2, "X2"}}) {
    if (x->ndim() < 2) {
      raise(ExcKind::RuntimeError, "cdist only supports at least 2D tensors, " + std::string(name) +
                                       " got: " + std::to_string(x->ndim()) + "D");
    }
  }
  if (x1.shape().back() != x2.shape().back()) {
    raise(ExcKind::RuntimeError, "X1 and X2 must have the same number of columns. X1: " +
                                     std::to_string(x1.shape().back()) +
                                     " X2: " + std::to_string(x2.shape().back()));
  }
  for (const auto& [x, name] : {std::pair{&x1, "X1"}, std::pair{&x2, "X2"}}) {
    if (!is_float(x->dtype())) {
      raise(ExcKind::RuntimeError, "cdist only supports floating-point dtypes, " +
                                       std::string(name) +
                                       " got: " + std::string(torch_scalar_name(x->dtype())));
    }
  }
  if (!(p >= 0)) raise(ExcKind::RuntimeError, "cdist only supports non-negative p values");
  if (x1.dtype() != x2.dtype()) {
    raise(ExcKind::RuntimeError, "expected scalar type " +
                                     std::string(torch_scalar_name(x1.dtype())) + " but found " +
                                     std::string(torch_scalar_name(x2.dtype())));
  }
  if (x1.dtype() != DType::Float32 && x1.dtype() != DType::Float64) {
    raise(ExcKind::NotImplementedError,
          "\"cdist\" not implemented for '" + std::string(torch_scalar_name(x1.dtype())) + "'");
  }
}

// The p-norm of the difference of two rows of n elements, accumulated in T as torch does.
template <typename T>
T row_distance(const T* x, const T* y, int64_t n, double p) {
  T total = 0;
  for (int64_t k = 0; k < n; ++k) {
    const T d = std::abs(x[k] - y[k]);
    if (p == 0) {
      total += d != 0 ? T(1) : T(0);
    } else if (p == 1) {
      total += d;
    } else if (p == 2) {
      total += d * d;
    } else if (std::isinf(p)) {
      total = std::isnan(d) || d > total ? d : total;
    } else {
      total += std::pow(d, static_cast<T>(p));
    }
  }
  if (p == 2) return std::sqrt(total);
  if (p == 0 || p == 1 || std::isinf(p)) return total;
  return std::pow(total, static_cast<T>(1 / p));
}

// sqrt(|x|^2 + |y|^2 - 2 x.y), clamped at 1e-30 before the root, as torch's matmul path.
Array euclidean_by_matmul(const Array& x1, const Array& x2) {
  const Array n1 = reduce(ReduceOp::Sum, binary(BinaryOp::Multiply, x1, x1, Rules::Torch),
                          Axes{{-1}}, {true, 0, Rules::Torch});
  const Array n2 = reduce(ReduceOp::Sum, binary(BinaryOp::Multiply, x2, x2, Rules::Torch),
                          Axes{{-1}}, {true, 0, Rules::Torch});
  const Array products = matmul(x1, swapaxes(x2, -1, -2), Rules::Torch);
  const Array squares = binary(
      BinaryOp::Add, binary(BinaryOp::Multiply, products, Scalar::from_float(-2.0), Rules::Torch),
      binary(BinaryOp::Add, n1, swapaxes(n2, -1, -2), Rules::Torch), Rules::Torch);
  return unary(UnaryOp::Sqrt,
               binary(BinaryOp::Maximum, squares, Scalar::from_float(1e-30), Rules::Torch),
               Rules::Torch);
}

}  // namespace

Array cdist(const Array& x1, const Array& x2, double p) {
  expect_cdist_operands(x1, x2, p);
  const int64_t rows1 = x1.shape()[x1.ndim() - 2], rows2 = x2.shape()[x2.ndim() - 2];
  const int64_t columns = x1.shape().back();
  Shape batch = broadcast_shapes(Shape(x1.shape().begin(), x1.shape().end() - 2),
                                 Shape(x2.shape().begin(), x2.shape().end() - 2), Rules::Torch);
  Shape shape1 = batch, shape2 = batch, out_shape = batch;
  shape1.insert(shape1.end(), {rows1, columns});
  shape2.insert(shape2.end(), {rows2, columns});
  out_shape.insert(out_shape.end(), {rows1, rows2});
  const Array a = contiguous(broadcast_to(x1, shape1));
  const Array b = contiguous(broadcast_to(x2, shape2));
  if (p == 2 && (rows1 > 25 || rows2 > 25)) return euclidean_by_matmul(a, b);
  Array out(x1.dtype(), out_shape);
  int64_t count = 1;
  for (int64_t extent : batch) count *= extent;
  visit_dtype(x1.dtype(), [&]<typename T>() {
    if constexpr (std::is_floating_point_v<T>) {
      const T* pa = a.data<T>();
      const T* pb = b.data<T>();
      T* po = out.data<T>();
      for (int64_t m = 0; m < count; ++m) {
        for (int64_t i = 0; i < rows1; ++i) {
          for (int64_t j = 0; j < rows2; ++j) {
            *po++ = row_distance(pa + (m * rows1 + i) * columns, pb + (m * rows2 + j) * columns,
                                 columns, p);
          }
        }
      }
    }
  });
  return out;
}

Array dot(const Array& a, const Array& b, Rules rules) {
  if (a.ndim() == 0 || b.ndim() == 0) return binary(BinaryOp::Multiply, a, b, rules);
  const int64_t k = a.shape().back();
  const int64_t b_axis = b.ndim() == 1 ? 0 : b.ndim() - 2;
  if (k != b.shape()[b_axis]) {
    raise(ExcKind::ValueError, "shapes " + shape_str(a.shape()) + " and " + shape_str(b.shape()) +
                                   " not aligned: " + std::to_string(k) + " (dim " +
                                   std::to_string(a.ndim() - 1) +
                                   ") != " + std::to_string(b.shape()[b_axis]) + " (dim " +
                                   std::to_string(b_axis) + ")");
  }
  if (b.ndim() <= 2) return matmul(a, b, rules);
  // a (..., k) . b (..., k, n): every row of a against every matrix of b.
  const Array rows = reshape(a, {-1, k});
  const Array columns = reshape(moveaxis(b, -2, 0), {k, -1});
  Shape shape(a.shape().begin(), a.shape().end() - 1);
  shape.insert(shape.end(), b.shape().begin(), b.shape().end() - 2);
  shape.push_back(b.shape().back());
  return reshape(matmul(rows, columns, rules), shape);
}

namespace {

// An operand of einsum with one label per dimension, no label twice.
struct Labeled {
  Array array;
  std::string labels;
};

int64_t label_size(const Labeled& x, char label) { return x.array.shape()[x.labels.find(label)]; }

// `x` with the labels not in `keep` summed away.
Labeled sum_except(const Labeled& x, std::string_view keep) {
  std::vector<int64_t> axes;
  std::string kept;
  for (std::size_t d = 0; d < x.labels.size(); ++d) {
    if (keep.find(x.labels[d]) == std::string_view::npos) {
      axes.push_back(static_cast<int64_t>(d));
    } else {
      kept += x.labels[d];
    }
  }
  if (axes.empty()) return x;
  // einsum sums in the operand's own dtype (bool sums as logical or, as numpy's einsum).
  const ReduceOp op = x.array.dtype() == DType::Bool ? ReduceOp::Any : ReduceOp::Sum;
  return {as_dtype(reduce(op, x.array, axes), x.array.dtype()), kept};
}

// One term of the subscripts applied to its operand: repeated labels become a diagonal
// (a view whose stride is the sum of theirs).
Labeled label_operand(const Array& a, std::string_view term, std::size_t index) {
  if (static_cast<int64_t>(term.size()) > a.ndim()) {
    raise(ExcKind::ValueError,
          "einstein sum subscripts string contains too many subscripts for operand " +
              std::to_string(index));
  }
  if (static_cast<int64_t>(term.size()) < a.ndim()) {
    raise(ExcKind::ValueError,
          "operand has more dimensions than subscripts given in einstein sum, "
          "but no '...' ellipsis provided to broadcast the extra dimensions.");
  }
  std::string labels;
  Shape shape, strides;
  for (std::size_t d = 0; d < term.size(); ++d) {
    const std::size_t seen = labels.find(term[d]);
    if (seen == std::string::npos) {
      labels += term[d];
      shape.push_back(a.shape()[d]);
      strides.push_back(a.strides()[d]);
      continue;
    }
    if (shape[seen] != a.shape()[d]) {
      raise(ExcKind::ValueError, "dimensions in operand " + std::to_string(index) +
                                     " for collapsing index '" + std::string(1, term[d]) +
                                     "' don't match (" + std::to_string(shape[seen]) +
                                     " != " + std::to_string(a.shape()[d]) + ")");
    }
    strides[seen] += a.strides()[d];
  }
  return {Array(a.storage(), a.dtype(), shape, strides, a.offset()), labels};
}

// x and y contracted over their shared labels not in `keep`, through one batched matmul.
Labeled contract(const Labeled& x, const Labeled& y, std::string_view keep, Rules rules) {
  std::string batch, left, right, summed;
  for (char label : x.labels) {
    const bool shared = y.labels.find(label) != std::string::npos;
    if (shared && label_size(x, label) != label_size(y, label)) {
      raise(ExcKind::ValueError, "einsum: label '" + std::string(1, label) + "' has size " +
                                     std::to_string(label_size(x, label)) + " in one operand and " +
                                     std::to_string(label_size(y, label)) + " in another");
    }
    const bool kept = keep.find(label) != std::string_view::npos;
    (shared ? (kept ? batch : summed) : left) += label;
  }
  for (char label : y.labels) {
    if (x.labels.find(label) == std::string::npos) right += label;
  }
  auto permuted = [](const Labeled& z, const std::string& order, int64_t rows, int64_t columns) {
    Shape axes;
    for (char label : order) axes.push_back(static_cast<int64_t>(z.labels.find(label)));
    return reshape(transpose(z.array, axes), {-1, rows, columns});
  };
  auto extent = [](const Labeled& z, const std::string& labels) {
    int64_t n = 1;
    for (char label : labels) n *= label_size(z, label);
    return n;
  };
  const int64_t m = extent(x, left), k = extent(x, summed), n = extent(y, right);
  const Array product = matmul(permuted(x, batch + left + summed, m, k),
                               permuted(y, batch + summed + right, k, n), rules);
  Shape shape;
  for (char label : batch + left) shape.push_back(label_size(x, label));
  for (char label : right) shape.push_back(label_size(y, label));
  return {reshape(product, shape), batch + left + right};
}

// numpy's words (its iterator's) for operands whose label sizes do not broadcast: each
// operand's shape and the shape it takes on the iteration's axes (the output's labels, then
// the summed ones alphabetically), leading missing axes dropped, inner ones as newaxis.
[[noreturn]] void raise_not_broadcastable(const std::vector<Array>& operands,
                                          const std::vector<std::string>& terms,
                                          const std::string& output) {
  std::string iteration = output;
  for (char label = 'A'; label <= 'z'; ++label) {
    const bool used = std::any_of(terms.begin(), terms.end(), [&](const std::string& t) {
      return t.find(label) != std::string::npos;
    });
    if (used && iteration.find(label) == std::string::npos) iteration += label;
  }
  std::string message =
      "operands could not be broadcast together with remapped shapes [original->remapped]: ";
  for (std::size_t i = 0; i < operands.size(); ++i) {
    std::vector<std::string> dims;
    for (char label : iteration) {
      const std::size_t at = terms[i].find(label);
      if (at != std::string::npos) {
        dims.push_back(std::to_string(operands[i].shape()[at]));
      } else if (!dims.empty()) {
        dims.emplace_back("newaxis");
      }
    }
    std::string remapped = "(";
    for (std::size_t d = 0; d < dims.size(); ++d) remapped += (d ? "," : "") + dims[d];
    remapped += dims.size() == 1 ? ",)" : ")";
    message += shape_str(operands[i].shape()) + "->" + remapped + " ";
  }
  raise(ExcKind::ValueError, message);
}

// Labels of size 1 in one operand stretch to the size the others give them (numpy's einsum
// broadcasts them); sizes that differ otherwise are numpy's ValueError.
void broadcast_labels(std::vector<Labeled>& labeled, const std::vector<Array>& operands,
                      const std::vector<std::string>& terms, const std::string& output) {
  std::map<char, int64_t> sizes;
  for (const Labeled& x : labeled) {
    for (char label : x.labels) {
      const int64_t size = label_size(x, label);
      auto [it, inserted] = sizes.emplace(label, size);
      if (inserted || size == 1 || size == it->second) continue;
      if (it->second != 1) raise_not_broadcastable(operands, terms, output);
      it->second = size;
    }
  }
  for (Labeled& x : labeled) {
    Shape shape = x.array.shape(), strides = x.array.strides();
    for (std::size_t d = 0; d < x.labels.size(); ++d) {
      if (shape[d] == 1 && sizes[x.labels[d]] != 1) {
        shape[d] = sizes[x.labels[d]];
        strides[d] = 0;
      }
    }
    x.array = Array(x.array.storage(), x.array.dtype(), shape, strides, x.array.offset());
  }
}

// The comma-separated terms of an einsum spec's input side, as written.
std::vector<std::string> input_terms(const std::string& inputs) {
  std::vector<std::string> terms(1);
  for (char c : inputs) {
    if (c == ',') {
      terms.emplace_back();
    } else {
      terms.back() += c;
    }
  }
  return terms;
}

// The subscripts with each '...' replaced by labels of its own (letters the subscripts do
// not use): an operand's broadcast dimensions take the last of them, as numpy aligns shapes
// on the right. Without '->' the output is those dimensions, then the labels used once
// alphabetically; an explicit output without '...' sums them under torch and is numpy's
// ValueError.
std::string name_ellipsis_dims(const std::string& spec, const std::vector<Array>& operands,
                               Rules rules) {
  const std::size_t arrow = spec.find("->");
  const std::string inputs = spec.substr(0, arrow);
  const std::vector<std::string> terms = input_terms(inputs);
  auto letters_in = [](const std::string& term) {
    return static_cast<int64_t>(std::count_if(term.begin(), term.end(), [](char c) {
      return std::isalpha(static_cast<unsigned char>(c)) != 0;
    }));
  };
  // How many dimensions each term's '...' stands for; the widest is the output's.
  std::vector<int64_t> widths(terms.size(), 0);
  int64_t width = 0;
  for (std::size_t i = 0; i < terms.size() && i < operands.size(); ++i) {
    const std::size_t dots = terms[i].find("...");
    if (dots == std::string::npos) continue;
    if (terms[i].find('.', dots + 3) != std::string::npos) {
      raise(ExcKind::ValueError,
            "einstein sum subscripts string contains a '.' that is not "
            "part of an ellipsis ('...') in operand " +
                std::to_string(i));
    }
    widths[i] = std::max<int64_t>(0, operands[i].ndim() - letters_in(terms[i]));
    width = std::max(width, widths[i]);
  }
  std::string fresh;
  for (char c = 'A'; c <= 'z' && static_cast<int64_t>(fresh.size()) < width; ++c) {
    if (std::isalpha(static_cast<unsigned char>(c)) && spec.find(c) == std::string::npos) {
      fresh += c;
    }
  }
  if (static_cast<int64_t>(fresh.size()) < width) {
    raise(ExcKind::ValueError, "too many subscripts in einsum");
  }
  std::string rewritten;
  for (std::size_t i = 0; i < terms.size(); ++i) {
    std::string term = terms[i];
    if (const std::size_t dots = term.find("..."); dots != std::string::npos) {
      term.replace(dots, 3, fresh.substr(fresh.size() - widths[i]));
    }
    rewritten += (i ? "," : "") + term;
  }
  std::string output;
  if (arrow == std::string::npos) {
    output = fresh;
    for (char label = 'A'; label <= 'z'; ++label) {
      if (std::count(inputs.begin(), inputs.end(), label) == 1) output += label;
    }
  } else {
    output = spec.substr(arrow + 2);
    if (const std::size_t dots = output.find("..."); dots != std::string::npos) {
      output.replace(dots, 3, fresh);
    } else if (width > 0 && rules == Rules::Numpy) {
      raise(ExcKind::ValueError,
            "output has more dimensions than subscripts given in einstein sum, but no '...' "
            "ellipsis provided to broadcast the extra dimensions.");
    }
  }
  return rewritten + "->" + output;
}

}  // namespace

Array einsum(std::string_view subscripts, const std::vector<Array>& operands, Rules rules) {
  std::string spec;
  for (char c : subscripts) {
    if (c != ' ') spec += c;
  }
  if (spec.find('.') != std::string::npos) spec = name_ellipsis_dims(spec, operands, rules);
  const std::size_t arrow = spec.find("->");
  const std::string inputs = spec.substr(0, arrow);
  const std::vector<std::string> terms = input_terms(inputs);
  for (const std::string& term : terms) {
    for (char c : term) {
      if (!std::isalpha(static_cast<unsigned char>(c))) {
        raise(ExcKind::ValueError, "invalid subscript '" + std::string(1, c) +
                                       "' in einstein sum subscripts string, subscripts must "
                                       "be letters");
      }
    }
  }
  // numpy's two messages, worded the other way round from what they check, kept as numpy has them.
  if (terms.size() > operands.size()) {
    raise(ExcKind::ValueError,
          "more operands provided to einstein sum function than specified "
          "in the subscripts string");
  }
  if (terms.size() < operands.size()) {
    raise(ExcKind::ValueError,
          "fewer operands provided to einstein sum function than specified "
          "in the subscripts string");
  }
  // numpy's implicit output: the labels used once, in alphabetical order.
  std::string output;
  if (arrow != std::string::npos) {
    output = spec.substr(arrow + 2);
  } else {
    for (char label = 'A'; label <= 'z'; ++label) {
      if (std::count(inputs.begin(), inputs.end(), label) == 1) output += label;
    }
  }
  for (char label : output) {
    if (inputs.find(label) == std::string::npos) {
      raise(ExcKind::ValueError, "einstein sum subscripts string included output subscript '" +
                                     std::string(1, label) + "' which never appeared in an input");
    }
  }
  std::vector<Labeled> labeled;
  for (std::size_t i = 0; i < operands.size(); ++i) {
    labeled.push_back(label_operand(operands[i], terms[i], i));
  }
  broadcast_labels(labeled, operands, terms, output);
  // Left to right: each step keeps the labels the output or a later operand still needs.
  auto needed_after = [&](std::size_t i) {
    std::string keep = output;
    for (std::size_t j = i + 1; j < labeled.size(); ++j) keep += labeled[j].labels;
    return keep;
  };
  Labeled result =
      sum_except(labeled[0], needed_after(0) + (labeled.size() > 1 ? labeled[1].labels : ""));
  for (std::size_t i = 1; i < labeled.size(); ++i) {
    const std::string keep = needed_after(i);
    const Labeled next = sum_except(labeled[i], keep + result.labels);
    result = contract(sum_except(result, keep + next.labels), next, keep, rules);
  }
  result = sum_except(result, output);
  Shape order;
  for (char label : output) order.push_back(static_cast<int64_t>(result.labels.find(label)));
  return copy(transpose(result.array, order));
}

Array norm(const Array& a, double ord, std::optional<int64_t> axis, bool keepdims) {
  const DType dtype = is_float(a.dtype()) ? a.dtype() : DType::Float64;
  const Array x = unary(UnaryOp::Abs, as_dtype(a, dtype));
  const ReduceOptions keep{keepdims, 0, Rules::Numpy};
  if (!axis && ord != 2 && a.ndim() != 1) {
    raise(ExcKind::ValueError, "Improper number of dimensions to norm.");
  }
  const Axes axes = axis ? Axes(std::vector<int64_t>{*axis}) : std::nullopt;
  // numpy's inf-norm is a max with initial=0: an empty vector's is 0 (its -inf-norm raises).
  if (ord > 0 && std::isinf(ord) && x.size() == 0) return reduce(ReduceOp::Sum, x, axes, keep);
  if (std::isinf(ord)) return reduce(ord > 0 ? ReduceOp::Max : ReduceOp::Min, x, axes, keep);
  if (ord == 0) {
    return as_dtype(
        reduce(ReduceOp::Sum, binary(BinaryOp::NotEqual, x, scalar(0, dtype)), axes, keep), dtype);
  }
  if (ord == 1) return reduce(ReduceOp::Sum, x, axes, keep);
  if (ord == 2) {
    return unary(UnaryOp::Sqrt,
                 reduce(ReduceOp::Sum, binary(BinaryOp::Multiply, x, x), axes, keep));
  }
  const Array p = scalar(ord, dtype);
  const Array total = reduce(ReduceOp::Sum, binary(BinaryOp::Power, x, p), axes, keep);
  return binary(BinaryOp::Power, total, scalar(1.0 / ord, dtype));
}

namespace {

// `a` with axes `row` and `column` set to size 1 (keepdims), or removed.
Array place_matrix_result(const Array& result, const Array& a, int64_t row, int64_t column,
                          bool keepdims) {
  Shape shape;
  for (int64_t d = 0; d < a.ndim(); ++d) {
    if (d == row || d == column) {
      if (keepdims) shape.push_back(1);
    } else {
      shape.push_back(a.shape()[d]);
    }
  }
  return reshape(result, shape);
}

// Max or Min over `count` values; numpy's largest of none is 0 (a sum), its smallest raises.
ReduceOp pick_extreme(bool largest, int64_t count) {
  if (!largest) return ReduceOp::Min;
  return count == 0 ? ReduceOp::Sum : ReduceOp::Max;
}

}  // namespace

Array matrix_norm(const Array& a, MatrixOrd ord, int64_t row, int64_t column, bool keepdims) {
  const DType dtype = is_float(a.dtype()) ? a.dtype() : DType::Float64;
  const Array x = unary(UnaryOp::Abs, as_dtype(a, dtype));
  const ReduceOptions keep{true, 0, Rules::Numpy};
  const std::vector<int64_t> both{row, column};
  Array result;
  switch (ord) {
    case MatrixOrd::Frobenius:
      result =
          unary(UnaryOp::Sqrt, reduce(ReduceOp::Sum, binary(BinaryOp::Multiply, x, x), both, keep));
      break;
    case MatrixOrd::MaxColumnSum:
    case MatrixOrd::MinColumnSum:
    case MatrixOrd::MaxRowSum:
    case MatrixOrd::MinRowSum: {
      const bool columns = ord == MatrixOrd::MaxColumnSum || ord == MatrixOrd::MinColumnSum;
      const bool largest = ord == MatrixOrd::MaxColumnSum || ord == MatrixOrd::MaxRowSum;
      const Array sums =
          reduce(ReduceOp::Sum, x, std::vector<int64_t>{columns ? row : column}, keep);
      const int64_t picked = columns ? column : row;
      result = reduce(pick_extreme(largest, sums.shape()[picked]), sums,
                      std::vector<int64_t>{picked}, keep);
      break;
    }
    case MatrixOrd::Largest:
    case MatrixOrd::Smallest:
    case MatrixOrd::Nuclear: {
      Shape order;
      for (int64_t d = 0; d < a.ndim(); ++d) {
        if (d != row && d != column) order.push_back(d);
      }
      order.push_back(row);
      order.push_back(column);
      const Array values = singular_values(transpose(a, order));
      const ReduceOp op = ord == MatrixOrd::Nuclear
                              ? ReduceOp::Sum
                              : pick_extreme(ord == MatrixOrd::Largest, values.dim(-1));
      result = as_dtype(reduce(op, values, std::vector<int64_t>{-1}), dtype);
      break;
    }
  }
  return place_matrix_result(result, a, row, column, keepdims);
}

// ---- tensordot, inner, vdot, kron
// ----------------------------------------------------------------

namespace {

// A dimension as Python indexes a shape tuple: negative from the end, IndexError past it.
int64_t dimension(const Shape& shape, int64_t axis) {
  const auto n = static_cast<int64_t>(shape.size());
  if (axis < -n || axis >= n) raise(ExcKind::IndexError, "tuple index out of range");
  return shape[static_cast<size_t>(axis < 0 ? axis + n : axis)];
}

// numpy's shape text in its C messages: "(2,3)", "(3,)".
std::string compact_shape(const Shape& shape) {
  std::string out = "(";
  for (size_t i = 0; i < shape.size(); ++i) {
    if (i > 0) out += ',';
    out += std::to_string(shape[i]);
  }
  return out + (shape.size() == 1 ? ",)" : ")");
}

}  // namespace

Array tensordot(const Array& a, const Array& b, std::vector<int64_t> axes_a,
                std::vector<int64_t> axes_b) {
  bool equal = axes_a.size() == axes_b.size();
  for (size_t k = 0; equal && k < axes_a.size(); ++k) {
    equal = dimension(a.shape(), axes_a[k]) == dimension(b.shape(), axes_b[k]);
    if (axes_a[k] < 0) axes_a[k] += a.ndim();
    if (axes_b[k] < 0) axes_b[k] += b.ndim();
  }
  if (!equal) raise(ExcKind::ValueError, "shape-mismatch for sum");
  // Each operand as a matrix: its kept axes (in order) against the summed ones.
  auto as_matrix = [](const Array& x, const std::vector<int64_t>& summed, bool summed_first,
                      Shape& kept_dims) {
    Shape kept, order;
    for (int64_t d = 0; d < x.ndim(); ++d) {
      if (std::find(summed.begin(), summed.end(), d) == summed.end()) kept.push_back(d);
    }
    int64_t rows = 1, inner_size = 1;
    for (int64_t d : kept) {
      kept_dims.push_back(x.shape()[static_cast<size_t>(d)]);
      rows *= x.shape()[static_cast<size_t>(d)];
    }
    for (int64_t d : summed) inner_size *= x.shape()[static_cast<size_t>(d)];
    if (summed_first) {
      order = summed;
      order.insert(order.end(), kept.begin(), kept.end());
    } else {
      order = kept;
      order.insert(order.end(), summed.begin(), summed.end());
    }
    const Array moved = transpose(x, order);
    return summed_first ? reshape(moved, {inner_size, rows}) : reshape(moved, {rows, inner_size});
  };
  Shape result_shape;
  const Array left = as_matrix(a, axes_a, false, result_shape);
  const Array right = as_matrix(b, axes_b, true, result_shape);
  return reshape(matmul(left, right), result_shape);
}

Array inner(const Array& a, const Array& b) {
  if (a.ndim() == 0 || b.ndim() == 0) return binary(BinaryOp::Multiply, a, b);
  if (a.shape().back() != b.shape().back()) {
    raise(ExcKind::ValueError,
          "shapes " + compact_shape(a.shape()) + " and " + compact_shape(b.shape()) +
              " not aligned: " + std::to_string(a.shape().back()) + " (dim " +
              std::to_string(a.ndim() - 1) + ") != " + std::to_string(b.shape().back()) + " (dim " +
              std::to_string(std::max<int64_t>(b.ndim() - 2, 0)) + ")");
  }
  return tensordot(a, b, {-1}, {-1});
}

Array vdot(const Array& a, const Array& b) {
  if (a.size() != b.size()) {
    raise(ExcKind::ValueError, "cannot reshape array of size " + std::to_string(b.size()) +
                                   " into shape (" + std::to_string(a.size()) + ",)");
  }
  return dot(reshape(a, {-1}), reshape(b, {-1}));
}

Array kron(const Array& a, const Array& b, Rules rules) {
  if (a.ndim() == 0 || b.ndim() == 0) return binary(BinaryOp::Multiply, a, b, rules);
  const int64_t nd = std::max(a.ndim(), b.ndim());
  auto padded = [nd](const Shape& shape) {
    Shape out(static_cast<size_t>(nd) - shape.size(), 1);
    out.insert(out.end(), shape.begin(), shape.end());
    return out;
  };
  const Shape as = padded(a.shape()), bs = padded(b.shape());
  // a's axes interleaved with b's: element (i, j) of each pair of axes is a[i] * b[j].
  Shape a_spread, b_spread, result;
  for (size_t d = 0; d < static_cast<size_t>(nd); ++d) {
    a_spread.insert(a_spread.end(), {as[d], 1});
    b_spread.insert(b_spread.end(), {1, bs[d]});
    result.push_back(as[d] * bs[d]);
  }
  return reshape(binary(BinaryOp::Multiply, reshape(a, a_spread), reshape(b, b_spread), rules),
                 result);
}

}  // namespace ingot::rt::tensor
