// Hand-written stand-in for the generated code of:
//
//     def greet(name: str, punctuation: str = "!", *, times: int = 1) -> str:
//         """Greets someone, `times` times."""
//         if times < 0:
//             raise ValueError(f"times must be >= 0, not {times}")
//         return " ".join([f"Hello, {name}{punctuation}"] * times)
#include "runtime/abi/convert.h"
#include "runtime/core/ops.h"

namespace {

using namespace ingot;

rt::Str greet(const rt::Str& name, const rt::Str& punctuation, rt::Int times) {
  if (times < 0) {
    rt::raise(rt::ExcKind::ValueError, "times must be >= 0, not " + std::to_string(times));
  }
  const std::string once = "Hello, " + name.to_std() + punctuation.to_std();
  std::string all;
  for (rt::Int i = 0; i < times; ++i) all += (i ? " " : "") + once;
  return rt::Str(std::move(all));
}

abi::ValuePtr call_greet(const abi::Args& args) {
  const rt::Str name = args.get<rt::Str>(0);
  const rt::Str punctuation = args.has(1) ? args.get<rt::Str>(1) : rt::Str("!");
  const rt::Int times = args.has(2) ? args.get<rt::Int>(2) : 1;
  return abi::to_value(greet(name, punctuation, times));
}

}  // namespace

const ingot::abi::Entry& ingot::abi::entry() {
  static const Entry described{
      .name = "greet",
      .doc = "Greets someone, `times` times.",
      .params = {{.name = "name", .annotation = "str", .type_json = type_json<rt::Str>()},
                 {.name = "punctuation",
                  .annotation = "str",
                  .type_json = type_json<rt::Str>(),
                  .default_json = "\"!\""},
                 {.name = "times",
                  .kind = ParamKind::KeywordOnly,
                  .annotation = "int",
                  .type_json = type_json<rt::Int>(),
                  .default_json = "1"}},
      .return_annotation = "str",
      .return_type_json = type_json<rt::Str>(),
      .call = call_greet};
  return described;
}
