// nn_run [--in-memory | --in-memory-unaligned] MODEL_DIR: loads the checkpoint folder with
// the model engine (runtime/nn), then answers one request per line of stdin with one JSON
// line on stdout. --in-memory reads the files into memory first and loads them as blobs, as
// an artifact loads its embedded weights; --in-memory-unaligned puts each blob at an odd
// address, so float32 tensors cannot be viewed in place and are copied.
//
// Request: {"ids": [[...], ...], "mask": [[...], ...], "token_type_ids": [[...]] (optional),
//           "call": "encode" | "embed", "prompt_length": 0, "out": "result.npy",
//           "repeat": 1, "concurrent": 0}
// Answer:  {"shape": [...], "seconds": [one per repeat], "load_seconds": ...,
//           "embedding_dim": ..., "prompts": {...}} with the result written to "out"
//          as a float32 .npy, or {"error": "Kind: message"}.
// A model that does not load answers every request with its error, so tests can check the
// messages of bad checkpoints.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <thread>

#include "runtime/core/errors.h"
#include "runtime/nn/model.h"

namespace nn = ingot::rt::nn;
using nlohmann::json;

namespace {

std::vector<int64_t> flatten(const json& rows, int64_t& batch, int64_t& length) {
  batch = int64_t(rows.size());
  length = batch ? int64_t(rows[0].size()) : 0;
  std::vector<int64_t> flat;
  for (const auto& row : rows) {
    if (int64_t(row.size()) != length) throw std::runtime_error("ragged token rows");
    for (const auto& value : row) flat.push_back(value.get<int64_t>());
  }
  return flat;
}

void write_npy(const std::string& path, const nn::FloatArray& array) {
  std::string shape = "(";
  for (int64_t d : array.shape) shape += std::to_string(d) + ",";
  shape += ")";
  std::string header = "{'descr': '<f4', 'fortran_order': False, 'shape': " + shape + ", }";
  while ((10 + header.size() + 1) % 64 != 0) header += ' ';
  header += '\n';
  std::ofstream out(path, std::ios::binary);
  out.write("\x93NUMPY\x01\x00", 8);
  const uint16_t size = uint16_t(header.size());
  out.write(reinterpret_cast<const char*>(&size), 2);
  out.write(header.data(), std::streamsize(header.size()));
  out.write(reinterpret_cast<const char*>(array.data.data()),
            std::streamsize(array.data.size() * sizeof(float)));
}

// Every file under `folder` read into memory, `offset` bytes into its buffer.
std::map<std::string, std::vector<std::byte>> read_folder(const std::string& folder,
                                                          size_t offset) {
  namespace fs = std::filesystem;
  std::map<std::string, std::vector<std::byte>> buffers;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::vector<std::byte> buffer(offset + entry.file_size());
    in.read(reinterpret_cast<char*>(buffer.data() + offset), std::streamsize(entry.file_size()));
    buffers[fs::relative(entry.path(), folder).generic_string()] = std::move(buffer);
  }
  return buffers;
}

json answer(const nn::Model& model, const json& request) {
  nn::TokenBatch tokens;
  int64_t mask_batch = 0, mask_length = 0;
  tokens.ids = flatten(request.at("ids"), tokens.batch, tokens.length);
  tokens.attention_mask = flatten(request.at("mask"), mask_batch, mask_length);
  if (request.contains("token_type_ids")) {
    tokens.token_type_ids = flatten(request.at("token_type_ids"), mask_batch, mask_length);
  }
  const bool embed = request.value("call", "embed") == "embed";
  const int64_t prompt_length = request.value("prompt_length", int64_t(0));
  json seconds = json::array();
  nn::FloatArray result;
  for (int64_t r = 0; r < request.value("repeat", int64_t(1)); ++r) {
    const auto start = std::chrono::steady_clock::now();
    result = embed ? model.embed(tokens, prompt_length) : model.encode(tokens);
    seconds.push_back(
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  if (request.contains("out")) write_npy(request.at("out").get<std::string>(), result);
  json reply = {{"shape", result.shape}, {"seconds", seconds}};
  // "concurrent": n runs the same call from n threads at once on the one model; the reply
  // says whether every thread got exactly the result above.
  if (const int64_t threads = request.value("concurrent", int64_t(0)); threads > 0) {
    std::vector<nn::FloatArray> results(static_cast<size_t>(threads));
    std::vector<std::thread> callers;
    callers.reserve(results.size());
    for (auto& out : results) {
      callers.emplace_back([&, out = &out] {
        *out = embed ? model.embed(tokens, prompt_length) : model.encode(tokens);
      });
    }
    for (auto& caller : callers) caller.join();
    reply["concurrent_equal"] = std::all_of(results.begin(), results.end(), [&](const auto& r) {
      return r.shape == result.shape && r.data == result.data;
    });
  }
  return reply;
}

int run(int argc, char** argv) {
  const std::string mode = argc == 3 ? argv[1] : "";
  if (argc < 2 || argc > 3 ||
      (argc == 3 && mode != "--in-memory" && mode != "--in-memory-unaligned")) {
    std::fprintf(stderr,
                 "usage: nn_run [--in-memory | --in-memory-unaligned] MODEL_DIR < requests\n");
    return 2;
  }
  const std::string folder = argv[argc - 1];
  const size_t offset = mode == "--in-memory-unaligned" ? 1 : 0;
  std::map<std::string, std::vector<std::byte>> buffers;
  if (!mode.empty()) buffers = read_folder(folder, offset);
  std::optional<nn::Model> model;
  std::string load_error;
  const auto start = std::chrono::steady_clock::now();
  try {
    if (mode.empty()) {
      model = nn::Model::load_folder(folder);
    } else {
      std::map<std::string, nn::Bytes> blobs;
      for (const auto& [name, buffer] : buffers) blobs[name] = nn::Bytes(buffer).subspan(offset);
      model = nn::Model::load(nn::FileSet::from_blobs(blobs));
    }
  } catch (const ingot::rt::PyException& error) {
    load_error = error.what();
  }
  const double load_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::string line;
  while (std::getline(std::cin, line)) {
    json reply;
    if (!model) {
      reply = {{"error", load_error}};
    } else {
      try {
        reply = answer(*model, json::parse(line));
        reply["load_seconds"] = load_seconds;
        reply["embedding_dim"] = model->embedding_dim();
        reply["prompts"] = model->prompts();
      } catch (const ingot::rt::PyException& error) {
        reply = {{"error", error.what()}};
      } catch (const std::exception& error) {
        reply = {{"error", std::string("driver: ") + error.what()}};
      }
    }
    std::cout << reply.dump() << std::endl;
  }
  return 0;
}

}  // namespace

// What escapes run() (a MODEL_DIR that cannot be read, a reply that cannot be dumped) is
// reported and fails the driver, rather than ending it in std::terminate.
int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& error) {
    std::fprintf(stderr, "nn_run: %s\n", error.what());
    return 1;
  }
}
