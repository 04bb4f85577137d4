// A compiled artifact loaded into this process with dlopen, used through its C ABI
// (include/ingot/ingot.h) exactly as any client uses it. `ingot run`, `ingot inspect` and
// `ingot verify` call artifacts through this.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "include/ingot/ingot.h"

namespace ingot::driver {

// The artifact's exported functions.
struct AbiFunctions {
  uint32_t (*abi_version)();
  const char* (*signature)();
  ingot_status (*instance_create)(ingot_instance**, ingot_error**);
  void (*instance_free)(ingot_instance*);
  ingot_status (*call)(ingot_instance*, const ingot_value*, ingot_value**, ingot_call_stats*,
                       ingot_error**);
  const char* (*error_kind)(const ingot_error*);
  const char* (*error_message)(const ingot_error*);
  void (*error_free)(ingot_error*);
  ingot_value* (*value_from_json)(const char*, size_t, ingot_error**);
  char* (*value_to_json)(const ingot_value*, size_t*, ingot_error**);
  ingot_value* (*value_str)(const char*, size_t, ingot_error**);
  ingot_value* (*value_dict)();
  ingot_status (*value_dict_set)(ingot_value*, ingot_value*, ingot_value*, ingot_error**);
  ingot_kind (*value_kind)(const ingot_value*);
  void (*value_free)(ingot_value*);
  void (*string_free)(char*);
  // Per-text token counts; null in an artifact built before they were part of the ABI.
  ingot_status (*call_counted)(ingot_instance*, const ingot_value*, ingot_value**,
                               ingot_call_stats*, ingot_value**, ingot_error**);
  size_t (*value_len)(const ingot_value*);
  const ingot_value* (*value_item)(const ingot_value*, size_t);
  int64_t (*value_as_int)(const ingot_value*);
  // Generators; null in an artifact built before they were part of the ABI.
  ingot_status (*call_stream)(ingot_instance*, const ingot_value*, ingot_stream**, ingot_error**);
  ingot_status (*stream_next)(ingot_stream*, ingot_value**, ingot_error**);
  void (*stream_free)(ingot_stream*);
};

// What one call gave: the result as JSON, or the exception it raised.
struct CallOutcome {
  bool ok = false;
  bool bad_input = false;     // the inputs were not valid JSON / not an object: nothing ran
  std::string result_json;    // when ok
  std::string error_kind;     // when not ok, e.g. "ValueError"
  std::string error_message;  // when not ok
  ingot_call_stats stats{};
  // The tokens of each text the call's tokenizers encoded, in order (ingot_call_counted);
  // empty when the artifact does not report them.
  std::vector<uint64_t> text_tokens;

  // "Kind: message", or "Kind" when the message is empty: a traceback's last line.
  std::string error_line() const;
};

class Artifact {
 public:
  // Loads the artifact at `path`; on failure returns null and says why in *why.
  static std::unique_ptr<Artifact> open(const std::string& path, std::string* why);
  ~Artifact();
  Artifact(const Artifact&) = delete;
  Artifact& operator=(const Artifact&) = delete;

  const AbiFunctions& abi() const { return abi_; }
  std::string signature() const { return abi_.signature(); }

  // Calls the function with named arguments given as JSON texts: `inputs_json` (an
  // object, or empty for none) and then each (name, JSON value) of `named`, which
  // override it. Malformed JSON, or inputs that are not an object, is a bad_input outcome
  // naming the input. A result json.dumps could not print (bytes) is its TypeError.
  CallOutcome call_json(std::string_view inputs_json,
                        const std::vector<std::pair<std::string, std::string>>& named) const;

  // Whether the function is a generator (its signature's "generator").
  bool is_generator() const;
  // Calls a generator function as call_json does, handing each item's JSON text to
  // `on_item` as soon as it is yielded. The outcome is ok when the generator finished,
  // else it holds what it raised (after the items it yielded before).
  CallOutcome stream_json(std::string_view inputs_json,
                          const std::vector<std::pair<std::string, std::string>>& named,
                          const std::function<void(const std::string&)>& on_item) const;

 private:
  // The named arguments as one ABI dict, or null with `outcome` saying why.
  ingot_value* make_args(std::string_view inputs_json,
                         const std::vector<std::pair<std::string, std::string>>& named,
                         CallOutcome& outcome) const;

  Artifact(void* handle, AbiFunctions abi, ingot_instance* instance)
      : handle_(handle), abi_(abi), instance_(instance) {}

  void* handle_;
  AbiFunctions abi_;
  ingot_instance* instance_;
};

}  // namespace ingot::driver
