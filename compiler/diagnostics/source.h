// A Python source file held in memory, with the line table every diagnostic uses.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ingot::diag {

// A position as CPython reports it: 1-based line, 0-based column in UTF-8 bytes.
struct Loc {
  int32_t line = 0;
  int32_t col = 0;
  int32_t end_line = 0;
  int32_t end_col = 0;
};

class SourceFile {
 public:
  SourceFile(std::string path, std::string text);

  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  int32_t line_count() const { return static_cast<int32_t>(line_starts_.size()); }
  // The text of a 1-based line, without its line terminator.
  std::string_view line(int32_t line) const;

 private:
  std::string path_;
  std::string text_;
  std::vector<size_t> line_starts_;
};

}  // namespace ingot::diag
