// Runs runtime/text on requests from the parity tests and prints the results as JSON.
//
//   tok_parity_driver REQUEST.json
//   tok_parity_driver --bench TOKENIZER.json TEXTS.json REPEATS BATCH
//
// The second form times encode_batch (single thread) over a JSON list of texts in batches
// of BATCH, REPEATS times, and prints {"seconds": [...], "tokens": N} (bench/tokenizer_speed.py).
//
// The request: {"tokenizer": "path/to/tokenizer.json",
//               "batches": [{"inputs": [["text", "pair or null"], ...], "options": {...}}],
//               "decode": [{"ids": [...], "skip_special_tokens": true}]}
// The output: {"batches": [[encoding, ...] or {"error": "..."}], "decode": ["text" or
// {"error": "..."}]}, an encoding being {"ids", "type_ids", "tokens", "offsets",
// "special_tokens_mask", "attention_mask", "overflowing"}. A tokenizer that fails to load
// prints {"load_error": "..."}.
#include <chrono>
#include <fstream>
#include <iostream>
#include <numeric>
#include <sstream>

#include "runtime/text/tokenizer.h"

namespace {

using ingot::text::Direction;
using ingot::text::EncodeOptions;
using ingot::text::Encoding;
using ingot::text::Json;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

Direction direction(const Json& j) {
  return j.value("direction", "right") == "left" ? Direction::Left : Direction::Right;
}

EncodeOptions options_from(const Json& j) {
  EncodeOptions options;
  options.add_special_tokens = j.value("add_special_tokens", true);
  if (j.contains("truncation") && !j["truncation"].is_null()) {
    const Json& t = j["truncation"];
    ingot::text::TruncationOptions truncation;
    truncation.max_length = t.at("max_length").get<size_t>();
    truncation.stride = t.value("stride", size_t{0});
    truncation.direction = direction(t);
    std::string strategy = t.value("strategy", "longest_first");
    truncation.strategy = strategy == "only_first" ? ingot::text::TruncationStrategy::OnlyFirst
                          : strategy == "only_second"
                              ? ingot::text::TruncationStrategy::OnlySecond
                              : ingot::text::TruncationStrategy::LongestFirst;
    options.truncation = truncation;
  }
  if (j.contains("padding") && !j["padding"].is_null()) {
    const Json& p = j["padding"];
    ingot::text::PaddingOptions padding;
    if (p.contains("length") && !p["length"].is_null()) padding.length = p["length"].get<size_t>();
    if (p.contains("pad_to_multiple_of") && !p["pad_to_multiple_of"].is_null()) {
      padding.pad_to_multiple_of = p["pad_to_multiple_of"].get<size_t>();
    }
    padding.direction = direction(p);
    padding.pad_id = p.value("pad_id", 0u);
    padding.pad_type_id = p.value("pad_type_id", 0u);
    padding.pad_token = p.value("pad_token", "[PAD]");
    options.padding = padding;
  }
  if (j.contains("model_max_length") && !j["model_max_length"].is_null()) {
    options.model_max_length = j["model_max_length"].get<size_t>();
  }
  return options;
}

Json to_json(const Encoding& e) {
  Json offsets = Json::array();
  for (auto [start, end] : e.offsets) offsets.push_back({start, end});
  Json overflowing = Json::array();
  for (const Encoding& o : e.overflowing) overflowing.push_back(to_json(o));
  return {{"ids", e.ids},
          {"type_ids", e.type_ids},
          {"tokens", e.tokens},
          {"offsets", offsets},
          {"special_tokens_mask", e.special_tokens_mask},
          {"attention_mask", e.attention_mask},
          {"overflowing", overflowing}};
}

Json run(const Json& request) {
  std::optional<ingot::text::Tokenizer> tokenizer;
  try {
    tokenizer.emplace(
        ingot::text::Tokenizer::from_json(read_file(request.at("tokenizer").get<std::string>())));
  } catch (const ingot::text::TokenizerError& e) {
    return {{"load_error", e.what()}};
  }
  Json batches = Json::array();
  for (const Json& batch : request.value("batches", Json::array())) {
    std::vector<std::string> storage;
    std::vector<ingot::text::TextInput> inputs;
    const Json& items = batch.at("inputs");
    storage.reserve(items.size() * 2);
    for (const Json& item : items) {
      ingot::text::TextInput input;
      storage.push_back(item.at(0).get<std::string>());
      input.text = storage.back();
      if (!item.at(1).is_null()) {
        storage.push_back(item.at(1).get<std::string>());
        input.pair = storage.back();
      }
      inputs.push_back(input);
    }
    try {
      Json out = Json::array();
      for (const Encoding& e :
           tokenizer->encode_batch(inputs, options_from(batch.value("options", Json::object())))) {
        out.push_back(to_json(e));
      }
      batches.push_back(out);
    } catch (const ingot::text::TokenizerError& e) {
      batches.push_back({{"error", e.what()}});
    }
  }
  Json decoded = Json::array();
  for (const Json& d : request.value("decode", Json::array())) {
    try {
      decoded.push_back(tokenizer->decode(d.at("ids").get<std::vector<uint32_t>>(),
                                          d.value("skip_special_tokens", true)));
    } catch (const ingot::text::TokenizerError& e) {
      decoded.push_back({{"error", e.what()}});
    }
  }
  return {{"batches", batches}, {"decode", decoded}};
}

Json bench(const std::string& tokenizer_path, const std::string& texts_path, int repeats,
           size_t batch) {
  auto tokenizer = ingot::text::Tokenizer::from_json(read_file(tokenizer_path));
  auto texts = Json::parse(read_file(texts_path)).get<std::vector<std::string>>();
  std::vector<std::vector<ingot::text::TextInput>> batches;
  for (size_t start = 0; start < texts.size(); start += batch) {
    std::vector<ingot::text::TextInput> inputs;
    for (size_t i = start; i < std::min(texts.size(), start + batch); ++i)
      inputs.push_back({texts[i], std::nullopt});
    batches.push_back(std::move(inputs));
  }
  Json seconds = Json::array();
  size_t tokens = 0;
  for (int r = 0; r < repeats; ++r) {
    tokens = 0;
    auto start = std::chrono::steady_clock::now();
    for (const auto& inputs : batches) {
      // The tokenizer.json's own truncation and padding, as `tokenizers` applies them;
      // padding is work done but not counted as tokens.
      for (const Encoding& e : tokenizer.encode_batch(inputs, tokenizer.default_options())) {
        tokens += std::accumulate(e.attention_mask.begin(), e.attention_mask.end(), size_t{0});
      }
    }
    seconds.push_back(
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  return {{"seconds", seconds}, {"tokens", tokens}};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 6 && std::string(argv[1]) == "--bench") {
    try {
      std::cout << bench(argv[2], argv[3], std::stoi(argv[4]), std::stoul(argv[5])).dump() << "\n";
    } catch (const std::exception& e) {
      std::cerr << "tok_parity_driver: " << e.what() << "\n";
      return 1;
    }
    return 0;
  }
  if (argc != 2) {
    std::cerr << "usage: tok_parity_driver REQUEST.json\n";
    return 2;
  }
  try {
    Json request = Json::parse(read_file(argv[1]));
    // Invalid UTF-8 produced by a decoder is replaced rather than aborting the dump.
    std::cout << run(request).dump(-1, ' ', false, Json::error_handler_t::replace) << "\n";
  } catch (const std::exception& e) {
    std::cerr << "tok_parity_driver: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
