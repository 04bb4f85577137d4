// The artifact-level C functions: version, signature, instances and calls.
#include <chrono>
#include <memory>
#include <stdexcept>
#include <vector>

#include "include/ingot/ingot.h"
#include "runtime/abi/entry.h"
#include "runtime/abi/error.h"
#include "runtime/abi/json.h"
#include "runtime/abi/tls.h"

struct ingot_instance {
  const ingot::abi::Entry* entry;
};

struct ingot_stream {
  std::unique_ptr<ingot::abi::Stream> items;  // null once finished
};

namespace ingot::abi {
namespace {

INGOT_THREAD_LOCAL uint64_t t_call_tokens = 0;
// Where the running call keeps its per-text counts (ingot_call_counted), or null.
INGOT_THREAD_LOCAL std::vector<uint64_t>* t_text_tokens = nullptr;

// Counts the tokens of one call on this thread, text by text into `per_text` when it is
// given; a call nested inside another (one artifact calling another) does not disturb the
// outer count.
class TokenScope {
 public:
  explicit TokenScope(std::vector<uint64_t>* per_text = nullptr)
      : outer_(t_call_tokens), outer_per_text_(t_text_tokens) {
    t_call_tokens = 0;
    t_text_tokens = per_text;
  }
  ~TokenScope() {
    t_call_tokens = outer_;
    t_text_tokens = outer_per_text_;
  }
  uint64_t tokens() const { return t_call_tokens; }

 private:
  uint64_t outer_;
  std::vector<uint64_t>* outer_per_text_;
};

std::string_view kind_name(ParamKind kind) {
  switch (kind) {
    case ParamKind::PositionalOnly:
      return "POSITIONAL_ONLY";
    case ParamKind::PositionalOrKeyword:
      return "POSITIONAL_OR_KEYWORD";
    case ParamKind::KeywordOnly:
      return "KEYWORD_ONLY";
  }
  return "POSITIONAL_OR_KEYWORD";
}

// CPython lists missing names as 'a', 'a' and 'b', or 'a', 'b', and 'c'.
std::string quoted_list(const std::vector<std::string_view>& names) {
  std::string text;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) text += names.size() == 2 ? " and " : i + 1 == names.size() ? ", and " : ", ";
    text += "'" + std::string(names[i]) + "'";
  }
  return text;
}

[[noreturn]] void raise_missing(const Entry& entry, const std::vector<std::string_view>& names,
                                std::string_view what) {
  const bool one = names.size() == 1;
  raise(ExcKind::TypeError, entry.name + "() missing " + std::to_string(names.size()) +
                                " required " + std::string(what) + " argument" + (one ? "" : "s") +
                                ": " + quoted_list(names));
}

void check_required(const Entry& entry, const std::vector<const ingot_value*>& bound) {
  std::vector<std::string_view> positional, keyword_only;
  for (std::size_t i = 0; i < entry.params.size(); ++i) {
    const Param& param = entry.params[i];
    if (bound[i] || param.has_default()) continue;
    (param.kind == ParamKind::KeywordOnly ? keyword_only : positional).push_back(param.name);
  }
  // CPython reports the missing positional arguments first, and only them.
  if (!positional.empty()) raise_missing(entry, positional, "positional");
  if (!keyword_only.empty()) raise_missing(entry, keyword_only, "keyword-only");
}

ValuePtr param_value(const Param& param) {
  ValuePtr described = make_dict();
  dict_set(*described, make_str("name"), make_str(param.name));
  dict_set(*described, make_str("kind"), make_str(std::string(kind_name(param.kind))));
  dict_set(*described, make_str("annotation"), make_str(param.annotation));
  dict_set(*described, make_str("type"),
           parse_json(param.type_json.empty() ? "{\"kind\": \"any\"}" : param.type_json));
  dict_set(*described, make_str("has_default"), make_bool(param.has_default()));
  if (param.has_default())
    dict_set(*described, make_str("default"), parse_json(param.default_json));
  if (!param.choices_json.empty()) {
    dict_set(*described, make_str("choices"), parse_json(param.choices_json));
  }
  if (!param.metadata_json.empty()) {
    dict_set(*described, make_str("metadata"), parse_json(param.metadata_json));
  }
  return described;
}

std::string render_signature(const Entry& entry) {
  ValuePtr signature = make_dict();
  dict_set(*signature, make_str("name"), make_str(entry.name));
  dict_set(*signature, make_str("doc"), make_str(entry.doc));
  ValuePtr params = make_list();
  for (const Param& param : entry.params) {
    std::get<Sequence>(params->payload).items.push_back(param_value(param));
  }
  dict_set(*signature, make_str("parameters"), std::move(params));
  ValuePtr returns = make_dict();
  dict_set(*returns, make_str("annotation"), make_str(entry.return_annotation));
  dict_set(
      *returns, make_str("type"),
      parse_json(entry.return_type_json.empty() ? "{\"kind\": \"any\"}" : entry.return_type_json));
  dict_set(*signature, make_str("return"), std::move(returns));
  dict_set(*signature, make_str("generator"), make_bool(entry.stream != nullptr));
  dict_set(*signature, make_str("abi_version"), make_int(INGOT_ABI_VERSION));
  dict_set(*signature, make_str("ingot_version"), make_str(std::string(kIngotVersion)));
  return dump_json(*signature);
}

}  // namespace

std::string signature_json(const Entry& entry) { return render_signature(entry); }

Args bind_arguments(const Entry& entry, const ingot_value* named) {
  std::vector<const ingot_value*> bound(entry.params.size(), nullptr);
  if (named != nullptr) {
    if (named->kind != INGOT_DICT) {
      raise(ExcKind::TypeError, entry.name + "() argument after ** must be a mapping, not " +
                                    std::string(type_name(*named)));
    }
    for (const auto& [key, value] : dict_of(*named).entries) {
      if (key->kind != INGOT_STR)
        raise(ExcKind::TypeError, entry.name + "() keywords must be strings");
      const std::string& name = text_of(*key);
      std::size_t index = 0;
      while (index < entry.params.size() && entry.params[index].name != name) ++index;
      if (index == entry.params.size()) {
        raise(ExcKind::TypeError,
              entry.name + "() got an unexpected keyword argument '" + name + "'");
      }
      bound[index] = value.get();
    }
  }
  check_required(entry, bound);
  return Args(entry, std::move(bound));
}

void count_tokens(uint64_t tokens) {
  t_call_tokens += tokens;
  if (t_text_tokens) t_text_tokens->push_back(tokens);
}

}  // namespace ingot::abi

using namespace ingot::abi;

extern "C" {

INGOT_API uint32_t ingot_abi_version(void) { return INGOT_ABI_VERSION; }

INGOT_API const char* ingot_signature(void) {
  // Rendered once; a static local is initialized once even with several threads.
  static const std::string signature = []() -> std::string {
    try {
      return signature_json(entry());
    } catch (...) {
      // A malformed entry is a bug of the generated code; say so rather than crash.
      return "{\"error\": \"the artifact's signature could not be rendered\"}";
    }
  }();
  return signature.c_str();
}

INGOT_API ingot_status ingot_instance_create(ingot_instance** out, ingot_error** error) {
  if (error) *error = nullptr;
  ingot_instance* made = nullptr;
  const bool ok = guarded(error, [&] {
    if (out == nullptr)
      raise(ExcKind::TypeError, "ingot_instance_create() needs an output pointer");
    made = new ingot_instance{&entry()};
  });
  if (out) *out = made;
  return ok ? INGOT_OK : INGOT_ERROR;
}

INGOT_API void ingot_instance_free(ingot_instance* instance) { delete instance; }

INGOT_API ingot_status ingot_call(ingot_instance* instance, const ingot_value* args,
                                  ingot_value** result, ingot_call_stats* stats,
                                  ingot_error** error) {
  return ingot_call_counted(instance, args, result, stats, nullptr, error);
}

INGOT_API ingot_status ingot_call_counted(ingot_instance* instance, const ingot_value* args,
                                          ingot_value** result, ingot_call_stats* stats,
                                          ingot_value** text_tokens, ingot_error** error) {
  const auto start = std::chrono::steady_clock::now();
  if (error) *error = nullptr;
  if (result) *result = nullptr;
  if (text_tokens) *text_tokens = nullptr;
  std::vector<uint64_t> per_text;
  TokenScope tokens(text_tokens ? &per_text : nullptr);
  ingot_value* produced = nullptr;
  ingot_value* counts = nullptr;
  const bool ok = guarded(error, [&] {
    if (instance == nullptr) raise(ExcKind::TypeError, "ingot_call() needs an instance");
    if (result == nullptr) raise(ExcKind::TypeError, "ingot_call() needs a result pointer");
    const Args bound = bind_arguments(*instance->entry, args);
    ValuePtr returned = instance->entry->call(bound);
    if (!returned) throw std::logic_error("the function's thunk returned no value");
    if (text_tokens) {
      std::vector<ValuePtr> items;
      items.reserve(per_text.size());
      for (uint64_t n : per_text) items.push_back(make_int(static_cast<int64_t>(n)));
      counts = make_list(std::move(items)).release();
    }
    produced = returned.release();
  });
  if (result) *result = produced;
  if (text_tokens) *text_tokens = counts;
  if (stats) {
    const auto elapsed = std::chrono::steady_clock::now() - start;
    stats->latency_ns = static_cast<uint64_t>(
        std::chrono::duration_cast<std::chrono::nanoseconds>(elapsed).count());
    stats->tokens = tokens.tokens();
  }
  return ok ? INGOT_OK : INGOT_ERROR;
}

INGOT_API ingot_status ingot_call_stream(ingot_instance* instance, const ingot_value* args,
                                         ingot_stream** stream, ingot_error** error) {
  if (error) *error = nullptr;
  if (stream) *stream = nullptr;
  TokenScope tokens;
  ingot_stream* made = nullptr;
  const bool ok = guarded(error, [&] {
    if (instance == nullptr) raise(ExcKind::TypeError, "ingot_call_stream() needs an instance");
    if (stream == nullptr) raise(ExcKind::TypeError, "ingot_call_stream() needs a stream pointer");
    const Entry& entry = *instance->entry;
    if (entry.stream == nullptr) {
      raise(ExcKind::TypeError,
            entry.name + "() is not a generator function: call it with ingot_call()");
    }
    const Args bound = bind_arguments(entry, args);
    made = new ingot_stream{entry.stream(bound)};
  });
  if (stream) *stream = made;
  return ok ? INGOT_OK : INGOT_ERROR;
}

INGOT_API ingot_status ingot_stream_next(ingot_stream* stream, ingot_value** item,
                                         ingot_error** error) {
  if (error) *error = nullptr;
  if (item) *item = nullptr;
  TokenScope tokens;
  ingot_value* produced = nullptr;
  const bool ok = guarded(error, [&] {
    if (stream == nullptr) raise(ExcKind::TypeError, "ingot_stream_next() needs a stream");
    if (item == nullptr) raise(ExcKind::TypeError, "ingot_stream_next() needs an item pointer");
    if (!stream->items) return;  // finished: done, again
    try {
      ValuePtr next = stream->items->next();
      if (next) {
        produced = next.release();
      } else {
        stream->items.reset();
      }
    } catch (...) {
      stream->items.reset();  // a generator that raised is finished, as in Python
      throw;
    }
  });
  if (item) *item = produced;
  return ok ? INGOT_OK : INGOT_ERROR;
}

INGOT_API void ingot_stream_free(ingot_stream* stream) { delete stream; }

}  // extern "C"
