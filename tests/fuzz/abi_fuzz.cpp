// libFuzzer target on the ABI's input side (defined in tests/unit/abi_tests.cmake):
// arbitrary bytes as JSON arguments, parsed, printed, copied and passed to a call of the
// kitchen test function (every parameter type), through the exported C functions only.
// Nothing may crash, leak or hang; every failure must come back as an ingot_error.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "include/ingot/ingot.h"

namespace {

// Fails loudly when an error comes back without a kind or message.
void check_and_free(ingot_error*& error) {
  if (!error) return;
  if (!ingot_error_kind(error) || !ingot_error_message(error) || !ingot_error_ancestor(error, 0)) {
    std::abort();
  }
  ingot_error_free(error);
  error = nullptr;
}

ingot_instance* shared_instance() {
  static ingot_instance* instance = [] {
    ingot_instance* made = nullptr;
    if (ingot_instance_create(&made, nullptr) != INGOT_OK) std::abort();
    return made;
  }();
  return instance;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const char* text = reinterpret_cast<const char*>(data);
  ingot_error* error = nullptr;
  ingot_value* value = ingot_value_from_json(text, size, &error);
  if (!value) {
    check_and_free(error);
    ingot_value_free(ingot_value_str(text, size, &error));  // UTF-8 validation alone
    check_and_free(error);
    return 0;
  }

  // Printing what was parsed and parsing it again gives the same text (json.dumps is a
  // fixed point after one round).
  size_t printed_size = 0;
  char* printed = ingot_value_to_json(value, &printed_size, &error);
  if (!printed) std::abort();  // a parsed document is always printable
  ingot_value* reparsed = ingot_value_from_json(printed, printed_size, &error);
  if (!reparsed) std::abort();
  char* reprinted = ingot_value_to_json(reparsed, nullptr, &error);
  if (!reprinted || std::strcmp(printed, reprinted) != 0) std::abort();
  ingot_string_free(reprinted);
  ingot_string_free(printed);
  ingot_value_free(reparsed);

  ingot_value* copy = ingot_value_clone(value, &error);
  check_and_free(error);
  error = nullptr;

  // As the arguments of a call: binding and every conversion see hostile input. JSON
  // cannot spell bytes, so the kitchen's bytes parameter gets the input itself.
  if (ingot_value_kind(value) == INGOT_DICT) {
    if (ingot_value_dict_set(value, ingot_value_str("raw", 3, nullptr),
                             ingot_value_bytes(data, size), &error) != INGOT_OK) {
      std::abort();
    }
  }
  ingot_value* result = nullptr;
  ingot_call_stats stats;
  if (ingot_call(shared_instance(), value, &result, &stats, &error) == INGOT_OK) {
    char* text_result = ingot_value_to_json(result, nullptr, &error);
    ingot_string_free(text_result);
    check_and_free(error);
    ingot_value_free(result);
  } else {
    check_and_free(error);
  }
  ingot_value_free(copy);
  ingot_value_free(value);
  return 0;
}
