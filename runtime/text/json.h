// tokenizer.json is read with nlohmann::json (Debian's nlohmann-json3-dev, header only):
// runtime/abi/json.h builds ABI value trees for calls, while a tokenizer needs typed access
// to large vocabularies and nested component objects, which nlohmann gives directly.
// These helpers turn a missing or mistyped field into a TokenizerError naming the component.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "runtime/text/error.h"

namespace ingot::text {

using Json = nlohmann::json;

// The "type" of a component object, e.g. "BPE"; `what` is "normalizer", "model", ...
std::string component_type(const Json& j, const char* what);
// A required field of a component.
const Json& require(const Json& j, const char* field, const std::string& component);
template <typename T>
T get_or(const Json& j, const char* field, T fallback) {
  auto it = j.find(field);
  if (it == j.end() || it->is_null()) return fallback;
  try {
    return it->get<T>();
  } catch (const Json::exception& e) {
    throw TokenizerError(std::string("field '") + field + "' has the wrong type: " + e.what());
  }
}
template <typename T>
std::optional<T> get_optional(const Json& j, const char* field) {
  auto it = j.find(field);
  if (it == j.end() || it->is_null()) return std::nullopt;
  try {
    return it->get<T>();
  } catch (const Json::exception& e) {
    throw TokenizerError(std::string("field '") + field + "' has the wrong type: " + e.what());
  }
}
template <typename T>
T get_required(const Json& j, const char* field, const std::string& component) {
  try {
    return require(j, field, component).get<T>();
  } catch (const Json::exception& e) {
    throw TokenizerError(component + ": field '" + field + "' has the wrong type: " + e.what());
  }
}
[[noreturn]] void unsupported(const char* what, const std::string& type);

}  // namespace ingot::text
