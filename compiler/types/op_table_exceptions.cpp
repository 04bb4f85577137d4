// The op library's rows for Python's built-in exception classes, one set per class of
// runtime/core/exceptions.def (the runtime's registry, so the two cannot drift apart):
// `ValueError` raised bare, `ValueError()`, and `ValueError(value)`.
#include <string>
#include <vector>

#include "compiler/types/op_library.h"

namespace ingot::types {

std::span<const OpRow> exception_rows() {
  static const std::vector<std::string> kNames = {
#define INGOT_EXC(Name, Parent) #Name,
#include "runtime/core/exceptions.def"
#undef INGOT_EXC
  };
  static std::vector<std::string> text;  // the rows' strings, alive as long as the rows
  static const std::vector<OpRow> rows = [] {
    std::vector<std::string> parts;
    for (const std::string& name : kNames) {
      std::string kind = "ingot::rt::ExcKind::" + name;
      parts.insert(parts.end(), {"builtins." + name, "-> exception",
                                 "ingot::rt::make_exception(" + kind + ")", "builtins." + name,
                                 "() -> exception", "ingot::rt::make_exception(" + kind + ")",
                                 "builtins." + name, "(value: object) -> exception",
                                 "ingot::rt::make_exception(" + kind + ", {0})"});
    }
    text = std::move(parts);
    std::vector<OpRow> out;
    for (size_t i = 0; i + 2 < text.size(); i += 3) {
      out.push_back({text[i].c_str(), text[i + 1].c_str(), text[i + 2].c_str()});
    }
    return out;
  }();
  return rows;
}

}  // namespace ingot::types
