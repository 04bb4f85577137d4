// `ingot verify`: the same calls in CPython and compiled, every difference reported.
// CPython is the spec, so this is the whole test of a compiled function.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "compiler/driver/artifact.h"
#include "compiler/driver/compile.h"

namespace ingot::driver {

namespace {

namespace fs = std::filesystem;

// Runs the entry in CPython on each call of the inputs file, printing one line per call:
// "ok <json.dumps(result)>" or "error <Kind>: <message>". Arguments are converted to the
// parameters' annotated types first (JSON lists to tuples and sets, ints to floats), as
// the artifact's boundary converts them.
constexpr const char* kCPythonRunner = R"PY(
import collections.abc, importlib.util, json, sys, typing
source, entry, inputs = sys.argv[1], sys.argv[2], sys.argv[3]
spec = importlib.util.spec_from_file_location("__ingot_verify__", source)
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
function = getattr(module, entry)
try:
    hints = typing.get_type_hints(function)
except Exception:
    hints = {}

def convert(value, hint):
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if hint is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        if value is None:
            return None
        hint = next((a for a in args if a is not type(None)), None)
        return convert(value, hint)
    if origin is tuple and isinstance(value, list):
        return tuple(convert(v, a) for v, a in zip(value, args))
    if origin is set and isinstance(value, list):
        return {convert(v, args[0]) for v in value}
    if origin is list and isinstance(value, list):
        return [convert(v, args[0]) for v in value]
    if origin is dict and isinstance(value, dict):
        return {k: convert(v, args[1]) for k, v in value.items()}
    return value

with open(inputs, encoding="utf-8") as f:
    calls = json.load(f)
for call in calls:
    arguments = {name: convert(value, hints.get(name)) for name, value in call.items()}
    try:
        result = function(**arguments)
        if isinstance(result, collections.abc.Iterator):  # a generator: all its items
            result = list(result)
        result = json.dumps(result)
        print("ok " + result, flush=True)
    except Exception as error:
        text = str(error)
        line = type(error).__name__ + (": " + text if text else "")
        print("error " + line.replace("\n", "\\n"), flush=True)
)PY";

int usage(const std::string& why) {
  std::cerr << "ingot verify: " << why << "\n"
            << "usage: ingot verify SRC.py --inputs FILE [--entry NAME] [--python PY]\n"
            << "       FILE is a JSON list of argument objects\n";
  return 2;
}

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::vector<std::string> run_cpython(const std::string& python, const std::string& source,
                                     const std::string& entry, const std::string& inputs,
                                     bool* ok) {
  fs::path script =
      fs::temp_directory_path() / ("ingot-verify-" + std::to_string(getpid()) + ".py");
  std::ofstream(script) << kCPythonRunner;
  std::string cmd = shell_quote(python) + " " + shell_quote(script) + " " + shell_quote(source) +
                    " " + shell_quote(entry) + " " + shell_quote(inputs);
  std::vector<std::string> lines;
  FILE* pipe = popen(cmd.c_str(), "r");
  *ok = pipe != nullptr;
  if (pipe) {
    std::string current;
    int c;
    while ((c = fgetc(pipe)) != EOF) {
      if (c == '\n') {
        lines.push_back(current);
        current.clear();
      } else {
        current += static_cast<char>(c);
      }
    }
    *ok = pclose(pipe) == 0;
  }
  fs::remove(script);
  return lines;
}

// The calls of the inputs file, each as JSON text, split with the artifact's own parser.
std::vector<std::string> split_calls(const std::string& python, const std::string& inputs) {
  std::string cmd = shell_quote(python) +
                    " -c 'import json,sys; [print(json.dumps(c)) for c in "
                    "json.load(open(sys.argv[1], encoding=\"utf-8\"))]' " +
                    shell_quote(inputs);
  std::vector<std::string> calls;
  FILE* pipe = popen(cmd.c_str(), "r");
  if (!pipe) return calls;
  std::string current;
  int c;
  while ((c = fgetc(pipe)) != EOF) {
    if (c == '\n') {
      calls.push_back(current);
      current.clear();
    } else {
      current += static_cast<char>(c);
    }
  }
  pclose(pipe);
  return calls;
}

}  // namespace

int verify_command(int argc, char** argv) {
  CompileOptions options;
  std::string inputs;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if ((arg == "--inputs" || arg == "--entry" || arg == "--python") && i + 1 < argc) {
      std::string v = argv[++i];
      if (arg == "--inputs") inputs = v;
      if (arg == "--entry") options.entry = v;
      if (arg == "--python") options.python = v;
    } else if (arg.starts_with("-")) {
      return usage("unknown option '" + arg + "'");
    } else {
      options.source = arg;
    }
  }
  if (options.source.empty() || inputs.empty()) return usage("need SRC.py and --inputs FILE");

  char dir[] = "/tmp/ingot-verify-XXXXXX";
  if (!mkdtemp(dir)) return usage("cannot create a temporary directory");
  options.output = std::string(dir) + "/artifact.so";
  options.quiet = true;
  std::string entry;
  options.entry_out = &entry;
  int status = compile(options);
  if (status != 0) {
    fs::remove_all(dir);
    return status;
  }
  std::string why;
  auto artifact = Artifact::open(options.output, &why);
  if (!artifact) {
    std::cerr << "ingot verify: " << why << "\n";
    fs::remove_all(dir);
    return 2;
  }
  bool python_ok = false;
  std::vector<std::string> expected =
      run_cpython(options.python, options.source, entry, inputs, &python_ok);
  std::vector<std::string> calls = split_calls(options.python, inputs);
  if (!python_ok || expected.size() != calls.size()) {
    std::cerr << "ingot verify: CPython (" << options.python
              << ") could not run the function on every input\n";
    fs::remove_all(dir);
    return 2;
  }
  int differences = 0;
  for (size_t i = 0; i < calls.size(); ++i) {
    CallOutcome outcome = artifact->call_json(calls[i], {});
    std::string got = outcome.ok ? "ok " + outcome.result_json : "error " + outcome.error_line();
    if (got != expected[i]) {
      ++differences;
      std::cout << "call " << i << " " << calls[i] << "\n"
                << "  CPython:  " << expected[i] << "\n"
                << "  compiled: " << got << "\n";
    }
  }
  std::cout << calls.size() - differences << " passed, " << differences << " failed\n";
  artifact.reset();
  fs::remove_all(dir);
  return differences == 0 ? 0 : 1;
}

}  // namespace ingot::driver
