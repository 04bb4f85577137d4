// The safetensors reader (runtime/nn/safetensors.h) on files built here byte by byte.
#include <gtest/gtest.h>

#include <bit>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/core/errors.h"
#include "runtime/nn/model.h"
#include "runtime/nn/safetensors.h"

namespace ingot::rt::nn {
namespace {

// A safetensors file: the 8-byte little-endian header length, the header (padded with
// spaces so the data starts 8-aligned, as safetensors writes it, then `misalign` more), the
// data.
std::vector<std::byte> safetensors_file(std::string header, const std::vector<std::byte>& data,
                                        size_t misalign = 0) {
  while (header.size() % 8 != 0) header += ' ';
  header += std::string(misalign, ' ');
  std::vector<std::byte> file(8);
  const uint64_t size = header.size();
  for (int i = 0; i < 8; ++i) file[size_t(i)] = std::byte((size >> (8 * i)) & 0xff);
  for (char c : header) file.push_back(std::byte(c));
  file.insert(file.end(), data.begin(), data.end());
  return file;
}

template <typename T>
std::vector<std::byte> bytes_of(const std::vector<T>& values) {
  std::vector<std::byte> bytes(values.size() * sizeof(T));
  std::memcpy(bytes.data(), values.data(), bytes.size());
  return bytes;
}

std::string error_of(const std::vector<std::byte>& file) {
  try {
    parse_safetensors(Bytes(file), "model.safetensors");
  } catch (const PyException& error) {
    EXPECT_EQ(error.kind(), ExcKind::ValueError);
    return error.message();
  }
  return "";
}

TEST(NnSafetensors, F32IsViewedInPlaceWhenAligned) {
  const std::vector<float> values = {1.0f, -2.5f, 0.5f, 3.0f, 4.0f, 5.0f};
  const auto file = safetensors_file(R"({"w":{"dtype":"F32","shape":[2,3],"data_offsets":[0,24]}})",
                                     bytes_of(values));
  const auto tensors = parse_safetensors(Bytes(file), "model.safetensors");
  const Weight weight(tensors.at("w"), "w");
  EXPECT_EQ(weight.shape(), (std::vector<int64_t>{2, 3}));
  EXPECT_EQ(reinterpret_cast<const std::byte*>(weight.data()), tensors.at("w").data.data());
  EXPECT_EQ(std::vector<float>(weight.data(), weight.data() + 6), values);
}

TEST(NnSafetensors, F32IsCopiedWhenUnaligned) {
  const std::vector<float> values = {1.0f, -2.5f};
  const auto file = safetensors_file(R"({"w":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})",
                                     bytes_of(values), 1);
  const auto tensors = parse_safetensors(Bytes(file), "model.safetensors");
  const Weight weight(tensors.at("w"), "w");
  EXPECT_NE(reinterpret_cast<const std::byte*>(weight.data()), tensors.at("w").data.data());
  EXPECT_EQ(std::vector<float>(weight.data(), weight.data() + 2), values);
}

// Half-precision values are the top bits of floats that both formats hold exactly.
TEST(NnSafetensors, HalfPrecisionIsConvertedOnce) {
  const std::vector<float> values = {1.0f, -2.5f, 0.5f, 65504.0f};
  std::vector<uint16_t> bf16;
  bf16.reserve(values.size());
  for (float v : values) bf16.push_back(uint16_t(std::bit_cast<uint32_t>(v) >> 16));
  const std::vector<uint16_t> f16 = {0x3c00, 0xc100, 0x3800, 0x7bff};  // the same in IEEE half
  auto data = bytes_of(bf16);
  const auto f16_bytes = bytes_of(f16);
  data.insert(data.end(), f16_bytes.begin(), f16_bytes.end());
  const auto file = safetensors_file(R"({"b":{"dtype":"BF16","shape":[4],"data_offsets":[0,8]},)"
                                     R"("h":{"dtype":"F16","shape":[4],"data_offsets":[8,16]}})",
                                     data);
  const auto tensors = parse_safetensors(Bytes(file), "model.safetensors");
  const Weight b(tensors.at("b"), "b"), h(tensors.at("h"), "h");
  EXPECT_EQ(std::vector<float>(h.data(), h.data() + 4), values);
  EXPECT_EQ(b.data()[0], 1.0f);
  EXPECT_EQ(b.data()[1], -2.5f);
  EXPECT_EQ(b.data()[2], 0.5f);
}

TEST(NnSafetensors, OtherDtypesParseAndFailOnlyWhenUsed) {
  const auto file = safetensors_file(R"({"ids":{"dtype":"I64","shape":[2],"data_offsets":[0,16]}})",
                                     bytes_of(std::vector<int64_t>{0, 1}));
  const auto tensors = parse_safetensors(Bytes(file), "model.safetensors");
  try {
    [[maybe_unused]] const Weight ids(tensors.at("ids"), "ids");
    FAIL() << "an I64 weight loaded";
  } catch (const PyException& error) {
    EXPECT_EQ(error.message(),
              "tensor 'ids' has dtype I64, only F32, F16 and BF16 weights are supported");
  }
}

TEST(NnSafetensors, MalformedFilesAreValueErrors) {
  const auto data = bytes_of(std::vector<float>{1, 2, 3, 4});
  const std::string prefix = "invalid safetensors file 'model.safetensors': ";
  EXPECT_EQ(error_of({}), prefix + "shorter than its 8-byte header length");
  auto huge_header = safetensors_file("{}", data);  // a header of 8 bytes...
  huge_header[7] = std::byte(0x80);                 // ...claiming 2^63 + 8
  EXPECT_EQ(
      error_of(huge_header),
      prefix + "header length " + std::to_string((uint64_t{1} << 63) + 8) + " runs past the end");
  EXPECT_EQ(error_of(safetensors_file("[1]", data)), prefix + "header is not a JSON object");
  EXPECT_TRUE(
      error_of(safetensors_file("{\"w\":", data)).starts_with(prefix + "header is not JSON"));
  EXPECT_EQ(error_of(safetensors_file(R"({"w":{"dtype":"F32","shape":[4],"data_offsets":[0,20]}})",
                                      data)),
            prefix + "tensor 'w' lies outside the file (truncated?)");
  EXPECT_EQ(error_of(safetensors_file(R"({"w":{"dtype":"F32","shape":[3],"data_offsets":[0,16]}})",
                                      data)),
            prefix + "tensor 'w' has 16 bytes for shape [3]");
  EXPECT_EQ(error_of(safetensors_file(R"({"w":{"dtype":"F32","shape":[-4],"data_offsets":[0,16]}})",
                                      data)),
            prefix + "tensor 'w' has shape [-4]");
  EXPECT_EQ(
      error_of(safetensors_file(R"({"w":{"dtype":"Q4","shape":[4],"data_offsets":[0,16]}})", data)),
      prefix + "tensor 'w' has unknown dtype Q4");
  EXPECT_TRUE(error_of(safetensors_file(R"({"w":{"shape":[4],"data_offsets":[0,16]}})", data))
                  .starts_with(prefix + "tensor 'w': "));
}

TEST(NnModel, MissingFilesAreNamed) {
  try {
    Model::load(FileSet::from_blobs({}));
    FAIL() << "an empty FileSet loaded";
  } catch (const PyException& error) {
    EXPECT_EQ(error.kind(), ExcKind::FileNotFoundError);
    EXPECT_EQ(error.message(), "model file missing: 'config.json'");
  }
  try {
    Model::load_folder("no/such/folder");
    FAIL() << "a missing folder loaded";
  } catch (const PyException& error) {
    EXPECT_EQ(error.kind(), ExcKind::FileNotFoundError);
  }
}

TEST(NnModel, BadConfigIsAValueError) {
  const std::string config = R"({"model_type": "bert", "hidden_size": "wide"})";
  const auto weights = safetensors_file("{}", {});
  const FileSet files = FileSet::from_blobs(
      {{"config.json", Bytes(reinterpret_cast<const std::byte*>(config.data()), config.size())},
       {"model.safetensors", Bytes(weights)}});
  try {
    Model::load(files);
    FAIL() << "a bad config loaded";
  } catch (const PyException& error) {
    EXPECT_EQ(error.kind(), ExcKind::ValueError);
    EXPECT_EQ(error.message(), "config.json has no 'vocab_size'");
  }
}

}  // namespace
}  // namespace ingot::rt::nn
