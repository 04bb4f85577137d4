#include "runtime/text/models/models.h"

namespace ingot::text {

Vocab Vocab::from_json(const Json& j, const std::string& component) {
  if (!j.is_object()) throw TokenizerError(component + ": vocab must be an object of token -> id");
  Vocab vocab;
  vocab.ids.reserve(j.size());
  vocab.tokens.reserve(j.size());
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (!it.value().is_number_unsigned()) {
      throw TokenizerError(component + ": the id of token '" + it.key() +
                           "' is not a non-negative integer");
    }
    vocab.add(it.key(), it.value().get<uint32_t>());
  }
  return vocab;
}

std::unique_ptr<Model> make_model(const Json& j) {
  if (!j.is_object()) throw TokenizerError("model must be a JSON object");
  std::string type;
  if (j.contains("type")) {
    type = component_type(j, "model");
  } else if (j.contains("merges")) {
    type = "BPE";  // old files leave the type out
  } else {
    throw TokenizerError("model has no \"type\" field");
  }
  if (type == "BPE") return make_bpe(j);
  if (type == "WordPiece") return make_wordpiece(j);
  if (type == "Unigram") return make_unigram(j);
  if (type == "WordLevel") return make_wordlevel(j);
  unsupported("model", type);
}

}  // namespace ingot::text
