#include "server/models.h"

#include <filesystem>
#include <nlohmann/json.hpp>

namespace ingot::server {
namespace {

bool is_str(const nlohmann::json& type) { return type.value("kind", "") == "str"; }

}  // namespace

std::string default_model_name(const std::string& path) {
  return std::filesystem::path(path).stem().string();
}

std::unique_ptr<Model> load_model(const std::string& name, const std::string& path,
                                  std::string* why) {
  auto model = std::make_unique<Model>();
  model->name = name;
  model->artifact = driver::Artifact::open(path, why);
  if (!model->artifact) return nullptr;
  const auto signature = nlohmann::json::parse(model->artifact->signature(), nullptr, false);
  if (signature.is_discarded() || !signature.contains("parameters")) {
    *why = path + ": its signature is not readable JSON";
    return nullptr;
  }
  for (const auto& parameter : signature["parameters"]) {
    const auto& type = parameter.value("type", nlohmann::json::object());
    const bool list_of_str =
        type.value("kind", "") == "list" && type.contains("item") && is_str(type["item"]);
    if (is_str(type) || list_of_str) {
      model->input_parameter = parameter.value("name", "");
      model->takes_list = list_of_str;
      return model;
    }
  }
  *why = path + ": the function has no parameter typed str or list[str] to take the input";
  return nullptr;
}

}  // namespace ingot::server
