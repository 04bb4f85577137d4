// The runtime tensor's side of the numpy parity tests (test_tensor_parity.py).
//
// Reads one operation per line of stdin, as JSON: {"op": NAME, "args": [...], "kw": {...}}
// where an array is {"dtype": D, "shape": [...], "data": [flat C-order values]} with an
// optional "view": an index applied to it first (slices with steps make non-contiguous
// views) and "T": true to transpose it. Writes one JSON line per operation:
// {"ok": RESULT} with arrays in the same form, or {"err": [KIND, MESSAGE]}.
#include <cmath>
#include <cstdio>
#include <functional>
#include <iostream>
#include <limits>
#include <map>
#include <string>
#include <vector>

#include "runtime/abi/json.h"
#include "runtime/abi/value.h"
#include "runtime/core/errors.h"
#include "runtime/tensor/elementwise.h"
#include "runtime/tensor/index.h"
#include "runtime/tensor/linalg.h"
#include "runtime/tensor/nn.h"
#include "runtime/tensor/reduce.h"
#include "runtime/tensor/shape.h"
#include "runtime/tensor/sort.h"

namespace abi = ingot::abi;
namespace rt = ingot::rt;
using namespace ingot::rt::tensor;  // NOLINT: the driver names every op

namespace {

using Json = const ingot_value&;

[[noreturn]] void bad_case(const std::string& why) { rt::raise(rt::ExcKind::AssertionError, why); }

const ingot_value* field(Json object, std::string_view key) {
  if (object.kind != INGOT_DICT) return nullptr;
  for (const auto& [k, v] : abi::dict_of(object).entries) {
    if (k->kind == INGOT_STR && abi::text_of(*k) == key) return v.get();
  }
  return nullptr;
}

bool is_null(const ingot_value* v) { return v == nullptr || v->kind == INGOT_NONE; }
int64_t as_int(Json v) { return std::get<int64_t>(v.payload); }
double as_number(Json v) {
  if (v.kind == INGOT_INT) return static_cast<double>(as_int(v));
  if (v.kind == INGOT_BOOL) return std::get<bool>(v.payload);
  if (v.kind == INGOT_STR) {  // "inf", "-inf", "nan" for bounds and ords
    const std::string& text = abi::text_of(v);
    return text == "nan" ? NAN : text[0] == '-' ? -INFINITY : INFINITY;
  }
  return std::get<double>(v.payload);
}
const std::vector<abi::ValuePtr>& items(Json v) { return abi::sequence_of(v).items; }

Shape as_shape(Json v) {
  if (v.kind == INGOT_INT) return {as_int(v)};
  Shape shape;
  for (const auto& item : items(v)) shape.push_back(as_int(*item));
  return shape;
}

DType as_dtype_name(Json v) {
  DType dtype;
  if (v.kind != INGOT_STR || !dtype_from_name(abi::text_of(v), dtype)) bad_case("bad dtype");
  return dtype;
}

Array parse_array(Json v);

IndexItem parse_index_item(Json v) {
  switch (v.kind) {
    case INGOT_INT:
      return as_int(v);
    case INGOT_NONE:
      return NewAxis{};
    case INGOT_STR:
      return Ellipsis{};
    case INGOT_LIST: {  // [start, stop, step], each possibly null
      const auto& parts = items(v);
      auto part = [&](std::size_t i) -> std::optional<int64_t> {
        if (i >= parts.size() || parts[i]->kind == INGOT_NONE) return std::nullopt;
        return as_int(*parts[i]);
      };
      return Slice{part(0), part(1), part(2)};
    }
    default:
      return parse_array(v);
  }
}

Index parse_index(Json v) {
  Index index;
  for (const auto& item : items(v)) index.push_back(parse_index_item(*item));
  return index;
}

Array parse_array(Json v) {
  const DType dtype = as_dtype_name(*field(v, "dtype"));
  const Shape shape = as_shape(*field(v, "shape"));
  Array out(dtype, shape);
  const auto& data = items(*field(v, "data"));
  visit_dtype(dtype, [&]<typename T>() {
    T* p = out.data<T>();
    for (std::size_t i = 0; i < data.size(); ++i) {
      const ingot_value& item = *data[i];
      if (item.kind == INGOT_INT) {
        p[i] = cast_value<T>(as_int(item));
      } else {
        p[i] = cast_value<T>(as_number(item));
      }
    }
  });
  if (const ingot_value* view = field(v, "view")) out = getitem(out, parse_index(*view));
  if (const ingot_value* t = field(v, "T"); t != nullptr && std::get<bool>(t->payload)) {
    out = transpose(out);
  }
  return out;
}

abi::ValuePtr array_json(const Array& a) {
  abi::ValuePtr out = abi::make_dict();
  abi::dict_set(*out, abi::make_str("dtype"), abi::make_str(std::string(dtype_name(a.dtype()))));
  std::vector<abi::ValuePtr> shape, data;
  for (int64_t extent : a.shape()) shape.push_back(abi::make_int(extent));
  for (int64_t i = 0, n = a.size(); i < n; ++i) {
    if (a.dtype() == DType::Bool) {
      data.push_back(abi::make_bool(a.element_as_int(i) != 0));
    } else if (is_float(a.dtype())) {
      data.push_back(abi::make_float(a.element_as_double(i)));
    } else {
      data.push_back(abi::make_int(a.element_as_int(i)));
    }
  }
  abi::dict_set(*out, abi::make_str("shape"), abi::make_list(std::move(shape)));
  abi::dict_set(*out, abi::make_str("data"), abi::make_list(std::move(data)));
  return out;
}

abi::ValuePtr arrays_json(const std::vector<Array>& arrays) {
  std::vector<abi::ValuePtr> out;
  out.reserve(arrays.size());
  for (const Array& a : arrays) out.push_back(array_json(a));
  return abi::make_list(std::move(out));
}

// One operation's arguments.
struct Call {
  const std::vector<abi::ValuePtr>& args;
  const ingot_value* kw;

  Json arg(std::size_t i) const {
    if (i >= args.size()) bad_case("missing argument " + std::to_string(i));
    return *args[i];
  }
  Array array(std::size_t i) const { return parse_array(arg(i)); }
  int64_t integer(std::size_t i) const { return as_int(arg(i)); }
  const ingot_value* option(std::string_view key) const { return kw ? field(*kw, key) : nullptr; }
  Rules rules() const {
    const ingot_value* torch = option("torch");
    return torch != nullptr && std::get<bool>(torch->payload) ? Rules::Torch : Rules::Numpy;
  }
  bool flag(std::string_view key) const {
    const ingot_value* v = option(key);
    return v != nullptr && std::get<bool>(v->payload);
  }
  std::optional<int64_t> axis() const {
    const ingot_value* v = option("axis");
    return is_null(v) ? std::nullopt : std::optional<int64_t>(as_int(*v));
  }
  Axes axes() const {
    const ingot_value* v = option("axis");
    if (is_null(v)) return std::nullopt;
    return as_shape(*v);
  }
  std::vector<Array> array_list(std::size_t i) const {
    std::vector<Array> out;
    for (const auto& item : items(arg(i))) out.push_back(parse_array(*item));
    return out;
  }
};

// An operand that is either an array or a Python scalar.
bool is_scalar(Json v) {
  return v.kind == INGOT_INT || v.kind == INGOT_FLOAT || v.kind == INGOT_BOOL;
}
Scalar as_scalar(Json v) {
  if (v.kind == INGOT_BOOL) return Scalar::from_bool(std::get<bool>(v.payload));
  if (v.kind == INGOT_INT) return Scalar::from_int(as_int(v));
  return Scalar::from_float(as_number(v));
}

Array binary_call(BinaryOp op, const Call& c) {
  Json x = c.arg(0), y = c.arg(1);
  if (is_scalar(x)) return binary(op, as_scalar(x), parse_array(y), c.rules());
  if (is_scalar(y)) return binary(op, parse_array(x), as_scalar(y), c.rules());
  return binary(op, parse_array(x), parse_array(y), c.rules());
}

using Op = std::function<abi::ValuePtr(const Call&)>;

std::map<std::string, Op> operations() {
  std::map<std::string, Op> ops;
  const std::pair<const char*, BinaryOp> binaries[] = {
      {"add", BinaryOp::Add},
      {"subtract", BinaryOp::Subtract},
      {"multiply", BinaryOp::Multiply},
      {"divide", BinaryOp::TrueDivide},
      {"floor_divide", BinaryOp::FloorDivide},
      {"remainder", BinaryOp::Remainder},
      {"power", BinaryOp::Power},
      {"maximum", BinaryOp::Maximum},
      {"minimum", BinaryOp::Minimum},
      {"bitwise_and", BinaryOp::BitwiseAnd},
      {"bitwise_or", BinaryOp::BitwiseOr},
      {"bitwise_xor", BinaryOp::BitwiseXor},
      {"equal", BinaryOp::Equal},
      {"not_equal", BinaryOp::NotEqual},
      {"less", BinaryOp::Less},
      {"less_equal", BinaryOp::LessEqual},
      {"greater", BinaryOp::Greater},
      {"greater_equal", BinaryOp::GreaterEqual},
      {"logical_and", BinaryOp::LogicalAnd},
      {"logical_or", BinaryOp::LogicalOr},
      {"logical_xor", BinaryOp::LogicalXor},
      {"copysign", BinaryOp::Copysign},
      {"hypot", BinaryOp::Hypot},
      {"arctan2", BinaryOp::Arctan2},
      {"fmod", BinaryOp::Fmod},
      {"fmax", BinaryOp::Fmax},
      {"fmin", BinaryOp::Fmin},
      {"logaddexp", BinaryOp::LogAddExp},
      {"logaddexp2", BinaryOp::LogAddExp2},
      {"heaviside", BinaryOp::Heaviside},
  };
  for (const auto& [name, binary_op] : binaries) {
    const BinaryOp op = binary_op;  // a variable, so the lambdas below can capture it
    ops[name] = [op](const Call& c) { return array_json(binary_call(op, c)); };
    // a op= b, returning a.
    ops[std::string("i") + name] = [op](const Call& c) {
      const Array a = c.array(0);
      if (is_scalar(c.arg(1))) {
        binary_inplace(op, a, as_scalar(c.arg(1)), c.rules());
      } else {
        binary_inplace(op, a, c.array(1), c.rules());
      }
      return array_json(a);
    };
  }
  const std::pair<const char*, UnaryOp> unaries[] = {
      {"negative", UnaryOp::Negative},
      {"abs", UnaryOp::Abs},
      {"sign", UnaryOp::Sign},
      {"square", UnaryOp::Square},
      {"exp", UnaryOp::Exp},
      {"log", UnaryOp::Log},
      {"log1p", UnaryOp::Log1p},
      {"log10", UnaryOp::Log10},
      {"log2", UnaryOp::Log2},
      {"exp2", UnaryOp::Exp2},
      {"expm1", UnaryOp::Expm1},
      {"sqrt", UnaryOp::Sqrt},
      {"rsqrt", UnaryOp::Rsqrt},
      {"tanh", UnaryOp::Tanh},
      {"sin", UnaryOp::Sin},
      {"cos", UnaryOp::Cos},
      {"tan", UnaryOp::Tan},
      {"arcsin", UnaryOp::Arcsin},
      {"arccos", UnaryOp::Arccos},
      {"arctan", UnaryOp::Arctan},
      {"sinh", UnaryOp::Sinh},
      {"cosh", UnaryOp::Cosh},
      {"arcsinh", UnaryOp::Arcsinh},
      {"arccosh", UnaryOp::Arccosh},
      {"arctanh", UnaryOp::Arctanh},
      {"sigmoid", UnaryOp::Sigmoid},
      {"erf", UnaryOp::Erf},
      {"gelu", UnaryOp::Gelu},
      {"gelu_tanh", UnaryOp::GeluTanh},
      {"relu", UnaryOp::Relu},
      {"floor", UnaryOp::Floor},
      {"ceil", UnaryOp::Ceil},
      {"round", UnaryOp::Round},
      {"logical_not", UnaryOp::LogicalNot},
      {"invert", UnaryOp::BitwiseNot},
      {"isnan", UnaryOp::IsNan},
      {"isfinite", UnaryOp::IsFinite},
      {"isinf", UnaryOp::IsInf},
      {"reciprocal", UnaryOp::Reciprocal},
      {"cbrt", UnaryOp::Cbrt},
      {"trunc", UnaryOp::Trunc},
      {"signbit", UnaryOp::Signbit},
      {"isneginf", UnaryOp::IsNegInf},
      {"isposinf", UnaryOp::IsPosInf},
      {"sinc", UnaryOp::Sinc},
  };
  for (const auto& [name, unary_op] : unaries) {
    const UnaryOp op = unary_op;
    ops[name] = [op](const Call& c) { return array_json(unary(op, c.array(0), c.rules())); };
  }
  const std::pair<const char*, ReduceOp> reductions[] = {
      {"sum", ReduceOp::Sum},   {"prod", ReduceOp::Prod},
      {"mean", ReduceOp::Mean}, {"max", ReduceOp::Max},
      {"min", ReduceOp::Min},   {"any", ReduceOp::Any},
      {"all", ReduceOp::All},   {"var", ReduceOp::Var},
      {"std", ReduceOp::Std},   {"logsumexp", ReduceOp::LogSumExp},
  };
  for (const auto& [name, reduce_op] : reductions) {
    const ReduceOp op = reduce_op;
    ops[name] = [op](const Call& c) {
      const ingot_value* ddof = c.option("ddof");
      const ReduceOptions options{c.flag("keepdims"), is_null(ddof) ? 0 : as_int(*ddof), c.rules()};
      return array_json(reduce(op, c.array(0), c.axes(), options));
    };
  }
  ops["argmax"] = [](const Call& c) {
    return array_json(argmax(c.array(0), c.axis(), c.flag("keepdims")));
  };
  ops["argmin"] = [](const Call& c) {
    return array_json(argmin(c.array(0), c.axis(), c.flag("keepdims")));
  };
  ops["cumsum"] = [](const Call& c) { return array_json(cumsum(c.array(0), c.axis())); };

  // Creation and conversion.
  ops["array"] = [](const Call& c) { return array_json(c.array(0)); };
  ops["copy"] = [](const Call& c) { return array_json(copy(c.array(0))); };
  ops["astype"] = [](const Call& c) {
    return array_json(astype(c.array(0), as_dtype_name(c.arg(1))));
  };
  ops["item"] = [](const Call& c) { return abi::make_float(item_as_double(c.array(0))); };
  ops["zeros"] = [](const Call& c) {
    return array_json(zeros(as_shape(c.arg(0)), as_dtype_name(c.arg(1))));
  };
  ops["ones"] = [](const Call& c) {
    return array_json(ones(as_shape(c.arg(0)), as_dtype_name(c.arg(1))));
  };
  ops["full"] = [](const Call& c) {
    return array_json(full(as_shape(c.arg(0)), as_number(c.arg(1)), as_dtype_name(c.arg(2))));
  };
  ops["arange"] = [](const Call& c) {
    return array_json(arange(as_number(c.arg(0)), as_number(c.arg(1)), as_number(c.arg(2)),
                             as_dtype_name(c.arg(3))));
  };
  ops["linspace"] = [](const Call& c) {
    return array_json(linspace(as_number(c.arg(0)), as_number(c.arg(1)), c.integer(2),
                               !c.option("endpoint") || c.flag("endpoint"),
                               as_dtype_name(c.arg(3))));
  };
  ops["eye"] = [](const Call& c) {
    return array_json(eye(c.integer(0), c.integer(1), c.integer(2), as_dtype_name(c.arg(3))));
  };

  // Elementwise with more operands.
  ops["where"] = [](const Call& c) {
    return array_json(where(c.array(0), c.array(1), c.array(2), c.rules()));
  };
  ops["clip"] = [](const Call& c) {
    const std::optional<Array> lo = is_null(&c.arg(1)) ? std::nullopt : std::optional(c.array(1));
    const std::optional<Array> hi = is_null(&c.arg(2)) ? std::nullopt : std::optional(c.array(2));
    return array_json(clip(c.array(0), lo ? &*lo : nullptr, hi ? &*hi : nullptr, c.rules()));
  };

  // Linear algebra.
  ops["matmul"] = [](const Call& c) {
    return array_json(matmul(c.array(0), c.array(1), c.rules()));
  };
  ops["dot"] = [](const Call& c) { return array_json(dot(c.array(0), c.array(1), c.rules())); };
  ops["einsum"] = [](const Call& c) {
    return array_json(einsum(abi::text_of(c.arg(0)), c.array_list(1), c.rules()));
  };
  ops["norm"] = [](const Call& c) {
    return array_json(norm(c.array(0), as_number(c.arg(1)), c.axis(), c.flag("keepdims")));
  };
  ops["matrix_norm"] = [](const Call& c) {
    static const std::map<std::string, MatrixOrd> kOrders = {
        {"fro", MatrixOrd::Frobenius},  {"nuc", MatrixOrd::Nuclear},
        {"2", MatrixOrd::Largest},      {"-2", MatrixOrd::Smallest},
        {"1", MatrixOrd::MaxColumnSum}, {"-1", MatrixOrd::MinColumnSum},
        {"inf", MatrixOrd::MaxRowSum},  {"-inf", MatrixOrd::MinRowSum}};
    const MatrixOrd ord = kOrders.at(abi::text_of(c.arg(1)));
    return array_json(matrix_norm(c.array(0), ord, c.integer(2), c.integer(3), c.flag("keepdims")));
  };

  // Shapes.
  ops["reshape"] = [](const Call& c) {
    return array_json(reshape(c.array(0), as_shape(c.arg(1))));
  };
  ops["transpose"] = [](const Call& c) {
    return array_json(transpose(c.array(0), is_null(&c.arg(1)) ? Shape{} : as_shape(c.arg(1))));
  };
  ops["swapaxes"] = [](const Call& c) {
    return array_json(swapaxes(c.array(0), c.integer(1), c.integer(2)));
  };
  ops["moveaxis"] = [](const Call& c) {
    return array_json(moveaxis(c.array(0), c.integer(1), c.integer(2)));
  };
  ops["expand_dims"] = [](const Call& c) {
    return array_json(expand_dims(c.array(0), c.integer(1)));
  };
  ops["squeeze"] = [](const Call& c) { return array_json(squeeze(c.array(0), c.axes())); };
  ops["broadcast_to"] = [](const Call& c) {
    return array_json(broadcast_to(c.array(0), as_shape(c.arg(1))));
  };
  ops["expand"] = [](const Call& c) { return array_json(expand(c.array(0), as_shape(c.arg(1)))); };
  ops["ravel"] = [](const Call& c) { return array_json(flatten(c.array(0))); };
  ops["flatten"] = [](const Call& c) {
    return array_json(flatten(c.array(0), c.integer(1), c.integer(2)));
  };
  ops["concatenate"] = [](const Call& c) {
    return array_json(concatenate(c.array_list(0), c.axis(), c.rules()));
  };
  ops["stack"] = [](const Call& c) {
    return array_json(stack(c.array_list(0), c.axis().value_or(0), c.rules()));
  };
  ops["split"] = [](const Call& c) {
    const Array a = c.array(0);
    const int64_t axis = c.axis().value_or(0);
    if (c.arg(1).kind == INGOT_INT) return arrays_json(split_sections(a, c.integer(1), axis, true));
    return arrays_json(split_at(a, as_shape(c.arg(1)), axis));
  };
  ops["array_split"] = [](const Call& c) {
    return arrays_json(split_sections(c.array(0), c.integer(1), c.axis().value_or(0), false));
  };
  ops["torch_split"] = [](const Call& c) {
    return arrays_json(split_size(c.array(0), c.integer(1), c.axis().value_or(0)));
  };
  ops["chunk"] = [](const Call& c) {
    return arrays_json(chunk(c.array(0), c.integer(1), c.axis().value_or(0)));
  };
  ops["repeat"] = [](const Call& c) {
    return array_json(repeat(c.array(0), c.integer(1), c.axis()));
  };
  ops["tile"] = [](const Call& c) { return array_json(tile(c.array(0), as_shape(c.arg(1)))); };

  // Indexing.
  ops["getitem"] = [](const Call& c) {
    return array_json(getitem(c.array(0), parse_index(c.arg(1))));
  };
  ops["setitem"] = [](const Call& c) {
    const Array a = c.array(0);
    Json value = c.arg(2);
    setitem(a, parse_index(c.arg(1)),
            is_scalar(value) ? scalar_operand(as_scalar(value), a.dtype(), Rules::Numpy)
                             : parse_array(value));
    return array_json(a);
  };
  ops["take"] = [](const Call& c) { return array_json(take(c.array(0), c.array(1), c.axis())); };
  ops["take_along_axis"] = [](const Call& c) {
    return array_json(take_along_axis(c.array(0), c.array(1), c.integer(2)));
  };
  ops["gather"] = [](const Call& c) {
    return array_json(gather(c.array(0), c.integer(1), c.array(2)));
  };
  // Writes `value` through a view made by getitem / reshape / transpose and returns the
  // base: the write shows in the base exactly when the view is a view.
  ops["write_through"] = [](const Call& c) {
    const Array base = c.array(0);
    const std::string& how = abi::text_of(c.arg(1));
    Array view;
    if (how == "getitem") view = getitem(base, parse_index(c.arg(2)));
    if (how == "reshape") view = reshape(base, as_shape(c.arg(2)));
    if (how == "transpose") view = transpose(base);
    if (how == "ravel") view = flatten(base);
    if (how == "squeeze") view = squeeze(base, std::nullopt);
    if (how == "expand_dims") view = expand_dims(base, c.integer(2));
    if (how == "swapaxes") view = swapaxes(base, 0, -1);
    assign(view, full({}, as_number(c.arg(3)), base.dtype()));
    return array_json(base);
  };

  // Ordering and activations.
  ops["sort"] = [](const Call& c) {
    return array_json(sort(c.array(0), c.axis(), c.flag("descending")));
  };
  ops["argsort"] = [](const Call& c) {
    return array_json(argsort(c.array(0), c.axis(), c.flag("descending")));
  };
  ops["argpartition"] = [](const Call& c) {
    return array_json(argpartition(c.array(0), c.integer(1), c.axis().value_or(-1)));
  };
  ops["topk"] = [](const Call& c) {
    auto [values, indices] = topk(c.array(0), c.integer(1), c.axis().value_or(-1),
                                  !c.option("largest") || c.flag("largest"));
    return arrays_json({values, indices});
  };
  ops["softmax"] = [](const Call& c) {
    return array_json(softmax(c.array(0), c.axis().value_or(-1)));
  };
  ops["log_softmax"] = [](const Call& c) {
    return array_json(log_softmax(c.array(0), c.axis().value_or(-1)));
  };
  ops["layer_norm"] = [](const Call& c) {
    const std::optional<Array> w = is_null(c.option("weight"))
                                       ? std::nullopt
                                       : std::optional(parse_array(*c.option("weight")));
    const std::optional<Array> b =
        is_null(c.option("bias")) ? std::nullopt : std::optional(parse_array(*c.option("bias")));
    return array_json(layer_norm(c.array(0), as_shape(c.arg(1)), w ? &*w : nullptr,
                                 b ? &*b : nullptr, as_number(*c.option("eps"))));
  };
  ops["normalize"] = [](const Call& c) {
    return array_json(
        normalize(c.array(0), as_number(c.arg(1)), c.integer(2), as_number(c.arg(3))));
  };
  ops["cosine_similarity"] = [](const Call& c) {
    return array_json(cosine_similarity(c.array(0), c.array(1), c.integer(2), as_number(c.arg(3))));
  };
  return ops;
}

std::string run_line(const std::map<std::string, Op>& ops, const std::string& line) {
  abi::ValuePtr result = abi::make_dict();
  try {
    const abi::ValuePtr request = abi::parse_json(line);
    const std::string& name = abi::text_of(*field(*request, "op"));
    auto op = ops.find(name);
    if (op == ops.end()) bad_case("unknown op " + name);
    const Call call{items(*field(*request, "args")), field(*request, "kw")};
    abi::dict_set(*result, abi::make_str("ok"), op->second(call));
  } catch (const rt::PyException& e) {
    std::vector<abi::ValuePtr> error;
    error.push_back(abi::make_str(std::string(rt::exc_name(e.kind()))));
    error.push_back(abi::make_str(e.message()));
    abi::dict_set(*result, abi::make_str("err"), abi::make_list(std::move(error)));
  }
  return abi::dump_json(*result);
}

}  // namespace

int main() {
  const std::map<std::string, Op> ops = operations();
  std::string line;
  while (std::getline(std::cin, line)) {
    if (line.empty()) continue;
    std::cout << run_line(ops, line) << '\n';
  }
  return 0;
}
