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

// A JSON array of constants; empty text for no constants.
std::string json_array(const std::vector<ir::Constant>& values) {
  if (values.empty()) return "";
  std::string out = "[";
  for (size_t i = 0; i < values.size(); ++i) out += (i ? ", " : "") + json_of(values[i]);
  return out + "]";
}

class Emitter {
 public:
  Emitter(const types::TypedProgram& typed, const std::vector<std::string>& resource_keys)
      : typed_(typed),
        program_(*typed.program),
        table_(*typed.table),
        resource_keys_(resource_keys) {}

  std::string run() {
    std::ostringstream body;
    for (size_t g = 0; g < typed_.globals.size(); ++g) emit_global(body, g);
    for (size_t c = 0; c < typed_.classes.size(); ++c) emit_class_constants(body, c);
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
        << "#include \"runtime/abi/stream.h\"\n"
        << "#include \"runtime/core/core.h\"\n"
        << "#include \"runtime/core/lowering.h\"\n"
        << "#include \"runtime/tensor/python.h\"\n"
        << (resource_keys_.empty() ? ""
                                   : "#include \"runtime/nn/lowering.h\"\n"
                                     "#include \"runtime/text/lowering.h\"\n")
        << "\n"
        << "namespace ingot_user {\n\n"
        << "namespace rt = ingot::rt;\n\n";
    emit_resources(out);
    for (const auto& [text, name] : strings_) {
      out << "static const rt::" << (text.first ? "Bytes " : "Str ") << name << "(std::string("
          << cpp_string_literal(text.second) << ", " << text.second.size() << "));\n";
    }
    if (!strings_.empty()) out << "\n";
    emit_class_structs(out);
    for (size_t g = 0; g < typed_.globals.size(); ++g) {
      if (typed_.globals[g] < 0) continue;
      out << "static const " << type(typed_.instances[typed_.globals[g]].result) << "& global_"
          << cpp_identifier(program_.global(ir::GlobalId(g)).name) << "();\n";
    }
    for (size_t c = 0; c < typed_.classes.size(); ++c) {
      for (const auto& [name, init] : typed_.classes[c].constants) {
        out << "static const " << type(typed_.instances[init].result) << "& "
            << constant_function(c, name) << "();\n";
      }
    }
    for (size_t i = 0; i < typed_.instances.size(); ++i) {
      if (is_lambda(i) || is_global_init(i)) continue;
      out << declaration(static_cast<int32_t>(i)) << ";\n";
    }
    out << "\n";
    emit_class_hooks(out);
    out << body.str();
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
    for (const types::ClassInfo& c : typed_.classes) {
      for (const auto& [name, init] : c.constants) {
        if (init == static_cast<int32_t>(i)) return true;
      }
    }
    return false;
  }

  // ---- classes ------------------------------------------------------------------------------

  bool is_enum(size_t c) const { return program_.classes[c].flavor == ir::Class::Flavor::Enum; }

  // The names of a class and its bases, for isinstance().
  std::string mro(size_t c) const {
    std::string out;
    for (ir::ClassId k(static_cast<uint32_t>(c)); k.valid(); k = program_.cls(k).base) {
      out += (out.empty() ? "" : ",") + program_.cls(k).name;
    }
    return out;
  }

  // The fields a generated __repr__/__eq__ shows: the generated __init__'s parameters.
  std::vector<std::string> generated_fields(size_t c) const {
    std::vector<std::string> out;
    for (ir::ClassId k(static_cast<uint32_t>(c)); k.valid(); k = program_.cls(k).base) {
      const ir::Method* init = program_.cls(k).method("__init__");
      if (!init) continue;
      const ir::Function& f = program_.function(init->func);
      if (!f.generated) return out;
      for (size_t p = 1; p < f.params.size(); ++p) out.push_back(f.params[p].name);
      return out;
    }
    return out;
  }

  bool generates(size_t c, const std::string& hook) const {
    const ir::Class& cls = program_.classes[c];
    if (!typed_.classes[c].used) return false;
    if (typed_.classes[c].hooks.count(hook)) return false;  // the class's own wins
    switch (cls.flavor) {
      case ir::Class::Flavor::Dataclass:
        return hook == "__repr__" || hook == "__eq__" || (hook == "__lt__" && cls.order) ||
               (hook == "__hash__" && cls.frozen);
      case ir::Class::Flavor::NamedTuple:
        return hook == "__repr__" || hook == "__eq__" || hook == "__lt__" || hook == "__hash__";
      case ir::Class::Flavor::Enum:
        return hook == "__repr__" || hook == "__str__" || hook == "__hash__" ||
               (hook == "__eq__" && cls.enum_base != "Enum");
      case ir::Class::Flavor::Plain:
        return false;
    }
    return false;
  }

  void emit_class_structs(std::ostringstream& out) {
    if (typed_.classes.empty()) return;
    for (size_t c = 0; c < typed_.classes.size(); ++c) {
      out << "struct " << class_struct(program_.classes[c].name) << ";\n";
    }
    for (size_t c = 0; c < typed_.classes.size(); ++c) {
      const ir::Class& cls = program_.classes[c];
      std::string self = "rt::Object<" + class_struct(cls.name) + ">";
      out << "\n// class " << cls.name << "\nstruct " << class_struct(cls.name) << " {\n"
          << "  static constexpr const char* kName = " << cpp_string_literal(cls.name) << ";\n"
          << "  static constexpr const char* kModule = \"__main__\";\n"
          << "  static constexpr const char* kMro = " << cpp_string_literal(mro(c)) << ";\n";
      for (const auto& [name, t] : typed_.classes[c].attributes) {
        out << "  " << type(t) << " " << field_name(name) << "{};\n";
      }
      if (is_enum(c) && typed_.classes[c].used) {
        out << "  rt::Str f_name{};\n  " << type(typed_.classes[c].enum_value) << " f_value{};\n"
            << "  static rt::List<" << self << "> members();\n"
            << "  static " << self << " lookup(const " << type(typed_.classes[c].enum_value)
            << "& value);\n";
        if (cls.enum_base != "Enum") {
          out << "  template <class T>\n  static rt::Bool py_eq_value(const " << self
              << "& self, const T& other) {\n"
              << "    if constexpr (requires { rt::py_eq(self->f_value, other); }) {\n"
              << "      return rt::py_eq(self->f_value, other);\n    } else {\n"
              << "      return false;\n    }\n  }\n";
        }
      }
      for (const char* hook : kHookNames) {
        if (!typed_.classes[c].hooks.count(hook) && !generates(c, hook)) continue;
        std::string name = std::string(hook).substr(2, std::string(hook).size() - 4);
        std::string params = "const " + self + "& self";
        if (name == "eq" || name == "lt") params += ", const " + self + "& other";
        out << "  static " << hook_result(name) << " py_" << name << "(" << params << ");\n";
      }
      out << "};\n";
    }
    out << "\n";
  }

  static constexpr const char* kHookNames[] = {"__repr__", "__str__", "__eq__",  "__hash__",
                                               "__lt__",   "__len__", "__bool__"};

  static std::string hook_result(const std::string& name) {
    if (name == "repr" || name == "str") return "rt::Str";
    if (name == "hash") return "size_t";
    if (name == "len") return "rt::Int";
    return "rt::Bool";
  }

  void emit_class_hooks(std::ostringstream& out) {
    for (size_t c = 0; c < typed_.classes.size(); ++c) {
      const ir::Class& cls = program_.classes[c];
      std::string s = class_struct(cls.name);
      std::string self = "rt::Object<" + s + ">";
      for (const char* hook : kHookNames) {
        std::string name = std::string(hook).substr(2, std::string(hook).size() - 4);
        std::string params = "const " + self + "& self";
        if (name == "eq" || name == "lt") params += ", const " + self + "& other";
        std::string head = "inline " + hook_result(name);
        head.append(" ").append(s).append("::py_").append(name);
        head.append("(").append(params).append(")");
        auto own = typed_.classes[c].hooks.find(hook);
        if (own != typed_.classes[c].hooks.end()) {
          const types::Instance& callee = typed_.instances[own->second];
          std::string call = cpp_identifier(callee.name) + "(self" +
                             (name == "eq" || name == "lt" ? ", other" : "") + ")";
          if (name == "hash") call.insert(0, "static_cast<size_t>(").append(")");
          if (name == "eq" || name == "lt" || name == "bool")
            call.insert(0, "rt::truth(").append(")");
          out << head << " {\n  return " << call << ";\n}\n";
        } else if (generates(c, hook)) {
          out << head << " {\n" << generated_hook(c, name) << "}\n";
        }
      }
      if (is_enum(c) && typed_.classes[c].used) emit_enum_functions(out, c);
    }
  }

  std::string generated_hook(size_t c, const std::string& name) {
    const ir::Class& cls = program_.classes[c];
    if (is_enum(c)) {
      if (name == "repr") {
        return "  return rt::Str(std::string(\"<" + cls.name +
               ".\") + std::string(self->f_name.view()) + \": \" + "
               "std::string(rt::repr(self->f_value).view()) + \">\");\n";
      }
      if (name == "str") {
        if (cls.enum_base == "Enum") {
          return "  return rt::Str(std::string(\"" + cls.name +
                 ".\") + std::string(self->f_name.view()));\n";
        }
        return "  return rt::to_str(self->f_value);\n";
      }
      if (name == "hash") return "  return rt::py_hash(self->f_name);\n";
      return "  return self.identity() == other.identity();\n";  // eq
    }
    std::vector<std::string> fields = generated_fields(c);
    auto tuple_of = [&](const std::string& who) {
      std::string out = "rt::Tuple<";
      for (size_t i = 0; i < fields.size(); ++i) {
        out += (i ? ", " : "") + type(attribute_type(c, fields[i]));
      }
      out += ">(";
      for (size_t i = 0; i < fields.size(); ++i) {
        out += (i ? ", " : "") + who + "->" + field_name(fields[i]);
      }
      return out + ")";
    };
    if (name == "repr") {
      std::string out = "  std::string text = " + cpp_string_literal(cls.name + "(") + ";\n";
      for (size_t i = 0; i < fields.size(); ++i) {
        out += "  text += " + cpp_string_literal((i ? ", " : "") + fields[i] + "=") +
               ";\n  text += rt::repr(self->" + field_name(fields[i]) + ").view();\n";
      }
      return out + "  return rt::Str(text + \")\");\n";
    }
    if (name == "eq")
      return "  return rt::py_eq(" + tuple_of("self") + ", " + tuple_of("other") + ");\n";
    if (name == "lt")
      return "  return rt::py_lt(" + tuple_of("self") + ", " + tuple_of("other") + ");\n";
    return "  return rt::py_hash(" + tuple_of("self") + ");\n";  // hash
  }

  TypeId attribute_type(size_t c, const std::string& name) const {
    for (const auto& [n, t] : typed_.classes[c].attributes) {
      if (n == name) return t;
    }
    return table_.none();
  }

  // An Enum's members (each made once), the list of them, and the lookup by value.
  void emit_enum_functions(std::ostringstream& out, size_t c) {
    const ir::Class& cls = program_.classes[c];
    std::string s = class_struct(cls.name);
    std::string self = "rt::Object<" + s + ">";
    std::string value_type = type(typed_.classes[c].enum_value);
    for (const ir::ClassConstant& k : cls.constants) {
      if (!typed_.classes[c].constants.count(k.name)) continue;
      int32_t init = typed_.classes[c].constants.at(k.name);
      out << "static const " << self << "& " << member_function(c, k.name) << "() {\n"
          << "  static const " << self << " member = [] {\n"
          << "    " << self << " m = " << self << "::make();\n"
          << "    m->f_name = rt::Str(" << cpp_string_literal(k.name) << ");\n"
          << "    m->f_value = "
          << convert(constant_function(c, k.name) + "()", typed_.instances[init].result,
                     typed_.classes[c].enum_value)
          << ";\n    return m;\n  }();\n  return member;\n}\n";
    }
    out << "inline rt::List<" << self << "> " << s << "::members() {\n  return rt::List<" << self
        << ">{";
    bool first = true;
    for (const ir::ClassConstant& k : cls.constants) {
      if (!typed_.classes[c].constants.count(k.name)) continue;
      out << (first ? "" : ", ") << member_function(c, k.name) << "()";
      first = false;
    }
    out << "};\n}\n"
        << "inline " << self << " " << s << "::lookup(const " << value_type << "& value) {\n"
        << "  rt::List<" << self << "> all = members();\n"
        << "  for (const auto& m : all.items()) {\n"
        << "    if (rt::py_eq(m->f_value, value)) return m;\n  }\n"
        << "  rt::raise(rt::ExcKind::ValueError, std::string(rt::repr(value).view()) + "
        << cpp_string_literal(" is not a valid " + cls.name) << ");\n}\n";
  }

  void emit_class_constants(std::ostringstream& out, size_t c) {
    for (const auto& [name, init] : typed_.classes[c].constants) {
      const types::Instance& in = typed_.instances[init];
      std::string t = type(in.result);
      out << "// The class constant " << program_.classes[c].name << "." << name
          << ", computed once.\n"
          << "static const " << t << "& " << constant_function(c, name) << "() {\n"
          << "  static const " << t << " value = []() -> " << t << " {\n";
      emit_body(out, init, 2);
      out << "  }();\n  return value;\n}\n\n";
    }
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
      case Kind::Object:
        return "rt::Object<" + class_struct(n.name) + ">";
      case Kind::Class:
        return "rt::ClassRef<" + class_struct(n.name) + ">";
      case Kind::Iterator:
        if (n.name == "generator") return "rt::Generator<" + args() + ">";
        return "auto";
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

  static std::string class_struct(const std::string& name) {
    return "class_" + cpp_identifier(name);
  }
  static std::string field_name(const std::string& name) { return cpp_identifier("f_" + name); }
  std::string constant_function(size_t c, const std::string& name) const {
    return cpp_identifier(program_.classes[c].name) + "_const_" + cpp_identifier(name);
  }
  std::string member_function(size_t c, const std::string& name) const {
    return cpp_identifier(program_.classes[c].name) + "_member_" + cpp_identifier(name);
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
    if (!f.is_generator && !ends_in_return(f, f.body)) {
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

  static std::string indent(int depth) { return std::string(static_cast<size_t>(depth) * 2, ' '); }

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
    auto dead = instance().dead_after.find(block.index());
    for (ir::InstId id : function().block(block).insts) {
      if (dead != instance().dead_after.end() && id.index() >= dead->second) return;
      emit_inst(out, id, depth);
    }
  }

  // Instructions whose value is spelled at each use instead of held in a temporary.
  bool inline_value(const ir::Inst& in) const {
    return in.op == Opcode::Const || in.op == Opcode::LoadLocal || in.op == Opcode::LoadGlobal ||
           in.op == Opcode::LoadClass;
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
        if (function().is_generator) {
          out << pad << "co_return;\n";
          return;
        }
        out << pad << "return "
            << convert(value(in.args[0]), type_of(in.args[0]), instance().result) << ";\n";
        return;
      case Opcode::Yield:
        out << pad << "co_yield "
            << convert(value(in.args[0]), type_of(in.args[0]), table_.arg(instance().result, 0))
            << ";\n";
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
      std::string iterable = value(in.args[0]);
      TypeId iterable_type = type_of(in.args[0]);
      if (iterable_type && table_.kind(iterable_type) == Kind::Class) {
        iterable = class_struct(table_.node(iterable_type).name) + "::members()";
      }
      out << pad << "for (auto&& item" << id.index() << " : " << iterable << ") {\n";
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
          if (!test.empty()) test += " || ";
          test.append("rt::is_subclass(caught").append(n).append(".kind(), rt::ExcKind::");
          test.append(kind).append(")");
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
    if (f.is_generator) {
      // The frame outlives this scope (a generator may be returned), so it holds copies
      // of what it reads, and of its arguments; rt::call_generator keeps the closure alive.
      out << pad << "auto v" << id.index() << " = [=](";
      for (size_t i = 0; i < f.params.size(); ++i) {
        out << (i ? ", " : "") << type(lambda.params[i]) << " " << local_name(f, f.params[i].local);
      }
      out << ") mutable -> " << type(lambda.result) << " {\n";
    } else {
      out << pad << "auto v" << id.index() << " = [&](";
      for (size_t i = 0; i < f.params.size(); ++i) {
        out << (i ? ", " : "") << "const " << type(lambda.params[i]) << "& "
            << local_name(f, f.params[i].local);
      }
      out << ") -> " << type(lambda.result) << " {\n";
    }
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
      case Opcode::LoadClass:
        return type(type_of(id)) + "{}";
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
      case Opcode::Narrow:
        return "rt::narrow<" + type(type_of(id)) + ">(" + value(in.args[0]) + ")";
      case Opcode::Unpack:
        if (table_.kind(type_of(in.args[0])) == Kind::Object) return value(in.args[0]);
        return "rt::unpack(" + value(in.args[0]) + ", " +
               std::to_string(std::get<int64_t>(std::get<ir::Constant>(in.payload))) + ")";
      case Opcode::Element:
        if (table_.kind(type_of(in.args[0])) == Kind::Object) {  // a NamedTuple's field
          size_t c = *class_index(type_of(in.args[0]));
          size_t i = static_cast<size_t>(std::get<int64_t>(std::get<ir::Constant>(in.payload)));
          return value(in.args[0]) + "->" + field_name(generated_fields(c).at(i));
        }
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
    bool resolved = it != instance().calls.end();
    if (target.kind == ir::CallTarget::Kind::Value &&
        !(resolved &&
          (it->second.construct >= 0 || it->second.instance >= 0 || it->second.op.op != nullptr))) {
      std::string out = value(in.args[0]) + "(";
      if (calls_nested_generator(in.args[0]))
        out = "rt::call_generator(" + value(in.args[0]) + ", ";
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
    if (r.construct >= 0) return construct_call(in, r);
    if (target.kind == ir::CallTarget::Kind::SetAttr && r.instance < 0) {
      TypeId object = type_of(in.args[0]);
      size_t c = static_cast<size_t>(r.owner_class);
      return value(in.args[0]) + "->" + field_name(r.field) + " = " +
             convert(value(in.args[1]), type_of(in.args[1]), attribute_type(c, r.field));
      (void)object;
    }
    if (r.instance >= 0) return user_call(in, r);
    if (r.constant >= 0) {
      size_t c = static_cast<size_t>(r.owner_class);
      return (is_enum(c) ? member_function(c, r.field) : constant_function(c, r.field)) + "()";
    }
    if (!r.field.empty() && r.op.op == nullptr && r.branches.empty()) {
      if (r.field == "object.__init__") return "rt::None";
      if (r.field == "__len__") {
        return "rt::Int{" +
               std::to_string(generated_fields(static_cast<size_t>(r.owner_class)).size()) + "}";
      }
      if (r.field == "__name__") {
        return interned(false, program_.classes[static_cast<size_t>(r.owner_class)].name);
      }
      return value(in.args[0]) + "->" + field_name(r.field);
    }
    if (!r.branches.empty()) return union_call(in, r, type_of(id));
    if (!r.receiver_field.empty()) {  // self.model(x): the op's receiver is the attribute
      std::vector<std::string> names;
      for (ir::InstId a : in.args) names.push_back(value(a));
      names[0] += "->" + field_name(r.receiver_field);
      return op_call(in, r.op, type_of(id), names);
    }
    if (r.op.op->name == "builtins.print") return op_call(in, r.op, type_of(id), print_args(in));
    if (prints_tensors_inside(r.op.op->name, in)) {
      return "ingot::rt::torch::in_torch_style([&] { return " + op_call(in, r.op, type_of(id), {}) +
             "; })";
    }
    return op_call(in, r.op, type_of(id), {});
  }

  bool is_torch_tensor(ir::InstId a) const {
    const TypeId t = table_.resolve(type_of(a));
    return table_.kind(t) == Kind::Native && table_.node(t).name == "torch.Tensor";
  }

  // A value that is not a torch.Tensor but holds some (list[torch.Tensor], a dataclass with
  // a tensor field): its tensors print as torch does only when told (torch.Tensor is the
  // same C++ array as numpy.ndarray, which prints as numpy does).
  bool holds_tensors(ir::InstId a) const {
    return !is_torch_tensor(a) && types::shown_arrays(table_, program_, type_of(a)).torch;
  }

  // str(x), repr(x) or format(x, spec) of a value that holds tensors.
  bool prints_tensors_inside(const std::string& op, const ir::Inst& in) const {
    static const std::set<std::string> kPrinting = {"builtins.str", "builtins.repr",
                                                    "builtins.format"};
    return kPrinting.count(op) && !in.args.empty() && holds_tensors(in.args[0]);
  }

  // print()'s arguments, a torch.Tensor or a value that holds some wrapped to print as torch
  // does.
  std::vector<std::string> print_args(const ir::Inst& in) {
    std::vector<std::string> names;
    for (ir::InstId a : in.args) {
      const bool torch = types::shown_arrays(table_, program_, type_of(a)).torch;
      names.push_back(torch ? "ingot::rt::torch::printed_as_torch(" + value(a) + ")" : value(a));
    }
    return names;
  }

  // A function value that is a nested generator function (or a generator expression).
  bool calls_nested_generator(ir::InstId function_value) const {
    TypeId t = type_of(function_value);
    if (!t || table_.kind(t) != Kind::Function) return false;
    const ir::Function& f = program_.function(ir::FuncId(table_.node(t).func));
    return f.is_generator && f.parent.valid();
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
      if (b.object_call) {
        std::string call = member_call(in, *b.object_call, names, b.arg_types);
        if (is_none_type(b.object_result)) {
          out += "        " + call + ";\n        return " +
                 convert("rt::None", b.object_result, result) + ";\n";
        } else {
          out += "        return " + convert(call, b.object_result, result) + ";\n";
        }
      } else if (b.match) {
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

  // A member read or method call on one alternative of a union (names: the visited
  // arguments, arg_types: their alternative types).
  std::string member_call(const ir::Inst& in, const types::CallResolution& r,
                          const std::vector<std::string>& names,
                          const std::vector<TypeId>& arg_types) {
    if (r.instance >= 0) return user_call(in, r, names, arg_types);
    size_t c = static_cast<size_t>(r.owner_class);
    if (r.constant >= 0) {
      return (is_enum(c) ? member_function(c, r.field) : constant_function(c, r.field)) + "()";
    }
    return names[0] + "->" + field_name(r.field);
  }

  std::string user_call(const ir::Inst& in, const types::CallResolution& r,
                        const std::vector<std::string>& names = {},
                        const std::vector<TypeId>& arg_types = {}) {
    auto arg_value = [&](int a) { return names.empty() ? value(in.args[a]) : names[a]; };
    auto arg_type = [&](int a) { return arg_types.empty() ? type_of(in.args[a]) : arg_types[a]; };
    const types::Instance& callee = typed_.instances[r.instance];
    const ir::Function& f = program_.function(callee.func);
    // Qualified where it can be: an argument from the runtime (an array) would otherwise
    // bring in the runtime's function of the same name by argument-dependent lookup.
    std::string scope = is_lambda(r.instance) ? "" : "ingot_user::";
    std::string out = scope + cpp_identifier(callee.name) + "(";
    for (size_t p = 0; p < f.params.size(); ++p) {
      out += p ? ", " : "";
      if (f.params[p].var_positional || f.params[p].var_keyword) {
        auto packed = r.packed.find(p);
        out += var_argument(in, r, f, p, callee.params[p],
                            packed == r.packed.end() ? std::vector<int>{} : packed->second);
        continue;
      }
      int a = r.user_args[p];
      if (a == 0 && !r.receiver_field.empty()) {
        out += arg_value(0) + "->" + field_name(r.receiver_field);  // self.step(x)
      } else if (a == types::CallResolution::kNewObject) {
        out += "self";
      } else if (table_.kind(callee.params[p]) == Kind::Class) {
        out += type(callee.params[p]) + "{}";  // a classmethod's cls
      } else if (a >= 0) {
        if (r.spread.empty()) {
          out += convert(arg_value(a), arg_type(a), callee.params[p]);
        } else {
          auto [text, from] = bound_argument(in, r, a);
          out += convert(text, from, callee.params[p]);
        }
      } else if (f.params[p].default_factory.valid()) {
        out += default_factory_call(f.params[p].default_factory, callee.params[p]);
      } else {
        out += constant(*f.params[p].default_value, callee.params[p]);
      }
    }
    return out + ")";
  }

  // Argument `a` of a user call as bound (CallResolution::spread): its C++ text and type.
  std::pair<std::string, TypeId> bound_argument(const ir::Inst& in, const types::CallResolution& r,
                                                int a) {
    if (r.spread.empty()) return {value(in.args[a]), type_of(in.args[a])};
    const types::SpreadArg& s = r.spread[a];
    TypeId type = type_of(in.args[s.arg]);
    if (s.kind != types::SpreadArg::Kind::Element) return {value(in.args[s.arg]), type};
    return {"rt::element<" + std::to_string(s.element) + ">(" + value(in.args[s.arg]) + ")",
            table_.arg(type, s.element)};
  }

  // What `*args` (a tuple) or `**kwargs` (a dict by keyword) of f's parameter p receives,
  // built in a lambda when it spreads `*xs` or `**d`.
  std::string var_argument(const ir::Inst& in, const types::CallResolution& r,
                           const ir::Function& f, size_t p, TypeId packed_type,
                           const std::vector<int>& collected) {
    const auto& keywords = std::get<ir::CallTarget>(in.payload).keywords;
    bool keyword = f.params[p].var_keyword;
    TypeId item = table_.arg(packed_type, keyword ? 1 : 0);
    std::string item_type = type(item);
    if (keyword) {
      // Each name checked against the others and against the named parameters.
      std::string named;
      for (const ir::Param& other : f.params) {
        if (other.var_positional || other.var_keyword) continue;
        named += (named.empty() ? "" : ", ") + cpp_string_literal(other.name);
      }
      std::string out = "[&] {\n      " + type(packed_type) + " kwargs;\n";
      for (int a : collected) {
        auto [text, from] = bound_argument(in, r, a);
        bool mapping = !r.spread.empty() && r.spread[a].kind == types::SpreadArg::Kind::Mapping;
        std::string name =
            mapping ? "" : interned(false, keywords[r.spread.empty() ? a : r.spread[a].arg]) + ", ";
        out.append("      rt::").append(mapping ? "add_kwargs" : "add_kwarg").append("(kwargs, ");
        out.append(name).append(text).append(", ").append(cpp_string_literal(f.name));
        out.append(", {").append(named).append("});\n");
      }
      return out + "      return kwargs;\n    }()";
    }
    std::string out = "[&] {\n      std::vector<" + item_type + "> items;\n";
    for (int a : collected) {
      auto [text, from] = bound_argument(in, r, a);
      if (!r.spread.empty() && r.spread[a].kind == types::SpreadArg::Kind::Iterable) {
        out += "      rt::extend_args(items, " + text + ");\n";
      } else {
        out += "      items.push_back(" + convert(text, from, item) + ");\n";
      }
    }
    return out + "      return " + type(packed_type) + "(std::move(items));\n    }()";
  }

  // A default computed at each call: the factory function's body, inlined in a lambda.
  std::string default_factory_call(ir::FuncId factory, TypeId as) {
    for (size_t i = 0; i < typed_.instances.size(); ++i) {
      if (typed_.instances[i].func != factory) continue;
      std::ostringstream body;
      int saved_line = last_line_;
      body << "[&]() -> " << type(typed_.instances[i].result) << " {\n";
      emit_body(body, static_cast<int32_t>(i), 3);
      body << "    }()";
      last_line_ = saved_line;
      return convert(body.str(), typed_.instances[i].result, as);
    }
    return "/* default factory not typed */";
  }

  // C(args): a new instance; plain-class attributes with a class-level default start from
  // it; then __init__ runs on it. An Enum called with a value looks the member up.
  std::string construct_call(const ir::Inst& in, const types::CallResolution& r) {
    size_t c = static_cast<size_t>(r.construct);
    std::string s = class_struct(program_.classes[c].name);
    if (is_enum(c)) return s + "::lookup(" + value(in.args[1]) + ")";
    std::string out = "rt::construct<" + s + ">([&](const rt::Object<" + s + ">& self) {";
    for (const auto& [name, t] : typed_.classes[c].attributes) {
      for (ir::ClassId k(static_cast<uint32_t>(c)); k.valid(); k = program_.cls(k).base) {
        if (!program_.cls(k).constant(name)) continue;
        if (!typed_.classes[k.index()].constants.count(name)) break;
        int32_t init = typed_.classes[k.index()].constants.at(name);
        out +=
            " self->" + field_name(name) + " = " +
            convert(constant_function(k.index(), name) + "()", typed_.instances[init].result, t) +
            ";";
        break;
      }
    }
    if (r.instance >= 0) out += " " + user_call(in, r) + ";";
    return out + " })";
  }

  std::string bound_value(const ir::Inst& in, const types::Match& m, const types::BoundArg& a,
                          const std::vector<std::string>& names) {
    if (a.arg >= 0) {
      std::string given = names.empty() ? value(in.args[a.arg]) : names[a.arg];
      // A list where the row takes a numpy array (np.mean(scores)): np.asarray's conversion.
      const types::Pattern& wanted = m.op->params[static_cast<size_t>(a.param)].type;
      if (wanted.kind == types::Pattern::Kind::Native && wanted.var == "numpy.ndarray" &&
          table_.kind(type_of(in.args[a.arg])) == Kind::List) {
        return "ingot::rt::numpy::array(" + given + ", ingot::rt::None)";
      }
      return given;
    }
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
        out += (i ? ", " : "") + bound_value(in, m, m.args[i], names);
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
        out += bound_value(in, m, a, names);
        first = false;
      }
    }
    return out;
  }

  // ---- globals and glue ---------------------------------------------------------------------

  // The embedded files (build.h): `resource("tok/tokenizer.json")` gives their bytes.
  void emit_resources(std::ostringstream& out) const {
    if (resource_keys_.empty()) return;
    out << "extern \"C\" {\n";
    for (size_t i = 0; i < resource_keys_.size(); ++i) {
      out << "extern const char ingot_resource_" << i << "[], ingot_resource_" << i << "_end[];\n";
    }
    out << "}\n\n// The bytes of an embedded file, by its key (\"GLOBAL/FILE\"); empty if none.\n"
        << "[[maybe_unused]] static std::string_view resource(std::string_view key) {\n";
    for (size_t i = 0; i < resource_keys_.size(); ++i) {
      std::string begin = "ingot_resource_" + std::to_string(i);
      out << "  if (key == " << cpp_string_literal(resource_keys_[i]) << ") return {" << begin
          << ", static_cast<size_t>(" << begin << "_end - " << begin << ")};\n";
    }
    out << "  return {};\n}\n\n";
  }

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

  std::optional<size_t> class_index(TypeId t) const {
    for (size_t c = 0; c < program_.classes.size(); ++c) {
      if (program_.classes[c].name == table_.node(t).name) return c;
    }
    return std::nullopt;
  }

  // The class of an Enum type, if it is one.
  std::optional<size_t> enum_class(TypeId t) const {
    if (table_.kind(t) != Kind::Object) return std::nullopt;
    for (size_t c = 0; c < program_.classes.size(); ++c) {
      if (program_.classes[c].name == table_.node(t).name && is_enum(c)) return c;
    }
    return std::nullopt;
  }

  // The C++ type a parameter crosses the ABI as: an Enum as its members' value type.
  std::string abi_type(TypeId t) const {
    if (std::optional<size_t> c = enum_class(t)) return type(typed_.classes[*c].enum_value);
    return type(t);
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
    std::string fn = "ingot_user::" + cpp_identifier(entry.name);
    bool generator = table_.kind(entry.result) == Kind::Iterator &&
                     table_.node(entry.result).name == "generator";
    out << "// The artifact's entry: converts ABI values to the function's types and back.\n"
        << "static " << type(entry.result) << " run_entry(const ingot::abi::Args& args) {\n";
    for (size_t i = 0; i < f.params.size(); ++i) {
      const ir::Param& p = f.params[i];
      std::string t = abi_type(entry.params[i]);
      out << "  " << t << " arg" << i << " = ";
      if (p.default_value) {
        out << "args.has(" << i << ") ? args.get<" << t << ">(" << i << ") : " << t << "("
            << constant(*p.default_value, entry.params[i]) << ");\n";
      } else {
        out << "args.get<" << t << ">(" << i << ");\n";
      }
      if (!p.literal_values.empty()) literal_check(out, f, i, p);
    }
    out << "  return " << fn << "(";
    for (size_t i = 0; i < f.params.size(); ++i) {
      out << (i ? ", " : "");
      if (std::optional<size_t> c = enum_class(entry.params[i])) {
        // An Enum parameter arrives as a member's value (ValueError for any other).
        out << class_struct(program_.classes[*c].name) << "::lookup(arg" << i << ")";
      } else {
        out << "arg" << i;
      }
    }
    out << ");\n}\n\n"
        << "ingot::abi::ValuePtr call_entry(const ingot::abi::Args& args) {\n"
        << "  return ingot::abi::to_value(run_entry(args));\n}\n\n";
    if (generator) {
      out << "std::unique_ptr<ingot::abi::Stream> stream_entry(const ingot::abi::Args& args) {\n"
          << "  return ingot::abi::make_stream(run_entry(args));\n}\n\n";
    }
    out << "}  // namespace ingot_user\n\n";
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
          << "           .type_json = ingot::abi::type_json<" << abi_type(entry.params[i])
          << ">(),\n"
          << "           .default_json = "
          << cpp_string_literal(p.default_value ? json_of(*p.default_value) : "") << ",\n"
          << "           .choices_json = " << cpp_string_literal(json_array(p.literal_values))
          << ",\n"
          << "           .metadata_json = " << cpp_string_literal(json_array(p.metadata)) << "},\n";
    }
    out << "      },\n"
        << "      .return_annotation = " << cpp_string_literal(table_.to_string(entry.result))
        << ",\n"
        << "      .return_type_json = ingot::abi::type_json<" << type(entry.result) << ">(),\n"
        << "      .call = ingot_user::call_entry"
        << (generator ? ",\n      .stream = ingot_user::stream_entry" : "") << "};\n"
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
  const std::vector<std::string>& resource_keys_;
};

}  // namespace

std::string emit_cpp(const types::TypedProgram& typed,
                     const std::vector<std::string>& resource_keys) {
  return Emitter(typed, resource_keys).run();
}

}  // namespace ingot::emit
