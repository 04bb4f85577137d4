// safetensors: an 8-byte little-endian header length, a JSON header mapping each tensor's
// name to its dtype, shape and [begin, end) byte range, then the raw data. Parsing checks
// everything the header claims against the bytes there are, so a bad or truncated file is
// a ValueError naming what is wrong, never a read out of bounds.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/nn/files.h"

namespace ingot::rt::nn {

namespace amx {
struct PackedWeight;
}

// The dtypes a Weight reads; a tensor of any other safetensors dtype (the int64
// position_ids some BERT checkpoints carry) parses as Other and is an error only when used.
enum class WeightDType { F32, F16, BF16, Other };

struct TensorView {
  WeightDType dtype;
  std::string dtype_name;  // as the header spells it: "F32", "I64", ...
  std::vector<int64_t> shape;
  Bytes data;  // exactly numel * element size bytes, inside the file
  int64_t numel() const;
};

// The tensors of one safetensors file, by name.
std::map<std::string, TensorView, std::less<>> parse_safetensors(Bytes file,
                                                                 std::string_view file_name);

// A float32 tensor: a view into the file when it is stored as aligned f32 (zero copy), else
// converted once from f16/bf16 into memory the Weight owns.
class Weight {
 public:
  Weight() = default;
  // ValueError naming the tensor when its dtype is not F32, F16 or BF16.
  Weight(const TensorView& view, std::string_view name);
  const float* data() const { return data_; }
  const std::vector<int64_t>& shape() const { return shape_; }
  int64_t numel() const;
  // The dtype the file stores it as.
  WeightDType stored_dtype() const { return stored_dtype_; }
  // A 2-D weight packed for the AMX kernel (runtime/nn/gemm_amx.h), on first use from any
  // thread; copies of this Weight share it.
  const amx::PackedWeight& amx_packed() const;

 private:
  struct Packing;
  const float* data_ = nullptr;
  std::vector<int64_t> shape_;
  WeightDType stored_dtype_ = WeightDType::F32;
  std::shared_ptr<std::vector<float>> owned_;
  std::shared_ptr<Packing> packing_;
};

// The tensors of all the safetensors files of one module folder ("" for the root,
// "2_Dense" for a Dense module), looked up by name with their expected shape checked.
class WeightSet {
 public:
  // Reads `folder`/model.safetensors, or the shards its model.safetensors.index.json names.
  WeightSet(const FileSet& files, const std::string& folder);
  bool contains(std::string_view name) const { return tensors_.contains(name); }
  // The tensor `name`, which must have `shape`: ValueError naming it when missing or
  // mis-shaped.
  Weight get(std::string_view name, const std::vector<int64_t>& shape) const;
  std::vector<std::string> names() const;

 private:
  std::map<std::string, TensorView, std::less<>> tensors_;
};

}  // namespace ingot::rt::nn
