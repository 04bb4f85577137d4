// GFLOP/s of the model engine's Linear kernels (runtime/nn): the float32 kernel (its
// AVX-512 or AVX2 clone, whichever the CPU runs) against the AMX kernel with a bf16 weight
// (one term, as EmbeddingGemma's) and a float32 weight (three terms), on the layer shapes
// of BERT-base / EmbeddingGemma. Threads: $INGOT_NUM_THREADS, else all cores.
//
//     nn_gemm_bench [REPEATS]
//
// Prints one line per shape and kernel: the median time of REPEATS calls (default 20) after
// one warm-up, and the largest difference from the float32 kernel relative to the largest
// output.
#include <algorithm>
#include <bit>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "runtime/nn/gemm_amx.h"
#include "runtime/nn/kernels.h"
#include "runtime/nn/thread_pool.h"

namespace nn = ingot::rt::nn;

namespace {

std::string cpu_model() {
  std::ifstream cpuinfo("/proc/cpuinfo");
  for (std::string line; std::getline(cpuinfo, line);) {
    if (line.starts_with("model name")) return line.substr(line.find(':') + 2);
  }
  return "unknown";
}

double median_seconds(int repeats, const std::function<void()>& run) {
  run();
  std::vector<double> times;
  for (int i = 0; i < repeats; ++i) {
    const auto start = std::chrono::steady_clock::now();
    run();
    times.push_back(
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

std::vector<float> random_floats(size_t count, std::mt19937& rng, float scale) {
  std::normal_distribution<float> normal(0.0f, scale);
  std::vector<float> values(count);
  for (float& v : values) v = normal(rng);
  return values;
}

double relative_difference(const std::vector<float>& a, const std::vector<float>& b) {
  double diff = 0, scale = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    diff = std::max(diff, double(std::abs(a[i] - b[i])));
    scale = std::max(scale, double(std::abs(b[i])));
  }
  return diff / scale;
}

}  // namespace

int main(int argc, char** argv) {
  const int repeats = argc > 1 ? std::atoi(argv[1]) : 20;
  std::printf("cpu: %s\nthreads: %d\namx: %s\n", cpu_model().c_str(), nn::thread_count(),
              nn::amx::available() ? "yes" : "no (AMX rows skipped)");
  struct Shape {
    int64_t rows, k, n;
    const char* what;
  };
  const Shape shapes[] = {{512, 768, 768, "attention projection, 512 tokens"},
                          {512, 768, 3072, "BERT-base MLP up, 512 tokens"},
                          {512, 768, 1152, "EmbeddingGemma MLP up, 512 tokens"},
                          {512, 1152, 768, "EmbeddingGemma MLP down, 512 tokens"},
                          {32, 768, 768, "attention projection, 32 tokens"}};
  std::mt19937 rng(7);
  std::printf("%-38s %-22s %10s %10s %12s\n", "shape (rows x k -> n)", "kernel", "ms", "GFLOP/s",
              "max rel diff");
  for (const Shape& s : shapes) {
    const auto in = random_floats(size_t(s.rows * s.k), rng, 1.0f);
    auto weight = random_floats(size_t(s.n * s.k), rng, 0.05f);
    auto bf16_weight = weight;
    for (float& v : bf16_weight) v = std::bit_cast<float>(std::bit_cast<uint32_t>(v) & 0xffff0000u);
    const auto bias = random_floats(size_t(s.n), rng, 1.0f);
    const double flops = 2.0 * double(s.rows * s.k * s.n);
    auto report = [&](const char* kernel, double seconds, double diff) {
      std::printf("%-38s %-22s %10.3f %10.1f %12.2e\n",
                  (std::to_string(s.rows) + "x" + std::to_string(s.k) + "->" + std::to_string(s.n) +
                   " " + s.what)
                      .c_str(),
                  kernel, seconds * 1e3, flops / seconds / 1e9, diff);
    };
    for (bool bf16 : {true, false}) {
      const std::vector<float>& w = bf16 ? bf16_weight : weight;
      std::vector<float> reference(size_t(s.rows * s.n)), out(size_t(s.rows * s.n));
      const double float32_seconds = median_seconds(repeats, [&] {
        nn::linear(in.data(), s.rows, s.k, w.data(), bias.data(), s.n, reference.data());
      });
      report(bf16 ? "float32, bf16 weight" : "float32, f32 weight", float32_seconds, 0.0);
      if (!nn::amx::available()) continue;
      const nn::amx::PackedWeight packed = nn::amx::pack(w.data(), s.n, s.k);
      const double amx_seconds = median_seconds(repeats, [&] {
        nn::amx::linear(in.data(), s.rows, s.k, packed, bias.data(), out.data());
      });
      report(bf16 ? "AMX, bf16 weight (1)" : "AMX, f32 weight (3)", amx_seconds,
             relative_difference(out, reference));
    }
  }
  return 0;
}
