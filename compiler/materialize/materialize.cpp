#include "compiler/materialize/materialize.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "runtime/core/errors.h"
#include "runtime/nn/model.h"

extern char** environ;

namespace ingot::materialize {

namespace {

namespace fs = std::filesystem;

bool contains(const diag::Loc& outer, const diag::Loc& inner) {
  auto before = [](int32_t l1, int32_t c1, int32_t l2, int32_t c2) {
    return l1 < l2 || (l1 == l2 && c1 <= c2);
  };
  return before(outer.line, outer.col, inner.line, inner.col) &&
         before(inner.end_line, inner.end_col, outer.end_line, outer.end_col);
}

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// The last lines of what Python printed: the end of a traceback says what went wrong.
std::string tail(const std::string& text, size_t lines) {
  size_t pos = text.size();
  while (pos > 0 && text[pos - 1] == '\n') --pos;
  for (size_t n = 0; pos > 0; --pos) {
    if (text[pos - 1] == '\n' && ++n == lines) break;
  }
  return text.substr(pos);
}

struct RunResult {
  int spawn_error = 0;  // errno when the interpreter could not be started
  int exit_status = -1;
  std::string output;  // stdout and stderr together
};

// Runs argv[0] (looked up on PATH) with its output captured in `log`.
RunResult run(const std::vector<std::string>& argv, const fs::path& log) {
  RunResult result;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
  std::vector<char*> args;
  args.reserve(argv.size() + 1);
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  result.spawn_error = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (result.spawn_error != 0) return result;
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  result.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.output = read_text(log);
  return result;
}

// Why a model's saved checkpoint cannot be loaded by the engine the artifact links (a
// missing or mis-shaped tensor, an unsupported model_type), or "" when it loads: checked at
// compile time, so a bad checkpoint is a compile error rather than a failure at load.
std::string checkpoint_error(const std::string& kind, const fs::path& folder) {
  if (kind != "sentence_transformers.SentenceTransformer" &&
      kind != "transformers.PreTrainedModel") {
    return "";
  }
  try {
    rt::nn::Model::load_folder(folder.string());
    return "";
  } catch (const rt::PyException& error) {
    return "its checkpoint cannot be compiled: " + std::string(error.what());
  }
}

// One field of a materialized instance, as the manifest gives it:
// {"kind": ..., "files": [...]} or {"constant": VALUE}.
resolve::LiveField live_field(const std::string& name, const nlohmann::json& value,
                              const fs::path& folder);

// An instance's class and fields; the first model checkpoint among them (nested instances
// included) that the engine cannot load makes `error`.
void read_object(const nlohmann::json& entry, const fs::path& folder, resolve::LiveObject& live) {
  live.class_name = entry.value("class", "");
  const nlohmann::json fields = entry.value("fields", nlohmann::json::object());
  for (const auto& [name, value] : fields.items()) {
    resolve::LiveField field = live_field(name, value, folder / name);
    if (live.error.empty() && field.object && !field.object->error.empty()) {
      live.error = "its attribute '" + name + "' " + field.object->error;
    }
    if (live.error.empty() && !field.object && !field.kind.empty()) {
      std::string error = checkpoint_error(field.kind, folder / name);
      if (!error.empty()) live.error = ("its attribute '" + name + "': ").append(error);
    }
    live.fields.push_back(std::move(field));
  }
}

resolve::LiveField live_field(const std::string& name, const nlohmann::json& value,
                              const fs::path& folder) {
  resolve::LiveField field;
  field.name = name;
  if (!value.contains("constant")) {
    field.kind = value.value("kind", "");
    if (field.kind == "object") {
      auto object = std::make_shared<resolve::LiveObject>();
      object->kind = field.kind;
      read_object(value, folder, *object);
      field.object = std::move(object);
    }
    return field;
  }
  const nlohmann::json& constant = value["constant"];
  if (constant.is_boolean()) {
    field.constant = constant.get<bool>();
  } else if (constant.is_number_integer()) {
    field.constant = constant.get<int64_t>();
  } else if (constant.is_number()) {
    field.constant = constant.get<double>();
  } else if (constant.is_string()) {
    field.constant = constant.get<std::string>();
  }
  return field;
}

}  // namespace

std::vector<const resolve::Symbol*> referenced_live_globals(const resolve::Module& module) {
  const ast::Module& tree = *module.ast;
  std::vector<diag::Loc> bodies;  // every def and class: the code that runs after import
  for (const ast::StmtNode& s : tree.stmts) {
    if (s.is<ast::FunctionDef>() || s.is<ast::AsyncFunctionDef>() || s.is<ast::ClassDef>()) {
      bodies.push_back(s.loc);
    }
  }
  std::set<std::string> seen;
  std::vector<const resolve::Symbol*> out;
  for (const ast::ExprNode& e : tree.exprs) {
    const auto* name = e.as<ast::Name>();
    if (!name || seen.contains(name->id)) continue;
    const resolve::Symbol* s = module.find(name->id);
    if (!s || s->kind != resolve::Symbol::Kind::Live) continue;
    bool in_code = std::any_of(bodies.begin(), bodies.end(),
                               [&](const diag::Loc& body) { return contains(body, e.loc); });
    if (!in_code) continue;
    seen.insert(name->id);
    out.push_back(s);
  }
  return out;
}

bool materialize(resolve::Module& module, const Options& options, diag::Sink& sink) {
  std::vector<const resolve::Symbol*> globals = referenced_live_globals(module);
  if (globals.empty()) return true;
  const resolve::Symbol& first = *globals.front();
  auto fail = [&](const std::string& why) {
    sink.report(diag::Kind::MaterializeFailed, module.file, first.loc,
                "cannot materialize the global '" + first.name + "': " + why);
    return false;
  };
  if (!fs::exists(options.script)) {
    return fail("the materializer script '" + options.script +
                "' is missing (set INGOT_HOME to the ingot source tree)");
  }
  std::error_code ec;
  fs::create_directories(options.work_dir, ec);
  std::vector<std::string> argv = {options.python, options.script, module.file->path(),
                                   options.work_dir};
  for (const resolve::Symbol* s : globals) argv.push_back(s->name);
  RunResult r = run(argv, fs::path(options.work_dir) / "materialize.log");
  if (r.spawn_error != 0) {
    return fail("cannot run the Python interpreter '" + options.python + "' (" +
                std::strerror(r.spawn_error) +
                "); live objects are built by running the module's top level in Python: "
                "pass --python PATH to an interpreter that has the module's libraries");
  }
  if (r.exit_status != 0) {
    std::string hint = r.output.find("ModuleNotFoundError") != std::string::npos
                           ? "; install the missing library into '" + options.python +
                                 "' or pass --python PATH to one that has it"
                           : "";
    return fail("running the module's top level in '" + options.python + "' failed" + hint + ":\n" +
                tail(r.output, 6));
  }
  nlohmann::json manifest;
  try {
    manifest = nlohmann::json::parse(read_text(fs::path(options.work_dir) / "manifest.json"));
  } catch (const nlohmann::json::exception& e) {
    return fail(std::string("the materializer wrote no readable manifest: ") + e.what());
  }
  for (const resolve::Symbol* s : globals) {
    resolve::LiveObject live;
    const nlohmann::json& entry = manifest.value(s->name, nlohmann::json::object());
    if (entry.contains("error")) {
      live.error = entry["error"].get<std::string>();
    } else {
      live.kind = entry.value("kind", "");
      live.folder = (fs::path(options.work_dir) / s->name).string();
      for (const auto& file : entry.value("files", nlohmann::json::array()))
        live.files.push_back(file.get<std::string>());
      live.error = checkpoint_error(live.kind, live.folder);
      if (live.kind == "object") read_object(entry, live.folder, live);
    }
    module.live[s->name] = std::move(live);
  }
  return true;
}

}  // namespace ingot::materialize
