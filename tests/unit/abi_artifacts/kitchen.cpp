// Hand-written stand-in for the generated code of a function that takes one parameter of
// every ABI type and hands them all back, or fails in the way `mode` asks:
//
//     def kitchen(count: int, ratio: float, flag: bool, name: str, raw: bytes,
//                 xs: list[int], weights: dict[str, float], tags: set[str],
//                 pair: tuple[int, str], maybe: int | None = None,
//                 either: int | str = 0, /, *, mode: str = "echo") -> tuple[...]:
//         ...
//
// Modes: "echo" returns the arguments as a tuple; "value_error", "key_error",
// "zero_division" and "overflow" raise what CPython would; "bad_alloc" and
// "std_exception" throw C++ exceptions no Python code could (to check the boundary);
// "tokens" reports `count` tokens; "none" returns None.
#include <new>
#include <stdexcept>

#include "runtime/abi/convert.h"
#include "runtime/core/ops.h"

namespace {

using namespace ingot;

using Echo = rt::Tuple<rt::Int, rt::Float, rt::Bool, rt::Str, rt::Bytes, rt::List<rt::Int>,
                       rt::Dict<rt::Str, rt::Float>, rt::Set<rt::Str>, rt::Tuple<rt::Int, rt::Str>,
                       rt::Optional<rt::Int>, std::variant<rt::Int, rt::Str>>;

abi::ValuePtr call_kitchen(const abi::Args& args) {
  const rt::Int count = args.get<rt::Int>(0);
  const rt::Float ratio = args.get<rt::Float>(1);
  const rt::Bool flag = args.get<rt::Bool>(2);
  const rt::Str name = args.get<rt::Str>(3);
  const rt::Bytes raw = args.get<rt::Bytes>(4);
  const auto xs = args.get<rt::List<rt::Int>>(5);
  const auto weights = args.get<rt::Dict<rt::Str, rt::Float>>(6);
  const auto tags = args.get<rt::Set<rt::Str>>(7);
  const auto pair = args.get<rt::Tuple<rt::Int, rt::Str>>(8);
  const auto maybe = args.has(9) ? args.get<rt::Optional<rt::Int>>(9) : rt::Optional<rt::Int>();
  const auto either = args.has(10) ? args.get<std::variant<rt::Int, rt::Str>>(10)
                                   : std::variant<rt::Int, rt::Str>(0);
  const std::string mode = args.has(11) ? args.get<rt::Str>(11).to_std() : "echo";

  if (mode == "value_error") rt::raise(rt::ExcKind::ValueError, "bad name: " + name.to_std());
  if (mode == "key_error") rt::raise(rt::ExcKind::KeyError, "'" + name.to_std() + "'");
  if (mode == "zero_division") return abi::to_value(rt::int_floordiv(count, 0));
  if (mode == "overflow") return abi::to_value(rt::int_mul(count, INT64_MAX));
  if (mode == "bad_alloc") throw std::bad_alloc();
  if (mode == "std_exception") throw std::runtime_error("something C++ went wrong");
  if (mode == "none") return abi::to_value(rt::None);
  if (mode == "tokens") {
    abi::count_tokens(static_cast<uint64_t>(count));
    return abi::to_value(count);
  }
  return abi::to_value(Echo(count, ratio, flag, name, raw, xs, weights, tags, pair, maybe, either));
}

}  // namespace

const ingot::abi::Entry& ingot::abi::entry() {
  using rt::Int, rt::Float, rt::Str;
  auto param = [](const char* name, const char* annotation, std::string type_json,
                  ParamKind kind = ParamKind::PositionalOnly, const char* default_json = "") {
    return Param{name, kind, annotation, std::move(type_json), default_json};
  };
  static const Entry described{
      .name = "kitchen",
      .doc = "One parameter of every ABI type.",
      .params = {param("count", "int", type_json<Int>()),
                 param("ratio", "float", type_json<Float>()),
                 param("flag", "bool", type_json<rt::Bool>()),
                 param("name", "str", type_json<Str>()),
                 param("raw", "bytes", type_json<rt::Bytes>()),
                 param("xs", "list[int]", type_json<rt::List<Int>>()),
                 param("weights", "dict[str, float]", type_json<rt::Dict<Str, Float>>()),
                 param("tags", "set[str]", type_json<rt::Set<Str>>()),
                 param("pair", "tuple[int, str]", type_json<rt::Tuple<Int, Str>>()),
                 param("maybe", "int | None", type_json<rt::Optional<Int>>(),
                       ParamKind::PositionalOnly, "null"),
                 param("either", "int | str", type_json<std::variant<Int, Str>>(),
                       ParamKind::PositionalOnly, "0"),
                 param("mode", "str", type_json<Str>(), ParamKind::KeywordOnly, "\"echo\"")},
      .return_annotation = "tuple",
      .return_type_json = type_json<Echo>(),
      .call = call_kitchen};
  return described;
}
