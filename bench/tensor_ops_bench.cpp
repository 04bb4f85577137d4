// The runtime tensor's side of bench/tensor_ops.py: times one operation on float32 arrays
// and prints {"min": s, "median": s} for one run of it.
//
//     tensor_ops_bench OP N REPEATS
//
// OP: add (a + b, N elements), exp, sum (all N elements), softmax (rows of 1024),
// matmul (N x N times N x N), memcpy (N float32s copied: the bandwidth floor).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

#include "runtime/tensor/elementwise.h"
#include "runtime/tensor/linalg.h"
#include "runtime/tensor/nn.h"
#include "runtime/tensor/reduce.h"

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

std::function<void()> operation(const std::string& op, int64_t n) {
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
  if (op == "memcpy") {
    auto source = std::make_shared<std::vector<float>>(n, 1.0f);
    auto target = std::make_shared<std::vector<float>>(n);
    return [source, target] {
      std::memcpy(target->data(), source->data(), source->size() * sizeof(float));
    };
  }
  std::fprintf(stderr, "unknown op %s\n", op.c_str());
  std::exit(2);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: tensor_ops_bench OP N REPEATS\n");
    return 2;
  }
  const std::function<void()> run = operation(argv[1], std::atoll(argv[2]));
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
  std::printf("{\"min\": %.9g, \"median\": %.9g}\n", seconds.front(), seconds[seconds.size() / 2]);
  return 0;
}
