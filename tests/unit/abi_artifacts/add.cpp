// Hand-written stand-in for the generated code of the smallest useful function, the one
// the call-overhead benchmark times:
//
//     def add(a: int, b: int) -> int:
//         return a + b
#include "runtime/abi/convert.h"
#include "runtime/core/ops.h"

namespace {

using namespace ingot;

abi::ValuePtr call_add(const abi::Args& args) {
  return abi::to_value(rt::int_add(args.get<rt::Int>(0), args.get<rt::Int>(1)));
}

}  // namespace

const ingot::abi::Entry& ingot::abi::entry() {
  static const Entry described{
      .name = "add",
      .params = {{.name = "a", .annotation = "int", .type_json = type_json<rt::Int>()},
                 {.name = "b", .annotation = "int", .type_json = type_json<rt::Int>()}},
      .return_annotation = "int",
      .return_type_json = type_json<rt::Int>(),
      .call = call_add};
  return described;
}
