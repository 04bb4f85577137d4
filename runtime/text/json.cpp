#include "runtime/text/json.h"

namespace ingot::text {

std::string component_type(const Json& j, const char* what) {
  if (!j.is_object()) throw TokenizerError(std::string(what) + " must be a JSON object");
  auto it = j.find("type");
  if (it == j.end() || !it->is_string()) {
    throw TokenizerError(std::string(what) + " has no \"type\" field");
  }
  return it->get<std::string>();
}

const Json& require(const Json& j, const char* field, const std::string& component) {
  auto it = j.find(field);
  if (it == j.end()) throw TokenizerError(component + ": missing field '" + field + "'");
  return *it;
}

void unsupported(const char* what, const std::string& type) {
  throw TokenizerError(std::string("unsupported ") + what + " type '" + type + "'");
}

}  // namespace ingot::text
