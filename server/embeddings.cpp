#include "server/embeddings.h"

#include <bit>
#include <cmath>
#include <cstring>

namespace ingot::server {
namespace {

using nlohmann::json;

// Deeper than any valid request; checked before parsing so that a hostile body cannot
// make the parser or the value's destructor recurse without bound.
constexpr int kMaxNesting = 32;

// The deepest nesting of [ and { in `text`, outside strings (an upper bound for text that
// is not valid JSON, which the parser then rejects).
int nesting_depth(std::string_view text) {
  int depth = 0, deepest = 0;
  bool in_string = false, escaped = false;
  for (char c : text) {
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return deepest;
}

ApiError bad_request(std::string message, std::string param = "") {
  return ApiError{400, std::move(message), "invalid_request_error", std::move(param), ""};
}

// Reads "input": a string or a non-empty array of strings.
std::optional<ApiError> read_inputs(const json& input, std::vector<std::string>& inputs) {
  if (input.is_string()) {
    inputs.push_back(input.get<std::string>());
  } else if (input.is_array()) {
    if (input.empty()) return bad_request("'input' must not be an empty array", "input");
    if (input.size() > kMaxInputs) {
      return bad_request("'input' has " + std::to_string(input.size()) + " items; at most " +
                             std::to_string(kMaxInputs) + " are allowed",
                         "input");
    }
    for (const auto& item : input) {
      if (!item.is_string()) {
        return bad_request(
            "'input' must be a string or an array of strings (token arrays are "
            "not supported)",
            "input");
      }
      inputs.push_back(item.get<std::string>());
    }
  } else {
    return bad_request("'input' must be a string or an array of strings", "input");
  }
  for (const auto& text : inputs) {
    if (text.empty()) return bad_request("'input' must not contain an empty string", "input");
  }
  return std::nullopt;
}

}  // namespace

std::string error_body(const ApiError& error) {
  auto or_null = [](const std::string& s) { return s.empty() ? json(nullptr) : json(s); };
  json body = {{"error",
                {{"message", error.message},
                 {"type", error.type},
                 {"param", or_null(error.param)},
                 {"code", or_null(error.code)}}}};
  return body.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::variant<EmbeddingRequest, ApiError> parse_embedding_request(std::string_view body) {
  if (nesting_depth(body) > kMaxNesting) {
    return bad_request("the JSON body nests deeper than " + std::to_string(kMaxNesting) +
                       " levels");
  }
  json parsed;
  try {
    parsed = json::parse(body);
  } catch (const json::exception& e) {
    return bad_request(std::string("the body is not valid JSON: ") + e.what());
  }
  if (!parsed.is_object()) return bad_request("the body must be a JSON object");

  EmbeddingRequest request;
  for (auto& [key, value] : parsed.items()) {
    if (key == "model") {
      if (!value.is_string()) return bad_request("'model' must be a string", "model");
      request.model = value.get<std::string>();
    } else if (key == "input") {
      if (auto error = read_inputs(value, request.inputs)) return *error;
    } else if (key == "encoding_format") {
      if (value != "float" && value != "base64") {
        return bad_request("'encoding_format' must be \"float\" or \"base64\"", "encoding_format");
      }
      request.base64 = value == "base64";
    } else if (key == "dimensions") {
      if (value.is_null()) continue;
      if (!value.is_number_integer() || value.get<int64_t>() < 1 ||
          (value.is_number_unsigned() && value.get<uint64_t>() > INT64_MAX)) {
        return bad_request("'dimensions' must be an integer of at least 1", "dimensions");
      }
      request.dimensions = value.get<int64_t>();
    } else if (key != "user") {
      request.extra[key] = std::move(value);
    }
  }
  if (request.model.empty()) return bad_request("'model' is required", "model");
  if (request.inputs.empty()) return bad_request("'input' is required", "input");
  return request;
}

std::vector<double> truncate_and_normalize(const std::vector<double>& vector, size_t dimensions) {
  std::vector<double> out(vector.begin(), vector.begin() + dimensions);
  double sum_of_squares = 0;
  for (double x : out) sum_of_squares += x * x;
  const double norm = std::sqrt(sum_of_squares);
  if (norm > 0) {
    for (double& x : out) x /= norm;
  }
  return out;
}

std::string base64_float32(const std::vector<double>& vector) {
  static_assert(std::endian::native == std::endian::little, "base64 embeddings are little-endian");
  std::string bytes(vector.size() * sizeof(float), '\0');
  for (size_t i = 0; i < vector.size(); ++i) {
    const float value = static_cast<float>(vector[i]);
    std::memcpy(bytes.data() + i * sizeof(float), &value, sizeof(float));
  }
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  for (size_t i = 0; i < bytes.size(); i += 3) {
    const size_t n = std::min<size_t>(3, bytes.size() - i);
    uint32_t chunk = 0;
    for (size_t j = 0; j < 3; ++j) {
      chunk = chunk << 8 | (j < n ? static_cast<unsigned char>(bytes[i + j]) : 0u);
    }
    for (size_t j = 0; j < 4; ++j) {
      out += j <= n ? kAlphabet[(chunk >> (18 - 6 * j)) & 63] : '=';
    }
  }
  return out;
}

std::variant<std::string, ApiError> embedding_response(const EmbeddingRequest& request,
                                                       std::vector<std::vector<double>> vectors,
                                                       uint64_t tokens) {
  json data = json::array();
  for (size_t i = 0; i < vectors.size(); ++i) {
    auto& vector = vectors[i];
    if (request.dimensions) {
      if (static_cast<uint64_t>(*request.dimensions) > vector.size()) {
        return bad_request("'dimensions' is " + std::to_string(*request.dimensions) +
                               " but the model's embeddings have " + std::to_string(vector.size()),
                           "dimensions");
      }
      vector = truncate_and_normalize(vector, static_cast<size_t>(*request.dimensions));
    }
    // Both formats carry float32 values, so that "float" and "base64" (and the clients'
    // local answers) agree exactly.
    for (double& x : vector) x = static_cast<float>(x);
    json embedding = request.base64 ? json(base64_float32(vector)) : json(vector);
    data.push_back({{"object", "embedding"}, {"index", i}, {"embedding", std::move(embedding)}});
  }
  json body = {{"object", "list"},
               {"data", std::move(data)},
               {"model", request.model},
               {"usage", {{"prompt_tokens", tokens}, {"total_tokens", tokens}}}};
  return body.dump();
}

}  // namespace ingot::server
