// The artifacts a server serves, each loaded once, with what its signature says about how
// an embeddings request maps onto a call.
#pragma once

#include <memory>
#include <string>

#include "compiler/driver/artifact.h"

namespace ingot::server {

struct Model {
  std::string name;  // what requests put in "model"
  std::unique_ptr<driver::Artifact> artifact;
  // The parameter `input` goes to: the first one typed str or list[str].
  std::string input_parameter;
  // list[str]: one call embeds many texts (and concurrent requests can share it); str: one
  // call per text, returning one vector.
  bool takes_list = false;
};

// Loads the artifact at `path` served as `name`; null with the reason in *why when it does
// not load or has no str / list[str] parameter.
std::unique_ptr<Model> load_model(const std::string& name, const std::string& path,
                                  std::string* why);

// The name a model gets without --name: the file's stem ("models/embed.so" -> "embed").
std::string default_model_name(const std::string& path);

}  // namespace ingot::server
