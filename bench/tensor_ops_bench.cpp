// The runtime tensor's side of bench/tensor_ops.py: times one operation on float32 arrays
// and prints {"min": s, "median": s, "seconds": [each run's s]} for REPEATS runs of it.
//
//     tensor_ops_bench OP N REPEATS [DEPTH ROWS COLUMNS]
//
// OP: add (a + b, N elements), exp, sum (all N elements), softmax (rows of 1024),
// matmul (N x N times N x N), memcpy (N float32s copied: the bandwidth floor);
// exp_into (exp into an array made once: exp without the cost of a fresh result), gemm
// (matmul's kernel alone, with the cache blocking DEPTH ROWS COLUMNS, 0 for this machine's
// choice; the output adds the blocking used).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

#include "runtime/tensor/elementwise.h"
#include "runtime/tensor/gemm.h"
#include "runtime/tensor/linalg.h"
#include "runtime/tensor/nn.h"
#include "runtime/tensor/reduce.h"
#include "runtime/tensor/vector_math.h"

namespace t = ingot::rt::tensor;

namespace {

t::Array random_array(const t::Shape& shape) {
  t::Array out(t::DType::Float32, shape);
  float* data = out.data<float>();
  uint32_t state = 12345;
  for (int64_t i = 0; i < out.size(); ++i) {
    state = state * 1664525u + 1013904223u;
    data[i] = static_cast<float>(state >> 8) / 16777216.0f - 0.5f;
  }
  return out;
}

std::function<void()> operation(const std::string& op, int64_t n, t::GemmBlocking blocking) {
  if (op == "add") {
    auto a = random_array({n}), b = random_array({n});
    return [a, b] { t::binary(t::BinaryOp::Add, a, b); };
  }
  if (op == "exp") {
    auto a = random_array({n});
    return [a] { t::unary(t::UnaryOp::Exp, a); };
  }
  if (op == "sum") {
    auto a = random_array({n});
    return [a] { t::reduce(t::ReduceOp::Sum, a, std::nullopt); };
  }
  if (op == "softmax") {
    const int64_t row = std::min<int64_t>(n, 1024);
    auto a = random_array({n / row, row});
    return [a] { t::softmax(a, -1); };
  }
  if (op == "matmul") {
    auto a = random_array({n, n}), b = random_array({n, n});
    return [a, b] { t::matmul(a, b); };
  }
  if (op == "exp_into") {
    auto a = random_array({n});
    auto out = std::make_shared<t::Array>(t::DType::Float32, t::Shape{n});
    return [a, out] { t::exp_floats(a.data<float>(), out->data<float>(), a.size()); };
  }
  if (op == "gemm") {
    auto a = random_array({n, n}), b = random_array({n, n});
    auto c = std::make_shared<t::Array>(t::DType::Float32, t::Shape{n, n});
    return [a, b, c, n, blocking] {
      t::gemm_at_level(t::simd_level(), n, n, n, t::MatrixView<float>{a.data<float>(), n, 1},
                       t::MatrixView<float>{b.data<float>(), n, 1}, c->data<float>(), n, blocking);
    };
  }
  if (op == "memcpy") {
    // Between arrays, so that both sides sit on the pages the runtime's allocator picks.
    auto source = random_array({n});
    auto target = std::make_shared<t::Array>(t::DType::Float32, t::Shape{n});
    return [source, target, n] {
      std::memcpy(target->data<float>(), source.data<float>(), n * sizeof(float));
    };
  }
  std::fprintf(stderr, "unknown op %s\n", op.c_str());
  std::exit(2);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4 && argc != 7) {
    std::fprintf(stderr, "usage: tensor_ops_bench OP N REPEATS [DEPTH ROWS COLUMNS]\n");
    return 2;
  }
  t::GemmBlocking blocking;
  if (argc == 7) blocking = {std::atoll(argv[4]), std::atoll(argv[5]), std::atoll(argv[6])};
  const std::function<void()> run = operation(argv[1], std::atoll(argv[2]), blocking);
  const int repeats = std::atoi(argv[3]);
  // Warm up as a long-running process would be: inputs paged in, and the allocator past
  // its first rounds of mapping and trimming fresh pages for each result.
  for (int i = 0; i < 10; ++i) run();
  std::vector<double> seconds;
  for (int i = 0; i < repeats; ++i) {
    const auto start = std::chrono::steady_clock::now();
    run();
    seconds.push_back(
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(seconds.begin(), seconds.end());
  std::printf("{\"min\": %.9g, \"median\": %.9g, \"seconds\": [", seconds.front(),
              seconds[seconds.size() / 2]);
  for (size_t i = 0; i < seconds.size(); ++i) std::printf("%s%.9g", i ? ", " : "", seconds[i]);
  std::printf("]");
  if (std::string(argv[1]) == "gemm") {
    // The blocking as gemm resolves it: zero fields filled in, sizes in whole slivers.
    const t::GemmBlocking given = t::float_blocking_at_level(t::simd_level());
    const auto pick = [](int64_t asked, int64_t machine) { return asked > 0 ? asked : machine; };
    std::printf(", \"blocking\": [%lld, %lld, %lld]", (long long)pick(blocking.depth, given.depth),
                (long long)pick(blocking.rows, given.rows),
                (long long)pick(blocking.columns, given.columns));
  }
  std::printf("}\n");
  return 0;
}
