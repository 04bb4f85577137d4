// `ingot run OUT.so [--input NAME=JSON]... [--inputs FILE|-] [--stats]`: calls a compiled
// function once and prints its result as CPython's json.dumps prints it.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "compiler/driver/artifact.h"
#include "compiler/driver/commands.h"

namespace ingot::driver {
namespace {

constexpr std::string_view kRunUsage =
    "usage: ingot run OUT.so [--input NAME=JSON]... [--inputs FILE|-] [--stats]\n"
    "\n"
    "Calls the compiled function with named arguments and prints its result as JSON,\n"
    "exactly as Python's json.dumps(result) prints it; a generator prints one JSON value\n"
    "per line as each item is yielded. When the function raises, prints 'Kind: message'\n"
    "as the last line on stderr and exits 1.\n"
    "\n"
    "  --input NAME=JSON  one argument, its value as JSON (a string is \"quoted\")\n"
    "  --inputs FILE|-    a JSON object of named arguments, from FILE or stdin;\n"
    "                     --input values override its members\n"
    "  --stats            print the call's latency and token count on stderr\n";

struct RunOptions {
  std::string artifact;
  std::vector<std::pair<std::string, std::string>> named;  // (name, JSON), in order
  std::optional<std::string> inputs_source;                // FILE or "-"
  bool stats = false;
};

int usage_error(const std::string& message) {
  std::cerr << "ingot run: " << message << "\n\n" << kRunUsage;
  return 2;
}

// The value of an option given as "--opt VALUE" or "--opt=VALUE", advancing i.
std::optional<std::string> option_value(std::string_view option, int argc, char** argv, int& i) {
  const std::string_view arg = argv[i];
  if (arg.size() > option.size() && arg.substr(0, option.size()) == option &&
      arg[option.size()] == '=') {
    return std::string(arg.substr(option.size() + 1));
  }
  if (arg != option) return std::nullopt;
  if (i + 1 >= argc) return std::string();  // reported as missing by the caller
  return std::string(argv[++i]);
}

// Parses the arguments into `options`; an error message, or nothing when they are fine.
std::optional<std::string> parse_run_arguments(int argc, char** argv, RunOptions& options) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (auto input = option_value("--input", argc, argv, i)) {
      const std::size_t equals = input->find('=');
      if (equals == std::string::npos || equals == 0) {
        return "--input needs NAME=JSON, got '" + *input + "'";
      }
      options.named.emplace_back(input->substr(0, equals), input->substr(equals + 1));
    } else if (auto inputs = option_value("--inputs", argc, argv, i)) {
      if (inputs->empty()) return "--inputs needs a FILE, or - for stdin";
      if (options.inputs_source) return "--inputs given twice";
      options.inputs_source = *inputs;
    } else if (arg == "--stats") {
      options.stats = true;
    } else if (arg.size() > 1 && arg[0] == '-') {
      return "unknown option '" + std::string(arg) + "'";
    } else if (options.artifact.empty()) {
      options.artifact = arg;
    } else {
      return "one artifact at a time (got '" + options.artifact + "' and '" + std::string(arg) +
             "')";
    }
  }
  if (options.artifact.empty()) return "which artifact? (OUT.so)";
  return std::nullopt;
}

std::optional<std::string> read_inputs(const std::string& source) {
  if (source == "-") {
    return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  }
  std::ifstream file(source, std::ios::binary);
  if (!file) return std::nullopt;
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

bool wants_help(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "-h" || arg == "--help") return true;
  }
  return false;
}

}  // namespace

int run_command(int argc, char** argv) {
  if (wants_help(argc, argv)) {
    std::cout << kRunUsage;
    return 0;
  }
  RunOptions options;
  if (auto problem = parse_run_arguments(argc, argv, options)) return usage_error(*problem);

  std::string inputs_json;
  if (options.inputs_source) {
    auto text = read_inputs(*options.inputs_source);
    if (!text) return usage_error("cannot read --inputs file '" + *options.inputs_source + "'");
    if (text->find_first_not_of(" \t\r\n") == std::string::npos) {
      return usage_error("--inputs " + *options.inputs_source +
                         " is empty (expected a JSON object)");
    }
    inputs_json = std::move(*text);
  }

  std::string why;
  auto artifact = Artifact::open(options.artifact, &why);
  if (!artifact) {
    std::cerr << "ingot run: cannot load " << options.artifact << ": " << why << "\n";
    return 2;
  }

  // A generator prints each item on a line of its own as soon as it is yielded.
  const CallOutcome outcome =
      artifact->is_generator()
          ? artifact->stream_json(inputs_json, options.named,
                                  [](const std::string& item) { std::cout << item << std::endl; })
          : artifact->call_json(inputs_json, options.named);
  if (outcome.bad_input) return usage_error(outcome.error_message);
  if (options.stats) {
    std::fprintf(stderr, "ingot run: %.1f us, %llu tokens\n", outcome.stats.latency_ns / 1e3,
                 static_cast<unsigned long long>(outcome.stats.tokens));
  }
  if (!outcome.ok) {
    std::cout.flush();
    std::cerr << outcome.error_line() << "\n";
    return 1;
  }
  if (!artifact->is_generator()) std::cout << outcome.result_json << "\n";
  return 0;
}

}  // namespace ingot::driver
