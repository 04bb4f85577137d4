// The OpenAI embeddings API's shapes: reading a POST /v1/embeddings body, writing its
// answer, and the error envelope {"error": {"message", "type", "param", "code"}}.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

namespace ingot::server {

// An answer that is not a success: its HTTP status and the envelope's fields.
struct ApiError {
  int status = 400;
  std::string message;
  std::string type = "invalid_request_error";
  std::string param;  // empty: null
  std::string code;   // empty: null
};

std::string error_body(const ApiError& error);

// OpenAI's own limit on the texts of one request.
constexpr size_t kMaxInputs = 2048;

struct EmbeddingRequest {
  std::string model;
  std::vector<std::string> inputs;
  bool base64 = false;
  std::optional<int64_t> dimensions;
  // Every other field, for the function's parameters of the same names ("user" dropped).
  nlohmann::json extra = nlohmann::json::object();
};

// Reads a request body; an ApiError (400) for what is not a valid request.
std::variant<EmbeddingRequest, ApiError> parse_embedding_request(std::string_view body);

// The response body for `vectors` (one per input, in order), applying the request's
// `dimensions` and encoding; an ApiError when `dimensions` exceeds a vector's width.
std::variant<std::string, ApiError> embedding_response(const EmbeddingRequest& request,
                                                       std::vector<std::vector<double>> vectors,
                                                       uint64_t tokens);

// The first `dimensions` values, L2-normalized again (Matryoshka truncation).
std::vector<double> truncate_and_normalize(const std::vector<double>& vector, size_t dimensions);

// Little-endian float32 values, base64-encoded: the OpenAI "base64" encoding.
std::string base64_float32(const std::vector<double>& vector);

}  // namespace ingot::server
