#include "runtime/nn/safetensors.h"

#include <bit>
#include <cstring>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>

#include "runtime/core/errors.h"
#include "runtime/nn/gemm_amx.h"

namespace ingot::rt::nn {

namespace {

[[noreturn]] void bad_file(std::string_view file_name, const std::string& why) {
  raise(ExcKind::ValueError, "invalid safetensors file '" + std::string(file_name) + "': " + why);
}

// Bytes per element of each dtype safetensors defines; 0 for a name it does not.
size_t element_size(const std::string& dtype) {
  static const std::map<std::string, size_t, std::less<>> sizes = {
      {"BOOL", 1}, {"U8", 1},  {"I8", 1},  {"F8_E4M3", 1}, {"F8_E5M2", 1},
      {"I16", 2},  {"U16", 2}, {"F16", 2}, {"BF16", 2},    {"I32", 4},
      {"U32", 4},  {"F32", 4}, {"I64", 8}, {"U64", 8},     {"F64", 8}};
  auto it = sizes.find(dtype);
  return it == sizes.end() ? 0 : it->second;
}

WeightDType weight_dtype(const std::string& name) {
  if (name == "F32") return WeightDType::F32;
  if (name == "F16") return WeightDType::F16;
  if (name == "BF16") return WeightDType::BF16;
  return WeightDType::Other;
}

std::string shape_text(const std::vector<int64_t>& shape) {
  std::string text = "[";
  for (size_t i = 0; i < shape.size(); ++i) text += (i ? ", " : "") + std::to_string(shape[i]);
  return text + "]";
}

uint16_t read_u16(const std::byte* p) {
  uint16_t value;
  std::memcpy(&value, p, 2);
  return value;
}

float bf16_to_float(uint16_t bits) { return std::bit_cast<float>(uint32_t(bits) << 16); }

// IEEE half to float, subnormals, infinities and NaN included.
float f16_to_float(uint16_t bits) {
  const uint32_t sign = uint32_t(bits & 0x8000) << 16;
  const uint32_t exponent = (bits >> 10) & 0x1f;
  const uint32_t mantissa = bits & 0x3ff;
  if (exponent == 0) {
    // Zero or subnormal: mantissa * 2^-24, exact in float.
    const float magnitude = float(mantissa) * 0x1p-24f;
    return sign ? -magnitude : magnitude;
  }
  if (exponent == 31) return std::bit_cast<float>(sign | 0x7f800000u | (mantissa << 13));
  return std::bit_cast<float>(sign | ((exponent + 112) << 23) | (mantissa << 13));
}

}  // namespace

int64_t TensorView::numel() const {
  int64_t n = 1;
  for (int64_t d : shape) n *= d;
  return n;
}

std::map<std::string, TensorView, std::less<>> parse_safetensors(Bytes file,
                                                                 std::string_view file_name) {
  if (file.size() < 8) bad_file(file_name, "shorter than its 8-byte header length");
  uint64_t header_size = 0;
  for (int i = 7; i >= 0; --i) header_size = (header_size << 8) | uint8_t(file[size_t(i)]);
  if (header_size > file.size() - 8) {
    bad_file(file_name, "header length " + std::to_string(header_size) + " runs past the end");
  }
  const Bytes data = file.subspan(8 + header_size);
  nlohmann::json header;
  try {
    header = nlohmann::json::parse(reinterpret_cast<const char*>(file.data()) + 8,
                                   reinterpret_cast<const char*>(file.data()) + 8 + header_size);
  } catch (const nlohmann::json::exception& error) {
    bad_file(file_name, std::string("header is not JSON: ") + error.what());
  }
  if (!header.is_object()) bad_file(file_name, "header is not a JSON object");
  std::map<std::string, TensorView, std::less<>> tensors;
  for (const auto& [name, entry] : header.items()) {
    if (name == "__metadata__") continue;
    try {
      const auto dtype = entry.at("dtype").get<std::string>();
      const size_t size = element_size(dtype);
      if (size == 0)
        bad_file(file_name, ("tensor '" + name + "' has unknown dtype ").append(dtype));
      TensorView view{
          weight_dtype(dtype), dtype, entry.at("shape").get<std::vector<int64_t>>(), {}};
      const auto offsets = entry.at("data_offsets").get<std::vector<uint64_t>>();
      if (offsets.size() != 2 || offsets[0] > offsets[1] || offsets[1] > data.size()) {
        bad_file(file_name, "tensor '" + name + "' lies outside the file (truncated?)");
      }
      int64_t numel = 1;
      for (int64_t d : view.shape) {
        if (d < 0 || (d > 0 && numel > (int64_t(1) << 40) / d)) {
          bad_file(file_name, "tensor '" + name + "' has shape " + shape_text(view.shape));
        }
        numel *= d;
      }
      if (uint64_t(numel) * size != offsets[1] - offsets[0]) {
        bad_file(file_name, "tensor '" + name + "' has " + std::to_string(offsets[1] - offsets[0]) +
                                " bytes for shape " + shape_text(view.shape));
      }
      view.data = data.subspan(offsets[0], offsets[1] - offsets[0]);
      tensors.emplace(name, std::move(view));
    } catch (const nlohmann::json::exception& error) {
      bad_file(file_name, "tensor '" + name + "': " + error.what());
    }
  }
  return tensors;
}

struct Weight::Packing {
  std::once_flag once;
  amx::PackedWeight amx;
};

Weight::Weight(const TensorView& view, std::string_view name)
    : shape_(view.shape), stored_dtype_(view.dtype), packing_(std::make_shared<Packing>()) {
  if (view.dtype == WeightDType::Other) {
    raise(ExcKind::ValueError, "tensor '" + std::string(name) + "' has dtype " + view.dtype_name +
                                   ", only F32, F16 and BF16 weights are supported");
  }
  const int64_t n = view.numel();
  const std::byte* bytes = view.data.data();
  if (view.dtype == WeightDType::F32 && reinterpret_cast<uintptr_t>(bytes) % alignof(float) == 0) {
    data_ = reinterpret_cast<const float*>(bytes);
    return;
  }
  owned_ = std::make_shared<std::vector<float>>(size_t(n));
  float* out = owned_->data();
  switch (view.dtype) {
    case WeightDType::F32:
      std::memcpy(out, bytes, size_t(n) * 4);
      break;
    case WeightDType::F16:
      for (int64_t i = 0; i < n; ++i) out[i] = f16_to_float(read_u16(bytes + 2 * i));
      break;
    case WeightDType::BF16:
      for (int64_t i = 0; i < n; ++i) out[i] = bf16_to_float(read_u16(bytes + 2 * i));
      break;
    case WeightDType::Other:
      break;
  }
  data_ = out;
}

const amx::PackedWeight& Weight::amx_packed() const {
  if (!packing_ || shape_.size() != 2) {
    raise(ExcKind::RuntimeError, "only a loaded 2-D weight is packed for the AMX kernel");
  }
  std::call_once(packing_->once, [&] { packing_->amx = amx::pack(data_, shape_[0], shape_[1]); });
  return packing_->amx;
}

int64_t Weight::numel() const {
  int64_t n = 1;
  for (int64_t d : shape_) n *= d;
  return n;
}

WeightSet::WeightSet(const FileSet& files, const std::string& folder) {
  const std::string prefix = folder.empty() ? "" : folder + "/";
  std::vector<std::string> shards;
  if (files.contains(prefix + "model.safetensors")) {
    shards.push_back(prefix + "model.safetensors");
  } else if (files.contains(prefix + "model.safetensors.index.json")) {
    const std::string index_name = prefix + "model.safetensors.index.json";
    std::set<std::string> unique;
    try {
      auto index = nlohmann::json::parse(files.text(index_name));
      for (const auto& [tensor, shard] : index.at("weight_map").items()) {
        unique.insert(prefix + shard.get<std::string>());
      }
    } catch (const nlohmann::json::exception& error) {
      raise(ExcKind::ValueError, "invalid '" + index_name + "': " + error.what());
    }
    shards.assign(unique.begin(), unique.end());
  } else {
    raise(ExcKind::FileNotFoundError, "no weights: '" + prefix +
                                          "model.safetensors' is missing (only safetensors "
                                          "checkpoints are supported)");
  }
  for (const auto& shard : shards) {
    for (auto& [name, view] : parse_safetensors(files.at(shard), shard)) {
      tensors_.insert_or_assign(name, std::move(view));
    }
  }
}

Weight WeightSet::get(std::string_view name, const std::vector<int64_t>& shape) const {
  auto it = tensors_.find(name);
  if (it == tensors_.end()) {
    raise(ExcKind::ValueError, "checkpoint has no tensor '" + std::string(name) + "'");
  }
  if (it->second.shape != shape) {
    raise(ExcKind::ValueError, "tensor '" + std::string(name) + "' has shape " +
                                   shape_text(it->second.shape) + ", expected " +
                                   shape_text(shape));
  }
  return Weight(it->second, name);
}

std::vector<std::string> WeightSet::names() const {
  std::vector<std::string> names;
  for (const auto& [name, view] : tensors_) names.push_back(name);
  return names;
}

}  // namespace ingot::rt::nn
