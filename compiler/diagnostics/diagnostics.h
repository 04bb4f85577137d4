// Diagnostics: every error or warning the compiler reports, named in kinds.def, located
// in a source file and rendered the way CPython renders a SyntaxError.
#pragma once

#include <string>
#include <vector>

#include "compiler/diagnostics/source.h"

namespace ingot::diag {

enum class Severity { Error, Warning };

enum class Kind {
#define INGOT_DIAG(Name, Severity, Category, Id) Name,
#include "compiler/diagnostics/kinds.def"
#undef INGOT_DIAG
};

struct KindInfo {
  Severity severity;
  const char* category;  // "SyntaxError", "error", ...
  const char* id;        // stable short name, shown in brackets
};
const KindInfo& info(Kind kind);

struct Diagnostic {
  Kind kind;
  const SourceFile* file = nullptr;  // may be null for errors outside any file
  Loc loc;
  std::string message;
};

// Renders like CPython's traceback for a SyntaxError, with the column added:
//
//     File "embed.py", line 3, column 7
//       def f(:
//             ^
//   SyntaxError: invalid syntax
std::string render(const Diagnostic& d);

// Collects diagnostics of one compilation. Phases report into it and stop at their own
// boundary when it has errors, so one run shows every independent error of a phase.
class Sink {
 public:
  void report(Kind kind, const SourceFile* file, Loc loc, std::string message);
  bool has_errors() const { return errors_ > 0; }
  const std::vector<Diagnostic>& all() const { return diagnostics_; }
  std::string render_all() const;

 private:
  std::vector<Diagnostic> diagnostics_;
  int errors_ = 0;
};

// Thrown by a phase that cannot go on after an error (the error is already in the Sink).
struct Abort {};

}  // namespace ingot::diag
