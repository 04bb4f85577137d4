#include "compiler/driver/compile.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "compiler/build/build.h"
#include "compiler/diagnostics/diagnostics.h"
#include "compiler/emit/cpp.h"
#include "compiler/ir/build.h"
#include "compiler/materialize/materialize.h"
#include "compiler/parse/parse.h"
#include "compiler/resolve/resolve.h"
#include "compiler/types/check.h"

namespace ingot::driver {

namespace {

namespace fs = std::filesystem;

// Prints "  phase   12.3 ms" as each phase ends.
class PhaseTimer {
 public:
  explicit PhaseTimer(bool quiet) : quiet_(quiet), start_(Clock::now()) {}

  void done(const char* phase, const std::string& detail = "") {
    auto now = Clock::now();
    double ms = std::chrono::duration<double, std::milli>(now - start_).count();
    total_ += ms;
    if (!quiet_) {
      std::fprintf(stderr, "  %-12s %9.1f ms%s%s\n", phase, ms, detail.empty() ? "" : "  ",
                   detail.c_str());
    }
    start_ = now;
  }
  double total() const { return total_; }

 private:
  using Clock = std::chrono::steady_clock;
  bool quiet_;
  Clock::time_point start_;
  double total_ = 0;
};

bool read_file(const std::string& path, std::string* text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *text = buffer.str();
  return true;
}

bool write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  return static_cast<bool>(out);
}

int fail(const diag::Sink& sink) {
  std::cerr << sink.render_all();
  return 1;
}

// Where the clients look for models by name: $INGOT_MODELS, else ~/.ingot/models.
fs::path models_folder() {
  if (const char* env = std::getenv("INGOT_MODELS"); env && *env) return env;
  const char* home = std::getenv("HOME");
  return fs::path(home && *home ? home : ".") / ".ingot" / "models";
}

int usage(const std::string& why) {
  std::cerr << "ingot compile: " << why << "\n"
            << "usage: ingot compile SRC.py [--entry NAME] [-o OUT.so | --name NAME [--install]]\n"
            << "                            [--emit-cpp DIR] [--emit-ir FILE] [--python PY]\n"
            << "                            [-O LEVEL] [-q]\n";
  return 2;
}

}  // namespace

int compile(const CompileOptions& options) {
  PhaseTimer timer(options.quiet);
  std::string text;
  if (!read_file(options.source, &text)) {
    std::cerr << "ingot compile: cannot read '" << options.source << "'\n";
    return 2;
  }
  diag::SourceFile file(options.source, std::move(text));
  diag::Sink sink;

  std::optional<ast::Module> module = parse::parse_module(file, sink);
  if (!module) return fail(sink);
  timer.done("parse");

  std::optional<resolve::Module> resolved =
      resolve::resolve_module(file, *module, options.entry, sink);
  if (!resolved) return fail(sink);
  timer.done("resolve", "entry " + resolved->entry);
  if (options.entry_out) *options.entry_out = resolved->entry;

  // One scratch folder for what this compilation writes: the materialized resources and,
  // unless --emit-cpp keeps it elsewhere, the generated C++.
  char scratch_pattern[] = "/tmp/ingot-XXXXXX";
  if (!mkdtemp(scratch_pattern)) {
    std::cerr << "ingot compile: cannot create a temporary directory\n";
    return 2;
  }
  fs::path scratch = scratch_pattern;
  struct RemoveScratch {
    fs::path path;
    ~RemoveScratch() {
      std::error_code ignored;
      fs::remove_all(path, ignored);
    }
  } remove_scratch{scratch};

  build::Toolchain toolchain = build::default_toolchain();
  materialize::Options materialize_options{options.python, build::materializer_script(toolchain),
                                           (scratch / "resources").string()};
  if (!materialize::materialize(*resolved, materialize_options, sink)) return fail(sink);
  if (!resolved->live.empty()) {
    timer.done("materialize", std::to_string(resolved->live.size()) + " live globals");
  }

  types::TypeTable table;
  std::optional<ir::Program> program = ir::build_program(*resolved, table, sink);
  if (!program) return fail(sink);
  timer.done("ir", std::to_string(program->functions.size()) + " functions");

  std::optional<types::TypedProgram> typed = types::check_program(*program, table, sink);
  if (!typed) return fail(sink);
  timer.done("types", std::to_string(typed->instances.size()) + " instances");
  if (!sink.all().empty()) std::cerr << sink.render_all();  // warnings

  if (!options.emit_ir_file.empty()) {
    std::string ir_text = types::print_ir(*typed);
    if (options.emit_ir_file == "-") {
      std::cout << ir_text;
    } else if (!write_file(options.emit_ir_file, ir_text)) {
      std::cerr << "ingot compile: cannot write '" << options.emit_ir_file << "'\n";
      return 2;
    }
  }

  // Every file of every materialized global is embedded, keyed "NAME/FILE".
  std::vector<std::string> resource_keys, resource_files;
  for (const auto& [name, live] : resolved->live) {
    for (const std::string& file : live.files) {
      resource_keys.push_back(std::string(name).append("/").append(file));
      resource_files.push_back((fs::path(live.folder) / file).string());
    }
  }
  std::string cpp = emit::emit_cpp(*typed, resource_keys);
  fs::path cpp_dir = options.emit_cpp_dir;
  if (cpp_dir.empty()) cpp_dir = scratch / "cpp";
  std::error_code ec;
  fs::create_directories(cpp_dir, ec);
  fs::path cpp_file = cpp_dir / (fs::path(options.source).stem().string() + ".cpp");
  if (!write_file(cpp_file, cpp)) {
    std::cerr << "ingot compile: cannot write '" << cpp_file.string() << "'\n";
    return 2;
  }
  timer.done("emit", cpp_file.string());

  std::string output = options.output;
  if (output.empty()) output = fs::path(options.source).replace_extension(".so").string();
  build::BuildResult built =
      build::build_shared_library(toolchain, cpp_file, output, options.opt_level, resource_files);
  if (!built.ok) {
    std::cerr << "error: the C++ compiler failed on the generated code (a bug in ingot; "
                 "please report it with --emit-cpp DIR)\n"
              << built.command << "\n"
              << built.output;
    return 1;
  }
  timer.done("c++", output);
  if (!options.quiet) {
    std::fprintf(stderr, "  %-12s %9.1f ms  %s (%ju bytes)\n", "total", timer.total(),
                 output.c_str(), static_cast<uintmax_t>(fs::file_size(output, ec)));
  }
  return 0;
}

int compile_command(int argc, char** argv) {
  CompileOptions options;
  std::string name;      // --name NAME: the model's name, the artifact's file stem
  bool install = false;  // --install: into the models folder the clients look in
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&](const char* flag) -> const char* {
      if (i + 1 >= argc) {
        usage(std::string(flag) + " needs a value");
        return nullptr;
      }
      return argv[++i];
    };
    if (arg == "-q" || arg == "--quiet") {
      options.quiet = true;
    } else if (arg == "--install") {
      install = true;
    } else if (arg == "--name") {
      const char* v = value("--name");
      if (!v) return 2;
      name = v;
    } else if (arg == "--entry" || arg == "-o" || arg == "--emit-cpp" || arg == "--emit-ir" ||
               arg == "--python" || arg == "--target" || arg == "-O") {
      const char* v = value(arg.c_str());
      if (!v) return 2;
      if (arg == "--entry") options.entry = v;
      if (arg == "-o") options.output = v;
      if (arg == "--emit-cpp") options.emit_cpp_dir = v;
      if (arg == "--emit-ir") options.emit_ir_file = v;
      if (arg == "--python") options.python = v;
      if (arg == "-O") options.opt_level = std::atoi(v);
      if (arg == "--target" && std::string(v) != "native") {
        return usage("only the host target is supported yet (--target native)");
      }
    } else if (arg.starts_with("-O") && arg.size() == 3) {
      options.opt_level = arg[2] - '0';
    } else if (arg.starts_with("-")) {
      return usage("unknown option '" + arg + "'");
    } else if (options.source.empty()) {
      options.source = arg;
    } else {
      return usage("more than one source file");
    }
  }
  if (options.source.empty()) return usage("no source file");
  if (!name.empty() && (name.find('/') != std::string::npos || name.starts_with("."))) {
    return usage("--name must be a plain name (it becomes NAME.so), not '" + name + "'");
  }
  if (install && name.empty()) return usage("--install needs --name NAME");
  if (install && !options.output.empty()) return usage("--install and -o both name the output");
  if (install) {
    fs::path folder = models_folder();
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec) {
      std::cerr << "ingot compile: cannot create the models folder " << folder << ": "
                << ec.message() << "\n";
      return 2;
    }
    options.output = (folder / (name + ".so")).string();
  } else if (!name.empty() && options.output.empty()) {
    options.output = (fs::path(options.source).parent_path() / (name + ".so")).string();
  }
  return compile(options);
}

}  // namespace ingot::driver
