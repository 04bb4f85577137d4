#include "runtime/nn/lowering.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace ingot::rt {

namespace {

std::string_view embedded(Resources resources, const std::string& key) {
  std::string_view bytes = resources(key);
  if (bytes.data() == nullptr) raise(ExcKind::RuntimeError, "the artifact has no embedded " + key);
  return bytes;
}

nn::Bytes as_bytes(std::string_view bytes) {
  return {reinterpret_cast<const std::byte*>(bytes.data()), bytes.size()};
}

// The checkpoint's files as the artifact embeds them: NAME/checkpoint.json lists them.
nn::FileSet checkpoint_files(Resources resources, const std::string& name) {
  auto listing = nlohmann::json::parse(embedded(resources, name + "/checkpoint.json"));
  std::map<std::string, nn::Bytes> blobs;
  const std::string folder = name + "/";
  for (const auto& file : listing) {
    std::string path = file.get<std::string>();
    blobs[path] = as_bytes(embedded(resources, folder + path));
  }
  return nn::FileSet::from_blobs(blobs);
}

}  // namespace

namespace sentence_transformers {

namespace {

// The prompt sentence-transformers prepends: `prompt` wins over `prompt_name`, which wins
// over the model's default prompt name.
Optional<Str> chosen_prompt(const SentenceTransformer& self, const EncodeOptions& options) {
  if (options.prompt) return options.prompt;
  const nn::Model& model = self.model();
  const auto& prompts = model.prompts();
  if (options.prompt_name) {
    auto it = prompts.find(options.prompt_name->to_std());
    if (it == prompts.end()) {
      std::string keys;
      for (const std::string& key : self.prompt_names())
        keys += (keys.empty() ? "'" : ", '") + key + "'";
      raise(ExcKind::ValueError, "Prompt name '" + options.prompt_name->to_std() +
                                     "' not found in the configured prompts dictionary with "
                                     "keys [" +
                                     keys + "].");
    }
    return Str(it->second);
  }
  if (auto name = model.default_prompt_name()) {
    auto it = prompts.find(*name);
    if (it != prompts.end()) return Str(it->second);
  }
  return None;
}

// The prompt's token count as sentence-transformers measures it: the tokenized prompt,
// less a trailing special token (EOS, SEP). Not counted in the call's tokens: it is only
// measured, never run through the model.
int64_t prompt_length(const SentenceTransformer& self, const Str& prompt) {
  text::EncodeOptions options;
  text::Encoding e = self.tokenizer().impl().encode(prompt.view(), std::nullopt, options);
  int64_t length = static_cast<int64_t>(e.size());
  if (length > 0 && e.special_tokens_mask.back() != 0) --length;
  return length;
}

nn::TokenBatch token_batch(const transformers::BatchEncoding<List<List<Int>>>& encoded) {
  const List<List<Int>>& ids = transformers::getitem(encoded, Str("input_ids"));
  const List<List<Int>>& mask = transformers::getitem(encoded, Str("attention_mask"));
  nn::TokenBatch batch;
  batch.batch = ids.size();
  batch.length = ids.size() == 0 ? 0 : ids.items().front().size();
  for (size_t row = 0; row < ids.items().size(); ++row) {
    const auto& row_ids = ids.items()[row].items();
    const auto& row_mask = mask.items()[row].items();
    batch.ids.insert(batch.ids.end(), row_ids.begin(), row_ids.end());
    batch.attention_mask.insert(batch.attention_mask.end(), row_mask.begin(), row_mask.end());
  }
  return batch;
}

// torch.nn.functional.normalize(p=2, dim=1): each row over max(its L2 norm, 1e-12).
void normalize_rows(std::vector<float>& data, int64_t dim) {
  for (size_t start = 0; start < data.size(); start += static_cast<size_t>(dim)) {
    double sum = 0;
    for (int64_t j = 0; j < dim; ++j) sum += double(data[start + j]) * data[start + j];
    float norm = std::max(static_cast<float>(std::sqrt(sum)), 1e-12f);
    for (int64_t j = 0; j < dim; ++j) data[start + j] /= norm;
  }
}

}  // namespace

SentenceTransformer SentenceTransformer::load(Resources resources, const Str& name) {
  SentenceTransformer out;
  out.model_ = std::make_shared<const nn::Model>(
      nn::Model::load(checkpoint_files(resources, name.to_std())));
  out.tokenizer_ = transformers::PreTrainedTokenizerFast::load(resources, name);
  auto names = std::make_shared<std::vector<std::string>>();
  std::string_view config = resources(name.to_std() + "/config_sentence_transformers.json");
  if (config.data() != nullptr) {
    auto prompts =
        nlohmann::ordered_json::parse(config).value("prompts", nlohmann::ordered_json::object());
    for (const auto& [key, _] : prompts.items()) names->push_back(key);
  }
  out.prompt_names_ = std::move(names);
  return out;
}

numpy::ndarray encode_batch(const SentenceTransformer& self, const List<Str>& sentences,
                            const EncodeOptions& options) {
  if (options.batch_size <= 0) raise(ExcKind::ValueError, "batch_size must be positive");
  const nn::Model& model = self.model();
  Optional<Str> prompt = chosen_prompt(self, options);
  // sentence-transformers takes an empty prompt as none.
  if (prompt && prompt->view().empty()) prompt = None;
  int64_t skipped = prompt ? prompt_length(self, *prompt) : 0;
  int64_t dim = model.embedding_dim();
  Optional<Int> max_length;
  if (auto m = model.max_seq_length()) max_length = Optional<Int>(Int(*m));

  std::vector<float> out;
  out.reserve(static_cast<size_t>(sentences.size() * dim));
  const auto& all = sentences.items();
  // The engine's results do not depend on the batch, so batches are simply consecutive.
  for (size_t start = 0; start < all.size(); start += static_cast<size_t>(options.batch_size)) {
    size_t end = std::min(all.size(), start + static_cast<size_t>(options.batch_size));
    List<Str> texts;
    for (size_t i = start; i < end; ++i) {
      texts.items().push_back(prompt ? Str(prompt->to_std() + all[i].to_std()) : all[i]);
    }
    auto encoded = transformers::call_batch(self.tokenizer(), texts, None,
                                            {Bool(true), Bool(true), {max_length, true}});
    nn::FloatArray vectors = model.embed(token_batch(encoded), skipped);
    out.insert(out.end(), vectors.data.begin(), vectors.data.end());
  }
  if (options.normalize_embeddings) normalize_rows(out, dim);
  return tensor::from_values<float>({sentences.size(), dim}, out);
}

numpy::ndarray encode_one(const SentenceTransformer& self, const Str& sentence,
                          const EncodeOptions& options) {
  numpy::ndarray rows = encode_batch(self, List<Str>{sentence}, options);
  return tensor::from_values<float>({rows.dim(1)},
                                    std::span<const float>(rows.data<float>(), rows.dim(1)));
}

Int get_sentence_embedding_dimension(const SentenceTransformer& self) {
  return self.model().embedding_dim();
}

Int max_seq_length(const SentenceTransformer& self) {
  if (auto m = self.model().max_seq_length()) return *m;
  if (auto m = self.tokenizer().settings().model_max_length) return static_cast<Int>(*m);
  raise(ExcKind::ValueError, "the model sets no max_seq_length");
}

Dict<Str, Str> prompts(const SentenceTransformer& self) {
  Dict<Str, Str> out;
  const auto& prompts = self.model().prompts();
  for (const std::string& name : self.prompt_names()) {
    auto it = prompts.find(name);
    if (it != prompts.end()) out.set(Str(name), Str(it->second));
  }
  return out;
}

}  // namespace sentence_transformers

namespace transformers {

namespace {

// An integer array of shape (batch, length) as the engine's row-major int64 values.
std::vector<int64_t> token_rows(const tensor::Array& a, const char* name, int64_t batch,
                                int64_t length) {
  if (!tensor::is_integer(a.dtype()) && a.dtype() != tensor::DType::Bool) {
    raise(ExcKind::TypeError, std::string(name) + " must be an integer tensor, not " +
                                  std::string(tensor::torch_dtype_name(a.dtype())));
  }
  if (a.ndim() != 2 || a.dim(0) != batch || a.dim(1) != length) {
    raise(ExcKind::ValueError, std::string(name) + " must have the shape of input_ids, (" +
                                   std::to_string(batch) + ", " + std::to_string(length) + ")");
  }
  std::vector<int64_t> out(static_cast<size_t>(a.size()));
  for (int64_t i = 0; i < a.size(); ++i) out[size_t(i)] = a.element_as_int(i);
  return out;
}

}  // namespace

PreTrainedModel PreTrainedModel::load(Resources resources, const Str& name) {
  PreTrainedModel out;
  out.model_ = std::make_shared<const nn::Model>(
      nn::Model::load(checkpoint_files(resources, name.to_std())));
  return out;
}

BaseModelOutput forward(const PreTrainedModel& self, const tensor::Array& input_ids,
                        const Optional<tensor::Array>& attention_mask,
                        const Optional<tensor::Array>& token_type_ids) {
  if (input_ids.ndim() != 2) {
    raise(ExcKind::ValueError, "input_ids must be 2-d, (batch, length): one row per text");
  }
  nn::TokenBatch tokens;
  tokens.batch = input_ids.dim(0);
  tokens.length = input_ids.dim(1);
  tokens.ids = token_rows(input_ids, "input_ids", tokens.batch, tokens.length);
  if (attention_mask) {
    tokens.attention_mask =
        token_rows(*attention_mask, "attention_mask", tokens.batch, tokens.length);
  } else {
    tokens.attention_mask.assign(tokens.ids.size(), 1);
  }
  if (token_type_ids) {
    tokens.token_type_ids =
        token_rows(*token_type_ids, "token_type_ids", tokens.batch, tokens.length);
  }
  nn::FloatArray hidden = self.model().encode(tokens);
  return BaseModelOutput(
      tensor::from_values<float>(tensor::Shape(hidden.shape.begin(), hidden.shape.end()),
                                 std::span<const float>(hidden.data)));
}

tensor::Array output_item(const BaseModelOutput& self, Int index) {
  if (index != 0 && index != -1) {
    raise(ExcKind::IndexError,
          "compiled model outputs hold only the last hidden state: write "
          "out[0] or out.last_hidden_state");
  }
  return self.last_hidden_state();
}

tensor::Array output_field(const BaseModelOutput& self, const Str& key) {
  if (key.view() != "last_hidden_state") {
    std::string quoted(1, '\'');  // KeyError's message is the key's repr
    quoted.append(key.view()).push_back('\'');
    raise(ExcKind::KeyError, quoted);
  }
  return self.last_hidden_state();
}

}  // namespace transformers

}  // namespace ingot::rt
