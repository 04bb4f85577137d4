// ingot-parse-dump [--py 3.11|3.12] [--no-attributes] FILE...
//
// Prints, for each FILE, a header line `#### FILE` and then either `OK` and the text of
// CPython's `ast.dump(ast.parse(source), include_attributes=True)` on one line, or
// `ERROR <line> <col> <Category>: <message>` (col 0-based) for a syntax error. Many files
// per process keep differential tests over a whole standard library fast.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "compiler/parse/parse.h"

namespace {

int usage() {
  std::fprintf(stderr, "usage: ingot-parse-dump [--py 3.11|3.12] [--no-attributes] FILE...\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  ingot::parse::ParseOptions parse_options;
  ingot::parse::DumpOptions dump_options;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--py" && i + 1 < argc) {
      std::string v = argv[++i];
      if (v != "3.11" && v != "3.12") return usage();
      parse_options.minor_version = dump_options.minor_version = v == "3.11" ? 11 : 12;
    } else if (a == "--no-attributes") {
      dump_options.include_attributes = false;
    } else if (a == "--help" || a == "-h") {
      return usage();
    } else {
      files.push_back(a);
    }
  }
  if (files.empty()) return usage();
  int status = 0;
  for (const std::string& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::cout << "#### " << path << "\n";
    if (!in) {
      std::cout << "ERROR 0 0 OSError: cannot read file\n";
      status = 1;
      continue;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    ingot::diag::SourceFile file(path, buffer.str());
    ingot::diag::Sink sink;
    std::optional<ingot::ast::Module> module =
        ingot::parse::parse_module(file, sink, parse_options);
    if (module) {
      std::cout << "OK\n" << ingot::parse::dump(*module, dump_options) << "\n";
    } else {
      const ingot::diag::Diagnostic& d = sink.all().front();
      std::cout << "ERROR " << d.loc.line << " " << d.loc.col << " "
                << ingot::diag::info(d.kind).category << ": " << d.message << "\n";
      std::cerr << sink.render_all();
      status = 1;
    }
  }
  return status;
}
