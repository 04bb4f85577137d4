// Hand-written stand-in for the generated code of a generator entry:
//
//     def countdown(n: int, fail_at: int = -1) -> Iterator[int]:
//         """Counts down from n; raises ValueError on reaching fail_at."""
//         while n > 0:
//             if n == fail_at:
//                 raise ValueError(f"reached {n}")
//             yield n
//             n -= 1
#include "runtime/abi/stream.h"

namespace {

using namespace ingot;

rt::Generator<rt::Int> countdown(rt::Int n, rt::Int fail_at) {
  while (n > 0) {
    if (n == fail_at) rt::raise(rt::ExcKind::ValueError, "reached " + std::to_string(n));
    co_yield n;
    n -= 1;
  }
}

rt::Generator<rt::Int> run_countdown(const abi::Args& args) {
  const rt::Int n = args.get<rt::Int>(0);
  const rt::Int fail_at = args.has(1) ? args.get<rt::Int>(1) : -1;
  return countdown(n, fail_at);
}

abi::ValuePtr call_countdown(const abi::Args& args) { return abi::to_value(run_countdown(args)); }

std::unique_ptr<abi::Stream> stream_countdown(const abi::Args& args) {
  return abi::make_stream(run_countdown(args));
}

}  // namespace

const ingot::abi::Entry& ingot::abi::entry() {
  static const Entry described{
      .name = "countdown",
      .doc = "Counts down from n; raises ValueError on reaching fail_at.",
      .params = {{.name = "n", .annotation = "int", .type_json = type_json<rt::Int>()},
                 {.name = "fail_at",
                  .annotation = "int",
                  .type_json = type_json<rt::Int>(),
                  .default_json = "-1"}},
      .return_annotation = "Iterator[int]",
      .return_type_json = type_json<rt::Generator<rt::Int>>(),
      .call = call_countdown,
      .stream = stream_countdown};
  return described;
}
