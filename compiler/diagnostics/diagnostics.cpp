#include "compiler/diagnostics/diagnostics.h"

#include <string_view>

namespace ingot::diag {

const KindInfo& info(Kind kind) {
  static const KindInfo kInfos[] = {
#define INGOT_DIAG(Name, Sev, Category, Id) {Severity::Sev, Category, Id},
#include "compiler/diagnostics/kinds.def"
#undef INGOT_DIAG
  };
  return kInfos[static_cast<int>(kind)];
}

namespace {

// The caret sits under the column's character: count display columns of the line prefix
// (code points, tabs kept as tabs so the caret lines up in a terminal).
std::string caret_line(std::string_view line, int32_t col) {
  std::string out;
  int32_t limit = std::min<int32_t>(col, static_cast<int32_t>(line.size()));
  for (int32_t i = 0; i < limit; ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if ((c & 0xC0) == 0x80) continue;  // continuation byte: same code point
    out += c == '\t' ? '\t' : ' ';
  }
  return out + "^";
}

}  // namespace

std::string render(const Diagnostic& d) {
  const KindInfo& k = info(d.kind);
  std::string out;
  if (d.file) {
    out += "  File \"" + d.file->path() + "\", line " + std::to_string(d.loc.line) + ", column " +
           std::to_string(d.loc.col + 1) + "\n";
    std::string_view line = d.file->line(d.loc.line);
    // CPython strips leading whitespace from the shown line; the caret follows it.
    size_t indent = line.find_first_not_of(" \t\f");
    if (indent == std::string_view::npos) indent = line.size();
    std::string_view shown = line.substr(indent);
    int32_t col = std::max<int32_t>(0, d.loc.col - static_cast<int32_t>(indent));
    out += "    " + std::string(shown) + "\n";
    out += "    " + caret_line(shown, col) + "\n";
  }
  out += std::string(k.category) + ": " + d.message;
  if (k.severity == Severity::Warning || std::string_view(k.category) == "error") {
    out += std::string(" [") + k.id + "]";
  }
  return out + "\n";
}

void Sink::report(Kind kind, const SourceFile* file, Loc loc, std::string message) {
  if (info(kind).severity == Severity::Error) ++errors_;
  diagnostics_.push_back({kind, file, loc, std::move(message)});
}

std::string Sink::render_all() const {
  std::string out;
  for (const Diagnostic& d : diagnostics_) out += render(d);
  return out;
}

}  // namespace ingot::diag
