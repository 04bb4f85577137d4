// libFuzzer target for the lexer and parser: any byte string must give either a tree
// (which must dump) or a clean syntax error (which must render); never a crash, a hang,
// or a sanitizer report.
#include <cstddef>
#include <cstdint>
#include <string>

#include "compiler/parse/parse.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  ingot::diag::SourceFile file("<fuzz>", std::move(text));
  ingot::diag::Sink sink;
  std::optional<ingot::ast::Module> module = ingot::parse::parse_module(file, sink);
  if (module) {
    std::string tree = ingot::parse::dump(*module);
    if (tree.empty()) __builtin_trap();
  } else {
    if (!sink.has_errors()) __builtin_trap();  // nullopt must come with an error
    std::string rendered = sink.render_all();
    if (rendered.empty()) __builtin_trap();
  }
  return 0;
}
