#include "compiler/emit/cpp.h"

#include "compiler/ir/bound.h"

#include <charconv>
#include <cmath>
#include <set>
#include <sstream>

namespace ingot::emit {

namespace {

using ir::Opcode;
using types::Kind;
using types::TypeId;

bool is_cpp_keyword(const std::string& name) {
  static const std::set<std::string> kReserved = {"alignas",
                                                  "alignof",
                                                  "and",
                                                  "and_eq",
                                                  "asm",
                                                  "auto",
                                                  "bitand",
                                                  "bitor",
                                                  "bool",
                                                  "case",
                                                  "catch",
                                                  "char",
                                                  "char8_t",
                                                  "char16_t",
                                                  "char32_t",
                                                  "class",
                                                  "compl",
                                                  "concept",
                                                  "const",
                                                  "consteval",
                                                  "constexpr",
                                                  "constinit",
                                                  "const_cast",
                                                  "continue",
                                                  "co_await",
                                                  "co_return",
                                                  "co_yield",
                                                  "decltype",
                                                  "default",
                                                  "delete",
                                                  "do",
                                                  "double",
                                                  "dynamic_cast",
                                                  "else",
                                                  "enum",
                                                  "explicit",
                                                  "export",
                                                  "extern",
                                                  "false",
                                                  "float",
                                                  "for",
                                                  "friend",
                                                  "goto",
                                                  "if",
                                                  "inline",
                                                  "int",
                                                  "long",
                                                  "mutable",
                                                  "namespace",
                                                  "new",
                                                  "noexcept",
                                                  "not",
                                                  "not_eq",
                                                  "nullptr",
                                                  "operator",
                                                  "or",
                                                  "or_eq",
                                                  "private",
                                                  "protected",
                                                  "public",
                                                  "register",
                                                  "reinterpret_cast",
                                                  "requires",
                                                  "return",
                                                  "short",
                                                  "signed",
                                                  "sizeof",
                                                  "static",
                                                  "static_assert",
                                                  "static_cast",
                                                  "struct",
                                                  "switch",
                                                  "template",
                                                  "this",
                                                  "thread_local",
                                                  "throw",
                                                  "true",
                                                  "try",
                                                  "typedef",
                                                  "typeid",
                                                  "typename",
                                                  "union",
                                                  "unsigned",
                                                  "using",
                                                  "virtual",
                                                  "void",
                                                  "volatile",
                                                  "wchar_t",
                                                  "while",
                                                  "xor",
                                                  "xor_eq",
                                                  "rt",
                                                  "ingot",
                                                  "std",
                                                  "main",
                                                  "args",
                                                  "NULL",
                                                  "errno",
                                                  "assert",
                                                  "stdin",
                                                  "stdout",
                                                  "stderr",
                                                  "EOF"};
  return kReserved.count(name) > 0;
}

// A Python identifier as a C++ one: kept where it can be, suffixed where C++ reserves it,
// non-ASCII letters spelled out.
std::string cpp_identifier(const std::string& name) {
  std::string out;
  for (unsigned char c : name) {
    if (std::isalnum(c) || c == '_') {
      out += static_cast<char>(c);
    } else {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "_x%02x", c);
      out += buffer;
    }
  }
  if (is_cpp_keyword(out) || out.starts_with("__") || out.starts_with("v")) out += "_";
  return out;
}

// A C++ string literal holding exactly these bytes.
std::string cpp_string_literal(std::string_view bytes) {
  std::string out = "\"";
  for (unsigned char c : bytes) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c >= 0x20 && c < 0x7F && c != '?') {
      out += static_cast<char>(c);
    } else {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\%03o", c);
      out += buffer;
    }
  }
  return out + "\"";
}

std::string float_literal(double d) {
  if (std::isnan(d)) return "std::numeric_limits<double>::quiet_NaN()";
  if (std::isinf(d)) {
    return d > 0 ? "std::numeric_limits<double>::infinity()"
                 : "-std::numeric_limits<double>::infinity()";
  }
  char buffer[64];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, d);
  std::string text(buffer, end);
  if (text.find_first_of(".en") == std::string::npos) text += ".0";
  return "rt::Float{" + text + "}";
}

// JSON text of a default value, for the signature.
std::string json_of(const ir::Constant& c) {
  return std::visit(ast::Overloaded{
                        [](ast::NoneType) { return std::string("null"); },
                        [](bool b) { return std::string(b ? "true" : "false"); },
                        [](int64_t i) { return std::to_string(i); },
                        [](double d) {
                          if (std::isnan(d)) return std::string("NaN");
                          if (std::isinf(d)) return std::string(d > 0 ? "Infinity" : "-Infinity");
                          char buffer[64];
                          auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, d);
                          std::string text(buffer, end);
                          if (text.find_first_of(".e") == std::string::npos) text += ".0";
                          return text;
                        },
                        [](const ast::Str& s) {
                          std::string out = "\"";
                          for (unsigned char ch : s.utf8) {
                            if (ch == '"' || ch == '\\') {
                              out += '\\';
                              out += static_cast<char>(ch);
                            } else if (ch < 0x20) {
                              char buffer[8];
                              std::snprintf(buffer, sizeof buffer, "\\u%04x", ch);
                              out += buffer;
                            } else {
                              out += static_cast<char>(ch);
                            }
                          }
                          return out + "\"";
                        },
                        // JSON has no bytes: the default is shown as the str its bytes
                        // spell, which is also what a bytes parameter accepts from JSON.
                        [](const ast::Bytes& b) { return json_of(ast::Str{b.data}); },
                    },
                    c);
}

class Emitter {
 public:
  explicit Emitter(const types::TypedProgram& typed)
      : typed_(typed), program_(*typed.program), table_(*typed.table) {}

  std::string run() {
    std::ostringstream body;
    for (size_t g = 0; g < typed_.globals.size(); ++g) emit_global(body, g);
    for (size_t i = 0; i < typed_.instances.size(); ++i) {
      if (is_lambda(i) || is_global_init(i)) continue;
      emit_function(body, static_cast<int32_t>(i));
    }
    // The glue is written before the string constants, which it may add to.
    std::ostringstream glue;
    emit_glue(glue);
    std::ostringstream out;
    out << "// Generated by ingot from " << program_.file->path() << ". Do not edit.\n"
        << "#include <exception>\n#include <limits>\n#include <variant>\n\n"
        << "#include \"runtime/abi/convert.h\"\n"
        << "#include \"runtime/abi/entry.h\"\n"
        << "#include \"runtime/core/core.h\"\n"
        << "#include \"runtime/core/lowering.h\"\n\n"
        << "namespace ingot_user {\n\n"
        << "namespace rt = ingot::rt;\n\n";
    for (const auto& [text, name] : strings_) {
      out << "static const rt::" << (text.first ? "Bytes " : "Str ") << name << "(std::string("
          << cpp_string_literal(text.second) << ", " << text.second.size() << "));\n";
    }
    if (!strings_.empty()) out << "\n";
    for (size_t g = 0; g < typed_.globals.size(); ++g) {
      if (typed_.globals[g] < 0) continue;
      out << "static const " << type(typed_.instances[typed_.globals[g]].result) << "& global_"
          << cpp_identifier(program_.global(ir::GlobalId(g)).name) << "();\n";
    }
    for (size_t i = 0; i < typed_.instances.size(); ++i) {
      if (is_lambda(i) || is_global_init(i)) continue;
      out << declaration(static_cast<int32_t>(i)) << ";\n";
    }
    out << "\n" << body.str();
    out << glue.str();
    return out.str();
  }

 private:
  // Lambdas and nested defs: emitted as C++ lambdas where they are defined.
  bool is_lambda(size_t i) const {
    return program_.function(typed_.instances[i].func).parent.valid();
  }
  bool is_global_init(size_t i) const {
    for (int32_t g : typed_.globals) {
      if (g == static_cast<int32_t>(i)) return true;
    }
    return false;
  }

  // ---- types --------------------------------------------------------------------------------

  std::string type(TypeId t) const {
    t = table_.resolve(t);
    const types::TypeNode& n = table_.node(t);
    auto args = [&] {
      std::string out;
      for (size_t i = 0; i < n.args.size(); ++i) out += (i ? ", " : "") + type(n.args[i]);
      return out;
    };
    switch (n.kind) {
      case Kind::Var:
      case Kind::None:
        return "rt::NoneType";
      case Kind::Bool:
        return "rt::Bool";
      case Kind::Int:
        return "rt::Int";
      case Kind::Float:
        return "rt::Float";
      case Kind::Str:
        return "rt::Str";
      case Kind::Bytes:
        return "rt::Bytes";
      case Kind::List:
        return "rt::List<" + args() + ">";
      case Kind::Dict:
        return "rt::Dict<" + args() + ">";
      case Kind::Set:
        return "rt::Set<" + args() + ">";
      case Kind::Tuple:
        return "rt::Tuple<" + args() + ">";
      case Kind::TupleOf:
        return "rt::TupleOf<" + args() + ">";
      case Kind::Optional:
        return "rt::Optional<" + args() + ">";
      case Kind::Union:
        return "std::variant<" + args() + ">";
      case Kind::Exception:
        return "rt::PyException";
      case Kind::Iterator:
      case Kind::Function:
      case Kind::Module:
        return "auto";
      case Kind::Native: {  // re.Pattern is rt::re::Pattern
        std::string name = "rt::" + n.name;
        for (size_t dot; (dot = name.find('.')) != std::string::npos;) name.replace(dot, 1, "::");
        return n.args.empty() ? name : name + "<" + args() + ">";
      }
    }
    return "auto";
  }

  // ---- functions ----------------------------------------------------------------------------

  std::string declaration(int32_t id) const {
    const types::Instance& in = typed_.instances[id];
    const ir::Function& f = program_.function(in.func);
    std::string out = type(in.result) + " " + cpp_identifier(in.name) + "(";
    for (size_t i = 0; i < f.params.size(); ++i) {
      out += (i ? ", " : "") + type(in.params[i]) + " " + local_name(f, f.params[i].local);
    }
    return out + ")";
  }

  std::string local_name(const ir::Function& f, ir::LocalId id) const {
    const ir::Local& local = f.local(id);
    if (local.is_temp) return "tmp_" + local.name.substr(1) + std::to_string(id.index());
    // Comprehension variables may share a name with a function local of another type.
    for (size_t i = 0; i < id.index(); ++i) {
      if (f.locals[i].name == local.name)
        return cpp_identifier(local.name) + "_" + std::to_string(id.index());
    }
    return cpp_identifier(local.name);
  }

  void emit_function(std::ostringstream& out, int32_t id) {
    out << declaration(id) << " {\n";
    emit_body(out, id, 1);
    out << "}\n\n";
  }

  // Locals declared up front (Python's locals live for the whole function), then the body.
  void emit_body(std::ostringstream& out, int32_t id, int depth) {
    int32_t saved = current_;
    current_ = id;
    const types::Instance& in = typed_.instances[id];
    const ir::Function& f = program_.function(in.func);
    std::set<uint32_t> params;
    for (const ir::Param& p : f.params) params.insert(p.local.index());
    for (size_t l = 0; l < f.locals.size(); ++l) {
      if (params.count(l) || !in.local_types[l]) continue;
      std::string t = type(in.local_types[l]);
      if (t == "auto") continue;  // declared where it is assigned
      out << indent(depth) << t << " " << local_name(f, ir::LocalId(l)) << "{};\n";
    }
    // Locals some read may reach before they are assigned carry a flag (UnboundLocalError).
    ir::MaybeUnbound saved_unbound = std::move(unbound_);
    unbound_ = ir::find_maybe_unbound(f);
    for (uint32_t l : unbound_.locals) {
      out << indent(depth) << "bool " << local_name(f, ir::LocalId(l)) << "_bound = false;\n";
    }
    emit_block(out, f.body, depth);
    if (!ends_in_return(f, f.body)) {
      out << indent(depth) << "return " << convert("rt::None", table_.none(), in.result) << ";\n";
    }
    current_ = saved;
    unbound_ = std::move(saved_unbound);
  }

  bool ends_in_return(const ir::Function& f, ir::BlockId block) const {
    if (!block || f.block(block).insts.empty()) return false;
    const ir::Inst& last = f.inst(f.block(block).insts.back());
    if (last.op == Opcode::Return || last.op == Opcode::Raise) return true;
    if (last.op == Opcode::If) {
      const auto& b = std::get<ir::Branches>(last.payload);
      return ends_in_return(f, b.then_block) && ends_in_return(f, b.else_block);
    }
    return false;
  }

  static std::string indent(int depth) { return std::string(depth * 2, ' '); }

  const types::Instance& instance() const { return typed_.instances[current_]; }
  const ir::Function& function() const { return program_.function(instance().func); }
  TypeId type_of(ir::InstId id) const { return instance().inst_types[id.index()]; }

  void line_directive(std::ostringstream& out, const ir::Inst& in) {
    if (in.loc.line == last_line_) return;
    last_line_ = in.loc.line;
    out << "#line " << in.loc.line << " " << cpp_string_literal(program_.file->path()) << "\n";
  }

  void emit_block(std::ostringstream& out, ir::BlockId block, int depth) {
    if (!block) return;
    for (ir::InstId id : function().block(block).insts) emit_inst(out, id, depth);
  }

  // Instructions whose value is spelled at each use instead of held in a temporary.
  bool inline_value(const ir::Inst& in) const {
    return in.op == Opcode::Const || in.op == Opcode::LoadLocal || in.op == Opcode::LoadGlobal;
  }

  std::string value(ir::InstId id) {
    const ir::Inst& in = function().inst(id);
    if (inline_value(in)) return expression(id);
    if (in.op == Opcode::ForEach) return "item" + std::to_string(id.index());
    if (in.op == Opcode::Call && is_none_type(type_of(id))) return "rt::None";
    return "v" + std::to_string(id.index());
  }

  bool is_none_type(TypeId t) const { return t && table_.kind(t) == Kind::None; }

  // `expr`, of type `from`, where a `to` is expected: the same text when the types agree,
  // else a conversion into the wider type (a union, an optional, an int as a float).
  std::string convert(const std::string& expr, TypeId from, TypeId to) const {
    if (!from || !to) return expr;
    std::string to_type = type(to);
    if (to_type == "auto" || type(from) == to_type) return expr;
    return "rt::convert<" + to_type + ">(" + expr + ")";
  }

  void emit_inst(std::ostringstream& out, ir::InstId id, int depth) {
    const ir::Inst& in = function().inst(id);
    if (inline_value(in)) return;
    line_directive(out, in);
    std::string pad = indent(depth);
    switch (in.op) {
      case Opcode::StoreLocal: {
        auto ref = std::get<ir::LocalRef>(in.payload);
        const ir::Inst& stored = function().inst(in.args[0]);
        if (stored.op == Opcode::LoadFunc &&
            !typed_.lambdas.count(std::get<ir::FuncId>(stored.payload).index())) {
          return;  // a function never called: no value to hold
        }
        std::string target = local_ref(ref);
        TypeId local_type = local_type_of(ref);
        if (type(local_type) == "auto") {
          out << pad << "auto " << target << " = " << value(in.args[0]) << ";\n";
        } else {
          out << pad << target << " = "
              << convert(value(in.args[0]), type_of(in.args[0]), local_type) << ";\n";
        }
        if (ref.depth == 0 && unbound_.locals.count(ref.local.index())) {
          out << pad << target << "_bound = true;\n";
        }
        return;
      }
      case Opcode::Return:
        out << pad << "return "
            << convert(value(in.args[0]), type_of(in.args[0]), instance().result) << ";\n";
        return;
      case Opcode::If: {
        const auto& b = std::get<ir::Branches>(in.payload);
        out << pad << "if (" << value(in.args[0]) << ") {\n";
        emit_block(out, b.then_block, depth + 1);
        if (b.else_block && !function().block(b.else_block).insts.empty()) {
          out << pad << "} else {\n";
          emit_block(out, b.else_block, depth + 1);
        }
        out << pad << "}\n";
        return;
      }
      case Opcode::While:
      case Opcode::ForEach:
        emit_loop(out, id, in, depth);
        return;
      case Opcode::Break:
        if (!loop_flags_.empty() && !loop_flags_.back().empty()) {
          out << pad << loop_flags_.back() << " = true;\n";
        }
        out << pad << "break;\n";
        return;
      case Opcode::Continue:
        out << pad << "continue;\n";
        return;
      case Opcode::LoadFunc:
        emit_lambda(out, id, in, depth);
        return;
      case Opcode::Raise:
        if (in.args.empty()) {
          out << pad << "throw;\n";
        } else {
          out << pad << "throw " << value(in.args[0]) << ";\n";
        }
        return;
      case Opcode::Try:
        emit_try(out, id, in, depth);
        return;
      case Opcode::Call:
        if (is_none_type(type_of(id))) {
          out << pad << expression(id) << ";\n";
          return;
        }
        break;
      default:
        break;
    }
    out << pad << "auto v" << id.index() << " = " << expression(id) << ";\n";
  }

  void emit_loop(std::ostringstream& out, ir::InstId id, const ir::Inst& in, int depth) {
    std::string pad = indent(depth);
    const auto& loop = std::get<ir::LoopBody>(in.payload);
    std::string flag;
    if (loop.else_block) {
      flag = "broke" + std::to_string(id.index());
      out << pad << "bool " << flag << " = false;\n";
    }
    loop_flags_.push_back(flag);
    if (in.op == Opcode::ForEach) {
      out << pad << "for (auto&& item" << id.index() << " : " << value(in.args[0]) << ") {\n";
    } else {
      out << pad << "while (true) {\n";
      emit_block(out, loop.cond_block, depth + 1);
      ir::InstId cond = function().block(loop.cond_block).insts.back();
      out << indent(depth + 1) << "if (!" << value(cond) << ") break;\n";
    }
    emit_block(out, loop.body, depth + 1);
    out << pad << "}\n";
    loop_flags_.pop_back();
    if (loop.else_block) {
      out << pad << "if (!" << flag << ") {\n";
      emit_block(out, loop.else_block, depth + 1);
      out << pad << "}\n";
    }
  }

  // try/except/else/finally. A handler tests the caught exception's class against its
  // classes (subclasses included) and rethrows what none of them catches; `finally` runs
  // after the rest whether it raised or not, then lets the exception go on.
  void emit_try(std::ostringstream& out, ir::InstId id, const ir::Inst& in, int depth) {
    const auto& t = std::get<ir::TryBody>(in.payload);
    std::string pad = indent(depth);
    std::string n = std::to_string(id.index());
    bool has_finally = t.finally_block.valid();
    int inner = depth;
    if (has_finally) {
      out << pad << "std::exception_ptr pending" << n << ";\n" << pad << "try {\n";
      inner = depth + 1;
    }
    std::string ipad = indent(inner);
    if (t.else_block) out << ipad << "bool raised" << n << " = false;\n";
    if (t.handlers.empty()) {
      emit_block(out, t.body, inner);
    } else {
      out << ipad << "try {\n";
      emit_block(out, t.body, inner + 1);
      out << ipad << "} catch (const rt::PyException& caught" << n << ") {\n";
      if (t.else_block) out << indent(inner + 1) << "raised" << n << " = true;\n";
      bool first = true;
      bool catch_all = false;
      for (const ir::Handler& h : t.handlers) {
        std::string test;
        for (const std::string& kind : h.kinds) {
          test += (test.empty() ? "" : " || ") + std::string("rt::is_subclass(caught") + n +
                  ".kind(), rt::ExcKind::" + kind + ")";
        }
        if (test.empty()) {
          test = "true";
          catch_all = true;
        }
        out << indent(inner + 1) << (first ? "if (" : "} else if (") << test << ") {\n";
        first = false;
        if (h.name) {
          out << indent(inner + 2) << local_name(function(), h.name) << " = caught" << n << ";\n";
        }
        emit_block(out, h.body, inner + 2);
      }
      if (!catch_all) out << indent(inner + 1) << "} else {\n" << indent(inner + 2) << "throw;\n";
      out << indent(inner + 1) << "}\n" << ipad << "}\n";
    }
    if (t.else_block) {
      out << ipad << "if (!raised" << n << ") {\n";
      emit_block(out, t.else_block, inner + 1);
      out << ipad << "}\n";
    }
    if (has_finally) {
      out << pad << "} catch (...) {\n"
          << indent(depth + 1) << "pending" << n << " = std::current_exception();\n"
          << pad << "}\n";
      emit_block(out, t.finally_block, depth);
      out << pad << "if (pending" << n << ") std::rethrow_exception(pending" << n << ");\n";
    }
  }

  void emit_lambda(std::ostringstream& out, ir::InstId id, const ir::Inst& in, int depth) {
    ir::FuncId func = std::get<ir::FuncId>(in.payload);
    auto it = typed_.lambdas.find(func.index());
    if (it == typed_.lambdas.end()) return;  // never called: nothing to emit
    const types::Instance& lambda = typed_.instances[it->second];
    const ir::Function& f = program_.function(func);
    std::string pad = indent(depth);
    if (!f.parent.valid()) {  // a module-level function passed as a value
      out << pad << "auto v" << id.index() << " = [&](const auto&... args) { return "
          << cpp_identifier(lambda.name) << "(args...); };\n";
      return;
    }
    out << pad << "auto v" << id.index() << " = [&](";
    for (size_t i = 0; i < f.params.size(); ++i) {
      out << (i ? ", " : "") << "const " << type(lambda.params[i]) << "& "
          << local_name(f, f.params[i].local);
    }
    out << ") -> " << type(lambda.result) << " {\n";
    int saved_line = last_line_;
    emit_body(out, it->second, depth + 1);
    last_line_ = saved_line;
    out << pad << "};\n";
  }

  TypeId local_type_of(ir::LocalRef ref) const {
    int32_t owner = current_;
    for (uint32_t d = 0; d < ref.depth; ++d) owner = typed_.instances[owner].parent;
    return typed_.instances[owner].local_types[ref.local.index()];
  }

  std::string local_ref(ir::LocalRef ref) const {
    int32_t owner = current_;
    for (uint32_t d = 0; d < ref.depth; ++d) owner = typed_.instances[owner].parent;
    return local_name(program_.function(typed_.instances[owner].func), ref.local);
  }

  // ---- expressions ----------------------------------------------------------------------------

  std::string constant(const ir::Constant& c, TypeId as) {
    return std::visit(ast::Overloaded{
                          [&](ast::NoneType) { return std::string("rt::None"); },
                          [&](bool b) { return std::string(b ? "true" : "false"); },
                          [&](int64_t i) {
                            if (as && table_.kind(as) == Kind::Float) {
                              return float_literal(static_cast<double>(i));
                            }
                            return "rt::Int{" + std::to_string(i) + "}";
                          },
                          [&](double d) { return float_literal(d); },
                          [&](const ast::Str& s) { return interned(false, s.utf8); },
                          [&](const ast::Bytes& b) { return interned(true, b.data); },
                      },
                      c);
  }

  std::string interned(bool bytes, const std::string& text) {
    auto key = std::make_pair(bytes, text);
    auto it = strings_.find(key);
    if (it != strings_.end()) return it->second;
    std::string name = bytes ? "kBytes" : "kStr";
    int letters = 0;
    for (char c : text) {
      if (letters >= 24) break;
      if (std::isalnum(static_cast<unsigned char>(c))) {
        name += (letters == 0 ? "_" : "") + std::string(1, c);
        ++letters;
      }
    }
    name += "_" + std::to_string(strings_.size());
    strings_[key] = name;
    return name;
  }

  std::string expression(ir::InstId id) {
    const ir::Inst& in = function().inst(id);
    auto args = [&](size_t from = 0) {
      std::string out;
      for (size_t i = from; i < in.args.size(); ++i) {
        out += (i > from ? ", " : "") + value(in.args[i]);
      }
      return out;
    };
    switch (in.op) {
      case Opcode::Const:
        return constant(std::get<ir::Constant>(in.payload), type_of(id));
      case Opcode::LoadLocal: {
        const auto& ref = std::get<ir::LocalRef>(in.payload);
        if (unbound_.loads.count(id.index())) {
          return "rt::bound_value(" + local_ref(ref) + "_bound, " + local_ref(ref) + ", " +
                 cpp_string_literal(function().local(ref.local).name) + ")";
        }
        return local_ref(ref);
      }
      case Opcode::LoadGlobal: {
        const ir::Global& g = program_.global(std::get<ir::GlobalId>(in.payload));
        return "global_" + cpp_identifier(g.name) + "()";
      }
      case Opcode::Call:
        return call(id, in);
      case Opcode::MakeList:
      case Opcode::MakeSet: {
        TypeId elem = table_.arg(type_of(id), 0);
        std::string items;
        for (size_t i = 0; i < in.args.size(); ++i) {
          items += (i ? ", " : "") + convert(value(in.args[i]), type_of(in.args[i]), elem);
        }
        return type(type_of(id)) + (in.args.empty() ? "()" : "{" + items + "}");
      }
      case Opcode::MakeTuple:
        return type(type_of(id)) + "(" + args() + ")";
      case Opcode::MakeDict: {
        std::string out = type(type_of(id)) + "{";
        TypeId key = table_.arg(type_of(id), 0), val = table_.arg(type_of(id), 1);
        for (size_t i = 0; i + 1 < in.args.size(); i += 2) {
          out += (i ? ", " : "") + std::string("{") +
                 convert(value(in.args[i]), type_of(in.args[i]), key) + ", " +
                 convert(value(in.args[i + 1]), type_of(in.args[i + 1]), val) + "}";
        }
        return out + "}";
      }
      case Opcode::Unpack:
        return "rt::unpack(" + value(in.args[0]) + ", " +
               std::to_string(std::get<int64_t>(std::get<ir::Constant>(in.payload))) + ")";
      case Opcode::Element:
        return "rt::element<" +
               std::to_string(std::get<int64_t>(std::get<ir::Constant>(in.payload))) + ">(" +
               value(in.args[0]) + ")";
      default:
        return "/* no value */";
    }
  }

  std::string call(ir::InstId id, const ir::Inst& in) {
    auto it = instance().calls.find(id.index());
    const auto& target = std::get<ir::CallTarget>(in.payload);
    if (target.kind == ir::CallTarget::Kind::Value) {
      std::string out = value(in.args[0]) + "(";
      for (size_t i = 1; i < in.args.size(); ++i) out += (i > 1 ? ", " : "") + value(in.args[i]);
      return out + ")";
    }
    if (it == instance().calls.end()) return "/* unresolved call */";
    const types::CallResolution& r = it->second;
    if (r.tuple_index == types::CallResolution::kRuntimeIndex) {
      return "ingot::rt::getitem(" + value(in.args[0]) + ", " + value(in.args[1]) + ")";
    }
    if (r.tuple_index >= 0) {
      return "rt::element<" + std::to_string(r.tuple_index) + ">(" + value(in.args[0]) + ")";
    }
    if (r.instance >= 0) return user_call(in, r);
    if (!r.branches.empty()) return union_call(in, r, type_of(id));
    return op_call(in, r.op, type_of(id), {});
  }

  // A call on union values: std::visit over the dispatched arguments, one `if constexpr`
  // branch per combination of their alternatives.
  std::string union_call(const ir::Inst& in, const types::CallResolution& r, TypeId result) {
    std::string result_type = type(result);
    std::string params, visited;
    std::vector<std::string> names(in.args.size());
    for (size_t i = 0; i < in.args.size(); ++i) {
      if (!r.dispatched[i]) {
        names[i] = value(in.args[i]);
        continue;
      }
      names[i] = "a" + std::to_string(i);
      params += (params.empty() ? "" : ", ") + std::string("const auto& ") + names[i];
      visited +=
          (visited.empty() ? "" : ", ") + std::string("rt::as_variant(") + value(in.args[i]) + ")";
    }
    std::string out = "std::visit([&](" + params + ") -> " + result_type + " {\n";
    bool first = true;
    for (const types::UnionBranch& b : r.branches) {
      std::string test;
      for (size_t i = 0; i < in.args.size(); ++i) {
        if (!r.dispatched[i]) continue;
        test += (test.empty() ? "" : " && ") +
                std::string("std::is_same_v<std::decay_t<decltype(") + names[i] + ")>, " +
                type(b.arg_types[i]) + ">";
      }
      out += std::string(first ? "      if constexpr (" : "      } else if constexpr (") + test +
             ") {\n";
      first = false;
      if (b.match) {
        std::string call = op_call(in, *b.match, b.match->result, names);
        if (is_none_type(b.match->result)) {
          out += "        " + call + ";\n        return " +
                 convert("rt::None", b.match->result, result) + ";\n";
        } else {
          out += "        return " + convert(call, b.match->result, result) + ";\n";
        }
      } else {
        out += "        rt::raise(rt::ExcKind::TypeError, " + cpp_string_literal(b.error) + ");\n";
      }
    }
    out +=
        "      } else {\n        rt::raise(rt::ExcKind::TypeError, \"unsupported operand "
        "types\");\n      }\n";
    return out + "    }, " + visited + ")";
  }

  std::string user_call(const ir::Inst& in, const types::CallResolution& r) {
    const types::Instance& callee = typed_.instances[r.instance];
    const ir::Function& f = program_.function(callee.func);
    std::string out = cpp_identifier(callee.name) + "(";
    for (size_t p = 0; p < f.params.size(); ++p) {
      out += p ? ", " : "";
      int a = r.user_args[p];
      out += a >= 0 ? convert(value(in.args[a]), type_of(in.args[a]), callee.params[p])
                    : constant(*f.params[p].default_value, callee.params[p]);
    }
    return out + ")";
  }

  std::string bound_value(const ir::Inst& in, const types::BoundArg& a,
                          const std::vector<std::string>& names) {
    if (a.arg >= 0) return names.empty() ? value(in.args[a.arg]) : names[a.arg];
    TypeId t = a.type;
    // A None default where the parameter is `T | None`.
    return constant(*a.default_value, t);
  }

  std::string op_call(const ir::Inst& in, const types::Match& m, TypeId result,
                      const std::vector<std::string>& names) {
    const std::string& native = m.op->native;
    // A module attribute (`math.pi`) is a constant of the runtime.
    // A plain name is called with the arguments in order; anything else is an expression
    // template ({N} a parameter, {,N} a star parameter, {result} the result's C++ type).
    bool plain_name = native.find_first_of("{(") == std::string::npos;
    if (m.op->attribute && m.args.empty() && plain_name) return native;
    if (plain_name) {
      std::string out = native + "(";
      for (size_t i = 0; i < m.args.size(); ++i) {
        out += (i ? ", " : "") + bound_value(in, m.args[i], names);
      }
      return out + ")";
    }
    // A template: {N} is parameter N, {,N} a star parameter's arguments, {result} the
    // result's C++ type.
    std::string out;
    for (size_t i = 0; i < native.size(); ++i) {
      if (native[i] != '{') {
        out += native[i];
        continue;
      }
      size_t close = native.find('}', i);
      std::string field = native.substr(i + 1, close - i - 1);
      i = close;
      if (field == "result") {
        out += type(result);
        continue;
      }
      bool leading_comma = field.starts_with(",");
      int param = std::stoi(leading_comma ? field.substr(1) : field);
      bool first = true;
      for (const types::BoundArg& a : m.args) {
        if (a.param != param) continue;
        if (leading_comma || !first) out += ", ";
        out += bound_value(in, a, names);
        first = false;
      }
    }
    return out;
  }

  // ---- globals and glue ---------------------------------------------------------------------

  void emit_global(std::ostringstream& out, size_t g) {
    int32_t id = typed_.globals[g];
    if (id < 0) return;
    const types::Instance& in = typed_.instances[id];
    std::string name = cpp_identifier(program_.global(ir::GlobalId(g)).name);
    std::string t = type(in.result);
    out << "// The module constant " << program_.global(ir::GlobalId(g)).name
        << ", computed once.\n";
    out << "static const " << t << "& global_" << name << "() {\n"
        << "  static const " << t << " value = []() -> " << t << " {\n";
    emit_body(out, id, 2);
    out << "  }();\n  return value;\n}\n\n";
  }

  // A Literal[...] parameter: any other value is a ValueError at the boundary.
  void literal_check(std::ostringstream& out, const ir::Function& f, size_t i, const ir::Param& p) {
    const types::Instance& entry = typed_.instances[typed_.entry];
    std::string test, allowed;
    for (const ir::Constant& c : p.literal_values) {
      test += (test.empty() ? "" : " || ") + std::string("rt::op::eq(arg") + std::to_string(i) +
              ", " + constant(c, entry.params[i]) + ")";
      allowed += (allowed.empty() ? "" : ", ") + literal_text(c);
    }
    std::string message =
        f.name + "() argument '" + p.name + "' must be one of " + allowed + ", not ";
    out << "  if (!(" << test << ")) {\n"
        << "    rt::raise(rt::ExcKind::ValueError, " << cpp_string_literal(message)
        << " + std::string(rt::repr(arg" << i << ").view()));\n  }\n";
  }

  // A literal as Python's repr writes it, for messages.
  static std::string literal_text(const ir::Constant& c) {
    if (const auto* s = std::get_if<ast::Str>(&c)) return "'" + s->utf8 + "'";
    if (const auto* b = std::get_if<bool>(&c)) return *b ? "True" : "False";
    if (const auto* i = std::get_if<int64_t>(&c)) return std::to_string(*i);
    return "?";
  }

  void emit_glue(std::ostringstream& out) {
    const types::Instance& entry = typed_.instances[typed_.entry];
    const ir::Function& f = program_.function(entry.func);
    std::string fn = cpp_identifier(entry.name);
    out << "// The artifact's entry: converts ABI values to the function's types and back.\n"
        << "ingot::abi::ValuePtr call_entry(const ingot::abi::Args& args) {\n";
    for (size_t i = 0; i < f.params.size(); ++i) {
      const ir::Param& p = f.params[i];
      std::string t = type(entry.params[i]);
      out << "  " << t << " arg" << i << " = ";
      if (p.default_value) {
        out << "args.has(" << i << ") ? args.get<" << t << ">(" << i << ") : " << t << "("
            << constant(*p.default_value, entry.params[i]) << ");\n";
      } else {
        out << "args.get<" << t << ">(" << i << ");\n";
      }
      if (!p.literal_values.empty()) literal_check(out, f, i, p);
    }
    out << "  return ingot::abi::to_value(" << fn << "(";
    for (size_t i = 0; i < f.params.size(); ++i) out << (i ? ", " : "") << "arg" << i;
    out << "));\n}\n\n}  // namespace ingot_user\n\n";
    out << "namespace rt = ingot::rt;\n\n"
        << "const ingot::abi::Entry& ingot::abi::entry() {\n"
        << "  static const Entry e{\n"
        << "      .name = " << cpp_string_literal(f.name) << ",\n"
        << "      .doc = " << cpp_string_literal(f.docstring) << ",\n"
        << "      .params = {\n";
    for (size_t i = 0; i < f.params.size(); ++i) {
      const ir::Param& p = f.params[i];
      out << "          {.name = " << cpp_string_literal(p.name) << ",\n"
          << "           .kind = ingot::abi::ParamKind::"
          << (p.keyword_only ? "KeywordOnly" : "PositionalOrKeyword") << ",\n"
          << "           .annotation = " << cpp_string_literal(p.annotation_text) << ",\n"
          << "           .type_json = ingot::abi::type_json<" << type(entry.params[i]) << ">(),\n"
          << "           .default_json = "
          << cpp_string_literal(p.default_value ? json_of(*p.default_value) : "") << "},\n";
    }
    out << "      },\n"
        << "      .return_annotation = " << cpp_string_literal(table_.to_string(entry.result))
        << ",\n"
        << "      .return_type_json = ingot::abi::type_json<" << type(entry.result) << ">(),\n"
        << "      .call = ingot_user::call_entry};\n"
        << "  return e;\n}\n";
  }

  const types::TypedProgram& typed_;
  const ir::Program& program_;
  types::TypeTable& table_;
  int32_t current_ = -1;
  int last_line_ = -1;
  std::vector<std::string> loop_flags_;
  ir::MaybeUnbound unbound_;  // of the function being emitted
  std::map<std::pair<bool, std::string>, std::string> strings_;
};

}  // namespace

std::string emit_cpp(const types::TypedProgram& typed) { return Emitter(typed).run(); }

}  // namespace ingot::emit
