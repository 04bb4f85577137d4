// ast.dump(): the exact text CPython prints, so trees can be compared with CPython's.
//
// ast.dump's rules: fields in declaration order, then the location attributes; a field
// whose value is None is left out when the field is optional (`expr?`); lists are always
// shown; values are printed with repr().
#include <unicode/uchar.h>

#include <charconv>
#include <cmath>
#include <cstdio>
#include <string>

#include "compiler/parse/literals.h"
#include "compiler/parse/parse.h"

namespace ingot::parse {

namespace {

using namespace ast;

// ---- repr() of Python values ------------------------------------------------------------

// Decodes one code point of UTF-8 / WTF-8 at `i`, advancing it.
uint32_t next_code_point(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
  uint32_t cp = extra == 0 ? c : extra == 1 ? (c & 0x1F) : extra == 2 ? (c & 0x0F) : (c & 0x07);
  ++i;
  for (int k = 0; k < extra && i < s.size(); ++k, ++i)
    cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  return cp;
}

// str.isprintable() for one code point.
bool is_printable(uint32_t cp) {
  if (cp == ' ') return true;
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  switch (u_charType(static_cast<UChar32>(cp))) {
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR:
    case U_SURROGATE:
    case U_PRIVATE_USE_CHAR:
    case U_UNASSIGNED:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
    case U_SPACE_SEPARATOR:
      return false;
    default:
      return true;
  }
}

char pick_quote(std::string_view s) {
  bool single = s.find('\'') != std::string_view::npos;
  bool dbl = s.find('"') != std::string_view::npos;
  return single && !dbl ? '"' : '\'';
}

std::string repr_str(std::string_view s) {
  char quote = pick_quote(s);
  std::string out(1, quote);
  char buf[16];
  for (size_t i = 0; i < s.size();) {
    uint32_t cp = next_code_point(s, i);
    if (cp == static_cast<uint32_t>(quote) || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (cp < 0x20 || cp == 0x7F) {
      snprintf(buf, sizeof buf, "\\x%02x", cp);
      out += buf;
    } else if (cp < 0x7F) {
      out += static_cast<char>(cp);
    } else if (is_printable(cp)) {
      append_utf8(out, cp);
    } else {
      if (cp <= 0xFF) {
        snprintf(buf, sizeof buf, "\\x%02x", cp);
      } else if (cp <= 0xFFFF) {
        snprintf(buf, sizeof buf, "\\u%04x", cp);
      } else {
        snprintf(buf, sizeof buf, "\\U%08x", cp);
      }
      out += buf;
    }
  }
  out += quote;
  return out;
}

std::string repr_bytes(std::string_view s) {
  char quote = pick_quote(s);
  std::string out = "b";
  out += quote;
  char buf[8];
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += ch;
    }
  }
  out += quote;
  return out;
}

// float.__repr__: the shortest round-tripping digits, in CPython's 'r' format.
std::string repr_float(double value, bool add_dot_zero) {
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  if (std::isnan(value)) return "nan";
  if (value == 0)
    return std::signbit(value) ? (add_dot_zero ? "-0.0" : "-0") : (add_dot_zero ? "0.0" : "0");
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
  (void)ec;
  std::string_view sci(buf, static_cast<size_t>(end - buf));
  std::string sign;
  if (sci.front() == '-') {
    sign = "-";
    sci.remove_prefix(1);
  }
  size_t e = sci.find('e');
  std::string digits;
  for (char c : sci.substr(0, e))
    if (c != '.') digits += c;
  int exponent = std::stoi(std::string(sci.substr(e + 1)));
  int decpt = exponent + 1;
  std::string out = sign;
  if (decpt <= -4 || decpt > 16) {
    out += digits[0];
    if (digits.size() > 1) out += "." + digits.substr(1);
    snprintf(buf, sizeof buf, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
    out += buf;
  } else if (decpt <= 0) {
    out += "0." + std::string(static_cast<size_t>(-decpt), '0') + digits;
  } else if (static_cast<size_t>(decpt) >= digits.size()) {
    out += digits + std::string(static_cast<size_t>(decpt) - digits.size(), '0');
    if (add_dot_zero) out += ".0";
  } else {
    out += digits.substr(0, static_cast<size_t>(decpt)) + "." +
           digits.substr(static_cast<size_t>(decpt));
  }
  return out;
}

std::string repr_constant(const ConstantValue& value) {
  return std::visit(
      Overloaded{
          [](NoneType) -> std::string { return "None"; },
          [](EllipsisType) -> std::string { return "Ellipsis"; },
          [](bool b) -> std::string { return b ? "True" : "False"; },
          [](const Int& i) -> std::string { return i.decimal; },
          [](double d) -> std::string { return repr_float(d, true); },
          [](const Complex& c) -> std::string { return repr_float(c.imag, false) + "j"; },
          [](const Str& s) -> std::string { return repr_str(s.utf8); },
          [](const Bytes& b) -> std::string { return repr_bytes(b.data); },
      },
      value);
}

// ---- the tree ---------------------------------------------------------------------------

class Dumper {
 public:
  Dumper(const Module& module, const DumpOptions& options) : m_(module), options_(options) {}

  std::string run() {
    out_ += "Module(body=";
    stmts(m_.body);
    out_ += ", type_ignores=[])";
    return std::move(out_);
  }

 private:
  // A node is written as `Name(` fields... attributes `)`; `first_` tracks the commas.
  void open(const char* name) {
    out_ += name;
    out_ += '(';
    first_ = true;
  }
  void close() {
    out_ += ')';
    first_ = false;
  }
  void field(const char* name) {
    if (!first_) out_ += ", ";
    out_ += name;
    out_ += '=';
    first_ = true;  // the value is written next; it resets `first_` when it closes
  }
  void after_value() { first_ = false; }
  void attributes(const Loc& loc) {
    if (!options_.include_attributes) return;
    char buf[96];
    snprintf(buf, sizeof buf, "%slineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d",
             first_ ? "" : ", ", loc.line, loc.col, loc.end_line, loc.end_col);
    out_ += buf;
    first_ = false;
  }

  void raw(const std::string& text) {
    out_ += text;
    after_value();
  }
  void str(std::string_view s) { raw(repr_str(s)); }
  void integer(int value) { raw(std::to_string(value)); }

  void expr(ExprId id) {
    if (!id) return raw("None");
    write_expr(m_.expr(id));
    after_value();
  }
  void opt_expr(const char* name, ExprId id) {
    if (!id) return;
    field(name);
    expr(id);
  }
  void opt_str(const char* name, const std::optional<std::string>& s) {
    if (!s) return;
    field(name);
    str(*s);
  }

  template <typename T, typename F>
  void list(const std::vector<T>& items, F each) {
    out_ += '[';
    for (size_t i = 0; i < items.size(); ++i) {
      if (i) out_ += ", ";
      first_ = true;
      each(items[i]);
    }
    out_ += ']';
    after_value();
  }
  void exprs(const ExprList& ids) {
    list(ids, [&](ExprId id) { expr(id); });
  }
  void stmts(const StmtList& ids) {
    list(ids, [&](StmtId id) { stmt(id); });
  }
  void patterns(const PatternList& ids) {
    list(ids, [&](PatternId id) { pattern(id); });
  }
  void names(const std::vector<std::string>& items) {
    list(items, [&](const std::string& s) { str(s); });
  }
  void empty_node(const char* name) {
    out_ += name;
    out_ += "()";
    after_value();
  }
  void ctx(ExprContext c) {
    field("ctx");
    empty_node(name(c));
  }

  void type_params(const std::vector<type_param>& params) {
    if (options_.minor_version <= 11) return;
    field("type_params");
    list(params, [&](const type_param& p) {
      std::visit(Overloaded{
                     [&](const TypeVar& t) {
                       open("TypeVar");
                       field("name");
                       str(t.name);
                       opt_expr("bound", t.bound);
                     },
                     [&](const ParamSpec& t) {
                       open("ParamSpec");
                       field("name");
                       str(t.name);
                     },
                     [&](const TypeVarTuple& t) {
                       open("TypeVarTuple");
                       field("name");
                       str(t.name);
                     },
                 },
                 p.node);
      attributes(p.loc);
      close();
      after_value();
    });
  }

  void write_arg(const arg& a) {
    open("arg");
    field("arg");
    str(a.arg);
    opt_expr("annotation", a.annotation);
    opt_str("type_comment", a.type_comment);
    attributes(a.loc);
    close();
    after_value();
  }

  void write_arguments(const arguments& a) {
    open("arguments");
    field("posonlyargs");
    list(a.posonlyargs, [&](const arg& x) { write_arg(x); });
    field("args");
    list(a.args, [&](const arg& x) { write_arg(x); });
    if (a.vararg) {
      field("vararg");
      write_arg(*a.vararg);
    }
    field("kwonlyargs");
    list(a.kwonlyargs, [&](const arg& x) { write_arg(x); });
    field("kw_defaults");
    exprs(a.kw_defaults);
    if (a.kwarg) {
      field("kwarg");
      write_arg(*a.kwarg);
    }
    field("defaults");
    exprs(a.defaults);
    close();
    after_value();
  }

  void write_keywords(const std::vector<keyword>& keywords) {
    list(keywords, [&](const keyword& k) {
      open("keyword");
      opt_str("arg", k.arg);
      field("value");
      expr(k.value);
      attributes(k.loc);
      close();
      after_value();
    });
  }

  void write_aliases(const std::vector<alias>& aliases) {
    list(aliases, [&](const alias& a) {
      open("alias");
      field("name");
      str(a.name);
      opt_str("asname", a.asname);
      attributes(a.loc);
      close();
      after_value();
    });
  }

  void write_generators(const std::vector<comprehension>& generators) {
    list(generators, [&](const comprehension& c) {
      open("comprehension");
      field("target");
      expr(c.target);
      field("iter");
      expr(c.iter);
      field("ifs");
      exprs(c.ifs);
      field("is_async");
      integer(c.is_async);
      close();
      after_value();
    });
  }

  void write_handlers(const std::vector<ExceptHandler>& handlers) {
    list(handlers, [&](const ExceptHandler& h) {
      open("ExceptHandler");
      opt_expr("type", h.type);
      opt_str("name", h.name);
      field("body");
      stmts(h.body);
      attributes(h.loc);
      close();
      after_value();
    });
  }

  void write_withitems(const std::vector<withitem>& items) {
    list(items, [&](const withitem& w) {
      open("withitem");
      field("context_expr");
      expr(w.context_expr);
      opt_expr("optional_vars", w.optional_vars);
      close();
      after_value();
    });
  }

  template <typename Def>
  void function_def(const char* name, const Def& f) {
    open(name);
    field("name");
    str(f.name);
    field("args");
    write_arguments(f.args);
    field("body");
    stmts(f.body);
    field("decorator_list");
    exprs(f.decorator_list);
    opt_expr("returns", f.returns);
    opt_str("type_comment", f.type_comment);
    type_params(f.type_params);
  }

  template <typename F>
  void for_loop(const char* name, const F& f) {
    open(name);
    field("target");
    expr(f.target);
    field("iter");
    expr(f.iter);
    field("body");
    stmts(f.body);
    field("orelse");
    stmts(f.orelse);
    opt_str("type_comment", f.type_comment);
  }

  template <typename W>
  void with_stmt(const char* name, const W& w) {
    open(name);
    field("items");
    write_withitems(w.items);
    field("body");
    stmts(w.body);
    opt_str("type_comment", w.type_comment);
  }

  template <typename T>
  void try_stmt(const char* name, const T& t) {
    open(name);
    field("body");
    stmts(t.body);
    field("handlers");
    write_handlers(t.handlers);
    field("orelse");
    stmts(t.orelse);
    field("finalbody");
    stmts(t.finalbody);
  }

  void stmt(StmtId id) {
    const StmtNode& s = m_.stmt(id);
    std::visit(Overloaded{
                   [&](const FunctionDef& f) { function_def("FunctionDef", f); },
                   [&](const AsyncFunctionDef& f) { function_def("AsyncFunctionDef", f); },
                   [&](const ClassDef& c) {
                     open("ClassDef");
                     field("name");
                     str(c.name);
                     field("bases");
                     exprs(c.bases);
                     field("keywords");
                     write_keywords(c.keywords);
                     field("body");
                     stmts(c.body);
                     field("decorator_list");
                     exprs(c.decorator_list);
                     type_params(c.type_params);
                   },
                   [&](const Return& r) {
                     open("Return");
                     opt_expr("value", r.value);
                   },
                   [&](const Delete& d) {
                     open("Delete");
                     field("targets");
                     exprs(d.targets);
                   },
                   [&](const Assign& a) {
                     open("Assign");
                     field("targets");
                     exprs(a.targets);
                     field("value");
                     expr(a.value);
                     opt_str("type_comment", a.type_comment);
                   },
                   [&](const TypeAlias& t) {
                     open("TypeAlias");
                     field("name");
                     expr(t.name);
                     type_params(t.type_params);
                     field("value");
                     expr(t.value);
                   },
                   [&](const AugAssign& a) {
                     open("AugAssign");
                     field("target");
                     expr(a.target);
                     field("op");
                     empty_node(name(a.op));
                     field("value");
                     expr(a.value);
                   },
                   [&](const AnnAssign& a) {
                     open("AnnAssign");
                     field("target");
                     expr(a.target);
                     field("annotation");
                     expr(a.annotation);
                     opt_expr("value", a.value);
                     field("simple");
                     integer(a.simple);
                   },
                   [&](const For& f) { for_loop("For", f); },
                   [&](const AsyncFor& f) { for_loop("AsyncFor", f); },
                   [&](const While& w) {
                     open("While");
                     field("test");
                     expr(w.test);
                     field("body");
                     stmts(w.body);
                     field("orelse");
                     stmts(w.orelse);
                   },
                   [&](const If& i) {
                     open("If");
                     field("test");
                     expr(i.test);
                     field("body");
                     stmts(i.body);
                     field("orelse");
                     stmts(i.orelse);
                   },
                   [&](const With& w) { with_stmt("With", w); },
                   [&](const AsyncWith& w) { with_stmt("AsyncWith", w); },
                   [&](const Match& mt) {
                     open("Match");
                     field("subject");
                     expr(mt.subject);
                     field("cases");
                     list(mt.cases, [&](const match_case& c) {
                       open("match_case");
                       field("pattern");
                       pattern(c.pattern);
                       opt_expr("guard", c.guard);
                       field("body");
                       stmts(c.body);
                       close();
                       after_value();
                     });
                   },
                   [&](const Raise& r) {
                     open("Raise");
                     opt_expr("exc", r.exc);
                     opt_expr("cause", r.cause);
                   },
                   [&](const Try& t) { try_stmt("Try", t); },
                   [&](const TryStar& t) { try_stmt("TryStar", t); },
                   [&](const Assert& a) {
                     open("Assert");
                     field("test");
                     expr(a.test);
                     opt_expr("msg", a.msg);
                   },
                   [&](const Import& i) {
                     open("Import");
                     field("names");
                     write_aliases(i.names);
                   },
                   [&](const ImportFrom& i) {
                     open("ImportFrom");
                     opt_str("module", i.module);
                     field("names");
                     write_aliases(i.names);
                     field("level");
                     integer(i.level);
                   },
                   [&](const Global& g) {
                     open("Global");
                     field("names");
                     names(g.names);
                   },
                   [&](const Nonlocal& n) {
                     open("Nonlocal");
                     field("names");
                     names(n.names);
                   },
                   [&](const ast::Expr& e) {
                     open("Expr");
                     field("value");
                     expr(e.value);
                   },
                   [&](const Pass&) { open("Pass"); },
                   [&](const Break&) { open("Break"); },
                   [&](const Continue&) { open("Continue"); },
               },
               s.node);
    attributes(s.loc);
    close();
    after_value();
  }

  template <typename C>
  void comp(const char* name, const C& c) {
    open(name);
    field("elt");
    expr(c.elt);
    field("generators");
    write_generators(c.generators);
  }

  template <typename T>
  void sequence(const char* name, const T& t) {
    open(name);
    field("elts");
    exprs(t.elts);
    ctx(t.ctx);
  }

  void write_expr(const ExprNode& e) {
    std::visit(Overloaded{
                   [&](const BoolOp& b) {
                     open("BoolOp");
                     field("op");
                     empty_node(name(b.op));
                     field("values");
                     exprs(b.values);
                   },
                   [&](const NamedExpr& n) {
                     open("NamedExpr");
                     field("target");
                     expr(n.target);
                     field("value");
                     expr(n.value);
                   },
                   [&](const BinOp& b) {
                     open("BinOp");
                     field("left");
                     expr(b.left);
                     field("op");
                     empty_node(name(b.op));
                     field("right");
                     expr(b.right);
                   },
                   [&](const UnaryOp& u) {
                     open("UnaryOp");
                     field("op");
                     empty_node(name(u.op));
                     field("operand");
                     expr(u.operand);
                   },
                   [&](const Lambda& l) {
                     open("Lambda");
                     field("args");
                     write_arguments(l.args);
                     field("body");
                     expr(l.body);
                   },
                   [&](const IfExp& i) {
                     open("IfExp");
                     field("test");
                     expr(i.test);
                     field("body");
                     expr(i.body);
                     field("orelse");
                     expr(i.orelse);
                   },
                   [&](const Dict& d) {
                     open("Dict");
                     field("keys");
                     exprs(d.keys);
                     field("values");
                     exprs(d.values);
                   },
                   [&](const Set& s) {
                     open("Set");
                     field("elts");
                     exprs(s.elts);
                   },
                   [&](const ListComp& c) { comp("ListComp", c); },
                   [&](const SetComp& c) { comp("SetComp", c); },
                   [&](const GeneratorExp& c) { comp("GeneratorExp", c); },
                   [&](const DictComp& c) {
                     open("DictComp");
                     field("key");
                     expr(c.key);
                     field("value");
                     expr(c.value);
                     field("generators");
                     write_generators(c.generators);
                   },
                   [&](const Await& a) {
                     open("Await");
                     field("value");
                     expr(a.value);
                   },
                   [&](const Yield& y) {
                     open("Yield");
                     opt_expr("value", y.value);
                   },
                   [&](const YieldFrom& y) {
                     open("YieldFrom");
                     field("value");
                     expr(y.value);
                   },
                   [&](const Compare& c) {
                     open("Compare");
                     field("left");
                     expr(c.left);
                     field("ops");
                     list(c.ops, [&](CmpOperator op) { empty_node(name(op)); });
                     field("comparators");
                     exprs(c.comparators);
                   },
                   [&](const Call& c) {
                     open("Call");
                     field("func");
                     expr(c.func);
                     field("args");
                     exprs(c.args);
                     field("keywords");
                     write_keywords(c.keywords);
                   },
                   [&](const FormattedValue& f) {
                     open("FormattedValue");
                     field("value");
                     expr(f.value);
                     field("conversion");
                     integer(f.conversion);
                     opt_expr("format_spec", f.format_spec);
                   },
                   [&](const JoinedStr& j) {
                     open("JoinedStr");
                     field("values");
                     exprs(j.values);
                   },
                   [&](const Constant& c) {
                     open("Constant");
                     field("value");
                     raw(repr_constant(c.value));
                     opt_str("kind", c.kind);
                   },
                   [&](const Attribute& a) {
                     open("Attribute");
                     field("value");
                     expr(a.value);
                     field("attr");
                     str(a.attr);
                     ctx(a.ctx);
                   },
                   [&](const Subscript& s) {
                     open("Subscript");
                     field("value");
                     expr(s.value);
                     field("slice");
                     expr(s.slice);
                     ctx(s.ctx);
                   },
                   [&](const Starred& s) {
                     open("Starred");
                     field("value");
                     expr(s.value);
                     ctx(s.ctx);
                   },
                   [&](const Name& n) {
                     open("Name");
                     field("id");
                     str(n.id);
                     ctx(n.ctx);
                   },
                   [&](const List& l) { sequence("List", l); },
                   [&](const Tuple& t) { sequence("Tuple", t); },
                   [&](const Slice& s) {
                     open("Slice");
                     opt_expr("lower", s.lower);
                     opt_expr("upper", s.upper);
                     opt_expr("step", s.step);
                   },
               },
               e.node);
    attributes(e.loc);
    close();
  }

  void pattern(PatternId id) {
    const PatternNode& p = m_.pattern(id);
    std::visit(Overloaded{
                   [&](const MatchValue& v) {
                     open("MatchValue");
                     field("value");
                     expr(v.value);
                   },
                   [&](const MatchSingleton& s) {
                     open("MatchSingleton");
                     field("value");
                     raw(repr_constant(s.value));
                   },
                   [&](const MatchSequence& s) {
                     open("MatchSequence");
                     field("patterns");
                     patterns(s.patterns);
                   },
                   [&](const MatchMapping& mm) {
                     open("MatchMapping");
                     field("keys");
                     exprs(mm.keys);
                     field("patterns");
                     patterns(mm.patterns);
                     opt_str("rest", mm.rest);
                   },
                   [&](const MatchClass& c) {
                     open("MatchClass");
                     field("cls");
                     expr(c.cls);
                     field("patterns");
                     patterns(c.patterns);
                     field("kwd_attrs");
                     names(c.kwd_attrs);
                     field("kwd_patterns");
                     patterns(c.kwd_patterns);
                   },
                   [&](const MatchStar& s) {
                     open("MatchStar");
                     opt_str("name", s.name);
                   },
                   [&](const MatchAs& a) {
                     open("MatchAs");
                     if (a.pattern) {
                       field("pattern");
                       pattern(a.pattern);
                     }
                     opt_str("name", a.name);
                   },
                   [&](const MatchOr& o) {
                     open("MatchOr");
                     field("patterns");
                     patterns(o.patterns);
                   },
               },
               p.node);
    attributes(p.loc);
    close();
    after_value();
  }

  const Module& m_;
  DumpOptions options_;
  std::string out_;
  bool first_ = true;
};

}  // namespace

std::string dump_on_this_thread(const ast::Module& module, const DumpOptions& options) {
  return Dumper(module, options).run();
}

}  // namespace ingot::parse
