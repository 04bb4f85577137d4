// Hand-written stand-in for the generated code of a function that uses arrays on both
// sides of the ABI:
//
//     def rank(queries: np.ndarray, keys: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
//         scores = torch.softmax(torch.from_numpy(queries @ keys.T), dim=-1)
//         values, indices = torch.topk(scores, k)
//         return values.numpy(), indices.numpy()
#include "runtime/abi/convert.h"
#include "runtime/tensor/convert.h"
#include "runtime/tensor/linalg.h"
#include "runtime/tensor/nn.h"
#include "runtime/tensor/shape.h"
#include "runtime/tensor/sort.h"

namespace {

using namespace ingot;
using rt::tensor::Array;
using Result = rt::Tuple<Array, Array>;  // (values, indices)

abi::ValuePtr call_rank(const abi::Args& args) {
  const Array queries = args.get<Array>(0);
  const Array keys = args.get<Array>(1);
  const rt::Int k = args.get<rt::Int>(2);
  const Array scores =
      rt::tensor::softmax(rt::tensor::matmul(queries, rt::tensor::transpose(keys)), -1);
  auto [values, indices] = rt::tensor::topk(scores, k, -1, true);
  return abi::to_value(Result{values, indices});
}

}  // namespace

// ingot::abi has an Array of its own: the tensor's is named in full here.
const ingot::abi::Entry& ingot::abi::entry() {
  static const Entry described{
      .name = "rank",
      .params = {{.name = "queries",
                  .annotation = "np.ndarray",
                  .type_json = type_json<rt::tensor::Array>()},
                 {.name = "keys",
                  .annotation = "np.ndarray",
                  .type_json = type_json<rt::tensor::Array>()},
                 {.name = "k", .annotation = "int", .type_json = type_json<rt::Int>()}},
      .return_annotation = "tuple[np.ndarray, np.ndarray]",
      .return_type_json = type_json<Result>(),
      .call = call_rank};
  return described;
}
