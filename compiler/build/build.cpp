#include "compiler/build/build.h"

#include <sys/wait.h>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "compiler/build/build_config.h"

namespace ingot::build {

namespace {

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

// An assembler file that embeds each resource file in read-only data. The bytes are not
// copied: the assembler reads each file as the artifact is linked.
bool write_resources_asm(const std::filesystem::path& asm_file,
                         const std::vector<std::string>& resources) {
  std::ofstream out(asm_file);
  for (size_t i = 0; i < resources.size(); ++i) {
    std::string symbol = "ingot_resource_" + std::to_string(i);
    std::string path;
    for (char c : resources[i]) {
      if (c == '"' || c == '\\') path += '\\';
      path += c;
    }
    out << "  .section .rodata.ingot_resources,\"a\"\n  .balign 64\n"
        << "  .globl " << symbol << "\n  .hidden " << symbol << "\n"
        << symbol << ":\n"
        << "  .incbin \"" << path << "\"\n"
        << "  .globl " << symbol << "_end\n  .hidden " << symbol << "_end\n"
        << symbol << "_end:\n  .byte 0\n";
  }
  out << "  .section .note.GNU-stack,\"\",@progbits\n";
  return static_cast<bool>(out);
}

}  // namespace

std::string materializer_script(const Toolchain& toolchain) {
  namespace fs = std::filesystem;
  fs::path in_tree = fs::path(toolchain.include_root) / "compiler/materialize/materialize.py";
  if (fs::exists(in_tree)) return in_tree.string();
  // An ingot installed without its sources: the copy the build puts beside the binary.
  std::error_code ec;
  fs::path beside = fs::read_symlink("/proc/self/exe", ec).parent_path() / "materialize.py";
  return !ec && fs::exists(beside) ? beside.string() : in_tree.string();
}

Toolchain default_toolchain() {
  Toolchain t;
  const char* cxx = std::getenv("CXX");
  t.cxx = cxx && *cxx ? cxx : "c++";
  t.include_root = config::kSourceDir;
  // Each library before the ones it calls into: nn into text, text into tensor, all into core.
  t.archives = {config::kRuntimeAbiArchive,  config::kRuntimeNnArchive,
                config::kRuntimeTextArchive, config::kRuntimeTensorArchive,
                config::kRuntimeCoreArchive, config::kUtf8procArchive,
                config::kPcre2Archive};
  t.version_script = config::kVersionScript;
  t.sanitize = config::kSanitize;
  // The precompiled header serves only the compiler that made it.
  bool same_compiler = !cxx || !*cxx || t.cxx == config::kCompiler;
  if (same_compiler && *config::kPrecompiledHeader &&
      std::filesystem::exists(std::string(config::kPrecompiledHeader) + ".gch")) {
    t.precompiled_header = config::kPrecompiledHeader;
  }
  if (const char* home = std::getenv("INGOT_HOME"); home && *home) {
    t.include_root = home;
    t.precompiled_header.clear();
  }
  return t;
}

BuildResult build_shared_library(const Toolchain& toolchain, const std::string& cpp_file,
                                 const std::string& out_so, int opt,
                                 const std::vector<std::string>& resources) {
  BuildResult result;
  std::string asm_file;
  if (!resources.empty()) {
    asm_file = cpp_file + ".resources.s";
    if (!write_resources_asm(asm_file, resources)) {
      result.output = "could not write " + asm_file;
      return result;
    }
  }
  std::string cmd = toolchain.cxx + " -std=c++20 -O" + std::to_string(opt) +
                    " -g0 -fPIC -shared -fvisibility=hidden -fvisibility-inlines-hidden -w" +
                    " -I" + shell_quote(toolchain.include_root) + " " + shell_quote(cpp_file) +
                    " -o " + shell_quote(out_so);
  // The resources are assembled on their own, untouched by the C++ flags (-include).
  if (!asm_file.empty()) {
    cmd = toolchain.cxx + " -c " + shell_quote(asm_file) + " -o " + shell_quote(asm_file + ".o") +
          " && " + cmd + " " + shell_quote(asm_file + ".o");
  }
  if (opt == 2 && !toolchain.precompiled_header.empty()) {
    cmd += " -include " + shell_quote(toolchain.precompiled_header);
  }
  if (!toolchain.sanitize.empty()) {
    cmd += " -fsanitize=" + toolchain.sanitize + " -fno-omit-frame-pointer";
  }
  // The ABI library is linked whole: nothing in the generated code refers to the exported
  // functions, yet they are the artifact's interface.
  cmd += " -Wl,--whole-archive " + shell_quote(toolchain.archives[0]) + " -Wl,--no-whole-archive";
  for (size_t i = 1; i < toolchain.archives.size(); ++i)
    cmd += " " + shell_quote(toolchain.archives[i]);
  // -s: the runtime archives carry debug information an artifact does not need.
  cmd += " -s -static-libstdc++ -static-libgcc -Wl,--version-script=" +
         shell_quote(toolchain.version_script);
  if (toolchain.sanitize.empty()) cmd += " -Wl,--no-undefined";
  result.command = cmd;
  FILE* pipe = popen((cmd + " 2>&1").c_str(), "r");
  if (!pipe) {
    result.output = "could not run the C++ compiler";
    return result;
  }
  std::array<char, 4096> buffer;
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    result.output.append(buffer.data(), n);
  int status = pclose(pipe);
  result.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  return result;
}

}  // namespace ingot::build
