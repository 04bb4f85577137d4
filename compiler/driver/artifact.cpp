#include "compiler/driver/artifact.h"

#include <dlfcn.h>

#include <optional>

namespace ingot::driver {
namespace {

// Looks up every function of the ABI; false (and *missing names it) when one is absent.
bool bind(void* handle, AbiFunctions& abi, std::string* missing) {
  bool complete = true;
  auto find = [&](auto& slot, const char* name) {
    slot = reinterpret_cast<std::remove_reference_t<decltype(slot)>>(dlsym(handle, name));
    if (!slot && complete) {
      complete = false;
      *missing = name;
    }
  };
  find(abi.abi_version, "ingot_abi_version");
  find(abi.signature, "ingot_signature");
  find(abi.instance_create, "ingot_instance_create");
  find(abi.instance_free, "ingot_instance_free");
  find(abi.call, "ingot_call");
  find(abi.error_kind, "ingot_error_kind");
  find(abi.error_message, "ingot_error_message");
  find(abi.error_free, "ingot_error_free");
  find(abi.value_from_json, "ingot_value_from_json");
  find(abi.value_to_json, "ingot_value_to_json");
  find(abi.value_str, "ingot_value_str");
  find(abi.value_dict, "ingot_value_dict");
  find(abi.value_dict_set, "ingot_value_dict_set");
  find(abi.value_kind, "ingot_value_kind");
  find(abi.value_free, "ingot_value_free");
  find(abi.string_free, "ingot_string_free");
  find(abi.value_len, "ingot_value_len");
  find(abi.value_item, "ingot_value_item");
  find(abi.value_as_int, "ingot_value_as_int");
  // Optional: looked up without making the artifact incomplete.
  abi.call_counted =
      reinterpret_cast<decltype(abi.call_counted)>(dlsym(handle, "ingot_call_counted"));
  abi.call_stream = reinterpret_cast<decltype(abi.call_stream)>(dlsym(handle, "ingot_call_stream"));
  abi.stream_next = reinterpret_cast<decltype(abi.stream_next)>(dlsym(handle, "ingot_stream_next"));
  abi.stream_free = reinterpret_cast<decltype(abi.stream_free)>(dlsym(handle, "ingot_stream_free"));
  return complete;
}

// Owns one ingot_value of an artifact.
class Value {
 public:
  Value(const AbiFunctions& abi, ingot_value* value) : abi_(abi), value_(value) {}
  ~Value() { abi_.value_free(value_); }
  Value(const Value&) = delete;
  Value& operator=(const Value&) = delete;
  ingot_value* get() const { return value_; }
  ingot_value* release() { return std::exchange(value_, nullptr); }

 private:
  const AbiFunctions& abi_;
  ingot_value* value_;
};

// Fills the outcome's error from `error` and frees it.
void take_error(const AbiFunctions& abi, ingot_error* error, CallOutcome& outcome) {
  outcome.ok = false;
  outcome.error_kind = error ? abi.error_kind(error) : "MemoryError";
  outcome.error_message = error ? abi.error_message(error) : "";
  if (error) abi.error_free(error);
}

}  // namespace

std::string CallOutcome::error_line() const {
  return error_message.empty() ? error_kind : error_kind + ": " + error_message;
}

std::unique_ptr<Artifact> Artifact::open(const std::string& path, std::string* why) {
  // A path without a slash would be searched for in the library path; mean the file.
  const std::string file = path.find('/') == std::string::npos ? "./" + path : path;
  // RTLD_NODELETE: an artifact carries its own libstdc++, whose exception-handling pool is
  // never freed; kept mapped after dlclose, the pool stays reachable (and LeakSanitizer
  // quiet) instead of leaking with the unmapped library.
  void* handle = dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
  if (!handle) {
    *why = dlerror();
    return nullptr;
  }
  AbiFunctions abi{};
  std::string missing;
  if (!bind(handle, abi, &missing)) {
    *why = path + " is not an ingot artifact (it does not export " + missing + ")";
    dlclose(handle);
    return nullptr;
  }
  if (abi.abi_version() != INGOT_ABI_VERSION) {
    *why = path + " has ABI version " + std::to_string(abi.abi_version()) + ", this ingot reads " +
           std::to_string(INGOT_ABI_VERSION);
    dlclose(handle);
    return nullptr;
  }
  ingot_instance* instance = nullptr;
  ingot_error* error = nullptr;
  if (abi.instance_create(&instance, &error) != INGOT_OK) {
    CallOutcome failed;
    take_error(abi, error, failed);
    *why = "creating an instance failed: " + failed.error_line();
    dlclose(handle);
    return nullptr;
  }
  return std::unique_ptr<Artifact>(new Artifact(handle, abi, instance));
}

Artifact::~Artifact() {
  abi_.instance_free(instance_);
  dlclose(handle_);
}

ingot_value* Artifact::make_args(std::string_view inputs_json,
                                 const std::vector<std::pair<std::string, std::string>>& named,
                                 CallOutcome& outcome) const {
  ingot_error* error = nullptr;
  auto bad_input = [&](const std::string& what) -> ingot_value* {
    take_error(abi_, error, outcome);
    outcome.bad_input = true;
    outcome.error_message = what + ": " + outcome.error_line();
    outcome.error_kind = "ValueError";
    return nullptr;
  };

  Value args(abi_, inputs_json.empty()
                       ? abi_.value_dict()
                       : abi_.value_from_json(inputs_json.data(), inputs_json.size(), &error));
  if (!args.get()) return bad_input("--inputs is not valid JSON");
  if (abi_.value_kind(args.get()) != INGOT_DICT) {
    outcome.bad_input = true;
    outcome.error_kind = "TypeError";
    outcome.error_message = "--inputs must be a JSON object of named arguments";
    return nullptr;
  }
  for (const auto& [name, json] : named) {
    Value key(abi_, abi_.value_str(name.data(), name.size(), &error));
    if (!key.get()) return bad_input("--input " + name);
    Value value(abi_, abi_.value_from_json(json.data(), json.size(), &error));
    if (!value.get()) return bad_input("--input " + name + " is not valid JSON");
    if (abi_.value_dict_set(args.get(), key.release(), value.release(), &error) != INGOT_OK) {
      return bad_input("--input " + name);
    }
  }
  return args.release();
}

// The JSON text of `value`, or nothing with the error in `outcome` (bytes, say).
static std::optional<std::string> json_text(const AbiFunctions& abi, const ingot_value* value,
                                            CallOutcome& outcome) {
  ingot_error* error = nullptr;
  size_t size = 0;
  char* text = abi.value_to_json(value, &size, &error);
  if (!text) {
    take_error(abi, error, outcome);
    return std::nullopt;
  }
  std::string out(text, size);
  abi.string_free(text);
  return out;
}

CallOutcome Artifact::call_json(
    std::string_view inputs_json,
    const std::vector<std::pair<std::string, std::string>>& named) const {
  CallOutcome outcome;
  Value args(abi_, make_args(inputs_json, named, outcome));
  if (!args.get()) return outcome;
  ingot_error* error = nullptr;
  ingot_value* result = nullptr;
  ingot_value* text_tokens = nullptr;
  const ingot_status status =
      abi_.call_counted
          ? abi_.call_counted(instance_, args.get(), &result, &outcome.stats, &text_tokens, &error)
          : abi_.call(instance_, args.get(), &result, &outcome.stats, &error);
  if (status != INGOT_OK) {
    take_error(abi_, error, outcome);
    return outcome;
  }
  Value owned_result(abi_, result);
  if (text_tokens) {
    Value owned_counts(abi_, text_tokens);
    for (size_t i = 0; i < abi_.value_len(text_tokens); ++i) {
      outcome.text_tokens.push_back(
          static_cast<uint64_t>(abi_.value_as_int(abi_.value_item(text_tokens, i))));
    }
  }
  auto text = json_text(abi_, result, outcome);
  if (!text) return outcome;
  outcome.ok = true;
  outcome.result_json = std::move(*text);
  return outcome;
}

bool Artifact::is_generator() const {
  return abi_.call_stream != nullptr &&
         std::string_view(abi_.signature()).find("\"generator\": true") != std::string_view::npos;
}

CallOutcome Artifact::stream_json(std::string_view inputs_json,
                                  const std::vector<std::pair<std::string, std::string>>& named,
                                  const std::function<void(const std::string&)>& on_item) const {
  CallOutcome outcome;
  Value args(abi_, make_args(inputs_json, named, outcome));
  if (!args.get()) return outcome;
  ingot_error* error = nullptr;
  ingot_stream* stream = nullptr;
  if (abi_.call_stream(instance_, args.get(), &stream, &error) != INGOT_OK) {
    take_error(abi_, error, outcome);
    return outcome;
  }
  std::unique_ptr<ingot_stream, void (*)(ingot_stream*)> owned(stream, abi_.stream_free);
  while (true) {
    ingot_value* item = nullptr;
    if (abi_.stream_next(stream, &item, &error) != INGOT_OK) {
      take_error(abi_, error, outcome);
      return outcome;
    }
    if (item == nullptr) break;
    Value owned_item(abi_, item);
    auto text = json_text(abi_, item, outcome);
    if (!text) return outcome;
    on_item(*text);
  }
  outcome.ok = true;
  return outcome;
}

}  // namespace ingot::driver
