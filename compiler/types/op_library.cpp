#include "compiler/types/op_library.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <stdexcept>

namespace ingot::types {

// ---------------------------------------------------------------------------------------
// Reading a row's signature.

namespace {

class SignatureParser {
 public:
  explicit SignatureParser(std::string_view text) : text_(text) {}

  void parse(Op& op) {
    if (take("property ")) {  // an attribute of a value: "property (self: re.Match) -> str"
      op.attribute = true;
      parse_call(op);
      return;
    }
    if (!peek("(")) {  // an attribute: "-> float"
      expect("->");
      op.attribute = true;
      op.result = type();
      end();
      return;
    }
    parse_call(op);
  }

 private:
  void parse_call(Op& op) {
    expect("(");
    bool keyword_only = false;
    while (!peek(")")) {
      OpParam p;
      if (take("**")) {
        p.double_star = true;
        p.keyword_only = true;
      } else if (take("*")) {
        if (peek(",")) {  // a bare `*`: what follows is keyword-only
          keyword_only = true;
          expect(",");
          continue;
        }
        p.star = true;
        keyword_only = true;
      } else {
        p.keyword_only = keyword_only;
      }
      p.name = identifier();
      expect(":");
      p.type = type();
      if (take("=")) p.default_value = constant();
      op.params.push_back(std::move(p));
      if (!take(",")) break;
    }
    expect(")");
    expect("->");
    op.result = type();
    end();
  }

  void skip_space() {
    while (pos_ < text_.size() && text_[pos_] == ' ') ++pos_;
  }
  bool peek(std::string_view token) {
    skip_space();
    return text_.substr(pos_, token.size()) == token;
  }
  bool take(std::string_view token) {
    if (!peek(token)) return false;
    pos_ += token.size();
    return true;
  }
  void expect(std::string_view token) {
    if (!take(token)) fail("expected '" + std::string(token) + "'");
  }
  void end() {
    skip_space();
    if (pos_ != text_.size()) fail("unexpected text at the end");
  }
  [[noreturn]] void fail(const std::string& why) {
    throw std::invalid_argument("op signature '" + std::string(text_) + "': " + why + " at " +
                                std::to_string(pos_));
  }
  std::string identifier() {
    skip_space();
    size_t begin = pos_;
    while (pos_ < text_.size() &&
           (std::isalnum(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '_')) {
      ++pos_;
    }
    if (begin == pos_) fail("expected a name");
    return std::string(text_.substr(begin, pos_ - begin));
  }

  Pattern type() {
    Pattern p = simple_type();
    if (take("|")) {
      if (take("None")) {
        Pattern optional{Pattern::Kind::Optional};
        optional.args.push_back(std::move(p));
        return optional;
      }
      Pattern either{Pattern::Kind::Union};
      either.args.push_back(std::move(p));
      either.args.push_back(type());
      return either;
    }
    return p;
  }

  Pattern simple_type() {
    static const std::map<std::string, Kind> kExact = {
        {"None", Kind::None},
        {"bool", Kind::Bool},
        {"int", Kind::Int},
        {"float", Kind::Float},
        {"str", Kind::Str},
        {"bytes", Kind::Bytes},
        {"list", Kind::List},
        {"dict", Kind::Dict},
        {"set", Kind::Set},
        {"tuple", Kind::Tuple},
        {"exception", Kind::Exception},
    };
    static const std::set<std::string> kIterators = {
        "range",      "enumerate",   "zip",        "reversed",  "dict_keys",    "dict_values",
        "dict_items", "map",         "filter",     "finditer",  "chain",        "islice",
        "product",    "zip_longest", "accumulate", "groupby",   "combinations", "permutations",
        "pairwise",   "repeat",      "takewhile",  "dropwhile", "count",        "generator"};
    std::string name = identifier();
    Pattern p;
    if (peek(".")) {  // a library class: re.Pattern
      while (take(".")) name += "." + identifier();
      p.kind = Pattern::Kind::Native;
      p.var = name;
    } else if (auto it = kExact.find(name); it != kExact.end()) {
      p.kind = Pattern::Kind::Exact;
      p.exact = it->second;
    } else if (name == "object") {
      p.kind = Pattern::Kind::Object;
    } else if (name == "sized") {
      p.kind = Pattern::Kind::Sized;
    } else if (name == "number") {
      p.kind = Pattern::Kind::Number;
    } else if (name == "iterable") {
      p.kind = Pattern::Kind::Iterable;
    } else if (kIterators.count(name)) {
      p.kind = Pattern::Kind::Iter;
      p.var = name;
    } else if (name == "callable") {
      p.kind = Pattern::Kind::Callable;
    } else if (name.size() == 1 && std::isupper(static_cast<unsigned char>(name[0]))) {
      p.kind = Pattern::Kind::Var;
      p.var = name;
      return p;
    } else {
      fail("unknown type '" + name + "'");
    }
    if (take("[") && !take("]")) {  // callable[] -> R takes no argument
      do {
        if (take("...")) {  // tuple[T, ...]
          p.exact = Kind::TupleOf;
          break;
        }
        p.args.push_back(type());
      } while (take(","));
      expect("]");
    }
    if (p.kind == Pattern::Kind::Callable) {
      expect("->");
      p.args.push_back(type());
    }
    return p;
  }

  ir::Constant constant() {
    skip_space();
    if (take("None")) return ast::NoneType{};
    if (take("True")) return true;
    if (take("False")) return false;
    if (take("\"")) {
      std::string s;
      while (pos_ < text_.size() && text_[pos_] != '"') {
        if (text_[pos_] == '\\' && pos_ + 1 < text_.size()) {
          ++pos_;
          s += text_[pos_] == 'n' ? '\n' : text_[pos_] == 't' ? '\t' : text_[pos_];
        } else {
          s += text_[pos_];
        }
        ++pos_;
      }
      expect("\"");
      return ast::Str{s};
    }
    size_t begin = pos_;
    if (pos_ < text_.size() && text_[pos_] == '-') ++pos_;
    bool is_float = false;
    while (pos_ < text_.size() &&
           (std::isdigit(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '.')) {
      is_float |= text_[pos_] == '.';
      ++pos_;
    }
    std::string number(text_.substr(begin, pos_ - begin));
    if (number.empty() || number == "-") fail("expected a default value");
    if (is_float) return std::stod(number);
    return static_cast<int64_t>(std::stoll(number));
  }

  std::string_view text_;
  size_t pos_ = 0;
};

// ---------------------------------------------------------------------------------------
// Matching argument types against a row.

enum class Mode {
  Check,   // decide whether the row fits, changing nothing
  Commit,  // the row fits: bind the table's variables for real
};

class Matcher {
 public:
  Matcher(TypeTable& table, CallContext& context, Mode mode, bool promote, bool array_likes)
      : table_(table),
        context_(context),
        mode_(mode),
        promote_(promote),
        array_likes_(array_likes) {}

  bool match(const Pattern& p, TypeId actual) {
    // Only range and the dict views have a len(); every other iterator does not.
    static const std::set<std::string> kSized = {"range", "dict_keys", "dict_values", "dict_items"};
    actual = table_.resolve(actual);
    Kind k = table_.kind(actual);
    switch (p.kind) {
      case Pattern::Kind::Object:
        return true;
      case Pattern::Kind::Number:
        return k == Kind::Int || k == Kind::Float || k == Kind::Bool;
      case Pattern::Kind::Sized:
        return k == Kind::Str || k == Kind::Bytes || k == Kind::List || k == Kind::Dict ||
               k == Kind::Set || k == Kind::Tuple || k == Kind::TupleOf ||
               (k == Kind::Iterator && kSized.count(table_.node(actual).name)) ||
               (k == Kind::Native && is_sized_library_class(table_.node(actual).name));
      case Pattern::Kind::Var:
        return bind(p.var, actual);
      case Pattern::Kind::Iterable: {
        TypeId item = item_type(actual);
        return item.valid() && (p.args.empty() || match(p.args[0], item));
      }
      case Pattern::Kind::Union:  // each alternative of the actual type is one of the pattern's
        for (TypeId alt : table_.alternatives(actual)) {
          if (!match(p.args[0], alt) && !match(p.args[1], alt)) return false;
        }
        return true;
      case Pattern::Kind::Optional:
        if (k == Kind::None) return true;
        if (k == Kind::Optional) return match(p.args[0], table_.arg(actual, 0));
        return match(p.args[0], actual);
      case Pattern::Kind::Callable: {
        if (k != Kind::Function) return false;
        if (mode_ == Mode::Check) return true;
        std::vector<TypeId> args;  // every pattern argument but the last, the result
        for (size_t i = 0; i + 1 < p.args.size(); ++i) args.push_back(instantiate(p.args[i]));
        TypeId result = context_.call_function(actual, args);
        return result.valid() && match(p.args.back(), result);
      }
      case Pattern::Kind::Exact:
        return exact(p, actual, k);
      case Pattern::Kind::Iter: {
        if (k != Kind::Iterator || table_.node(actual).name != p.var) return false;
        // generator[T] binds T to the items (the other iterators' rows name no items).
        std::vector<TypeId> items = table_.node(actual).args;
        for (size_t i = 0; i < p.args.size() && i < items.size(); ++i) {
          if (!match(p.args[i], items[i])) return false;
        }
        return true;
      }
      case Pattern::Kind::Native:
        return native(p, actual, k);
    }
    return false;
  }

  TypeId instantiate(const Pattern& p) {
    switch (p.kind) {
      case Pattern::Kind::Var: {
        auto it = bindings_.find(p.var);
        if (it != bindings_.end()) return it->second;
        TypeId fresh = table_.fresh_var();
        bindings_[p.var] = fresh;
        return fresh;
      }
      case Pattern::Kind::Optional:
        return table_.optional(instantiate(p.args[0]));
      case Pattern::Kind::Union:
        return table_.union_of({instantiate(p.args[0]), instantiate(p.args[1])});
      case Pattern::Kind::Exact: {
        std::vector<TypeId> args;
        for (const Pattern& a : p.args) args.push_back(instantiate(a));
        // A bare `list`, `set`, `dict` or `tuple[...]` pattern (any items) names no item
        // type: fresh variables stand for them.
        const size_t wanted = p.exact == Kind::Dict ? 2 : 1;
        if (args.empty() && (p.exact == Kind::List || p.exact == Kind::Set ||
                             p.exact == Kind::Dict || p.exact == Kind::TupleOf)) {
          while (args.size() < wanted) args.push_back(table_.fresh_var());
        }
        switch (p.exact) {
          case Kind::None:
            return table_.none();
          case Kind::Bool:
            return table_.boolean();
          case Kind::Int:
            return table_.integer();
          case Kind::Float:
            return table_.floating();
          case Kind::Str:
            return table_.str();
          case Kind::Bytes:
            return table_.bytes();
          case Kind::Exception:
            return table_.exception();
          case Kind::List:
            return table_.list(args.at(0));
          case Kind::Set:
            return table_.set(args.at(0));
          case Kind::Dict:
            return table_.dict(args.at(0), args.at(1));
          case Kind::Tuple:
            return table_.tuple(args);
          case Kind::TupleOf:
            return table_.tuple_of(args.at(0));
          default:
            break;
        }
        break;
      }
      case Pattern::Kind::Iter: {
        std::vector<TypeId> args;
        for (const Pattern& a : p.args) args.push_back(instantiate(a));
        return table_.iterator(p.var, iterator_item(p.var, args));
      }
      case Pattern::Kind::Native: {
        std::vector<TypeId> args;
        for (const Pattern& a : p.args) args.push_back(instantiate(a));
        return table_.native(p.var, std::move(args));
      }
      default:
        break;
    }
    return table_.fresh_var();  // a protocol as a result: unknown until used
  }

  TypeId iterator_item(const std::string& name, const std::vector<TypeId>& args) {
    if (name == "range") return table_.integer();
    if (name == "enumerate") return table_.tuple({table_.integer(), args.at(0)});
    if (name == "zip" || name == "dict_items") return table_.tuple(args);
    return args.at(0);
  }

  TypeId item_type(TypeId t) { return table_.item_type(t); }

 private:
  bool native(const Pattern& p, TypeId actual, Kind k) {
    if (k == Kind::Var) {
      if (mode_ == Mode::Commit) table_.unify(actual, instantiate(p));
      return true;
    }
    if (k == Kind::List && array_likes_ && depth_ == 0 && is_array_like(p, actual)) return true;
    if (k == Kind::Native && promote_ && is_number_class_as_dtype(p, actual)) return true;
    if (k != Kind::Native || table_.node(actual).name != p.var) return false;
    const auto& args = table_.node(actual).args;
    ++depth_;
    for (size_t i = 0; i < p.args.size() && i < args.size(); ++i) {
      TypeId arg = args[i];  // copy: matching may grow the table
      if (!match(p.args[i], arg)) {
        --depth_;
        return false;
      }
    }
    --depth_;
    return true;
  }

  // A list of numbers (or of such lists) where numpy takes an array: numpy's functions
  // convert it as np.asarray does (the call's C++ wraps it: compiler/emit/cpp.cpp).
  bool is_array_like(const Pattern& p, TypeId list) {
    if (p.var != "numpy.ndarray") return false;
    for (TypeId t = list;;) {
      t = table_.resolve(t);
      const Kind k = table_.kind(t);
      if (k == Kind::Int || k == Kind::Float || k == Kind::Bool) return t != list;
      if (k != Kind::List) return false;
      t = table_.arg(t, 0);
    }
  }

  // numpy and torch take `float`, `int` and `bool` where they take a dtype (the runtime's
  // dtype classes convert them: python.h).
  bool is_number_class_as_dtype(const Pattern& p, TypeId actual) {
    if (p.var != "numpy.dtype" && p.var != "torch.dtype") return false;
    if (table_.node(actual).name != "builtins.type" || table_.node(actual).args.size() != 1) {
      return false;
    }
    const Kind item = table_.kind(table_.resolve(table_.node(actual).args[0]));
    return item == Kind::Int || item == Kind::Float || item == Kind::Bool;
  }

  bool exact(const Pattern& p, TypeId actual, Kind k) {
    if (k == Kind::Var) {
      // Not known yet: an empty container's element, say. It fits any pattern, and takes
      // the pattern's type when the row is chosen.
      if (mode_ == Mode::Commit) table_.unify(actual, instantiate(p));
      return true;
    }
    if (p.exact == Kind::Dict && k == Kind::Native && promote_) {
      // A dict subclass (Counter, defaultdict) where a dict is expected: its dict view.
      std::optional<std::vector<TypeId>> view = dict_view_args(table_, actual);
      if (!view) return false;
      ++depth_;
      bool ok = p.args.empty() || (match(p.args[0], (*view)[0]) && match(p.args[1], (*view)[1]));
      --depth_;
      return ok;
    }
    if (p.exact == Kind::TupleOf && k == Kind::Native && promote_ &&
        table_.node(actual).name == "torch.Size") {
      // torch.Size (t.shape) where a tuple is expected: a tuple of ints, as in torch.
      return exact(p, table_.tuple_of(table_.integer()), Kind::TupleOf);
    }
    if (k != p.exact) {
      if (!promote_) return false;
      bool int_for_float = p.exact == Kind::Float && (k == Kind::Int || k == Kind::Bool);
      bool bool_for_int = p.exact == Kind::Int && k == Kind::Bool;
      return (int_for_float || bool_for_int) && p.args.empty();
    }
    const auto& args = table_.node(actual).args;
    if (p.exact == Kind::Tuple && !p.args.empty() && p.args.size() != args.size()) return false;
    ++depth_;  // inside a container: items must match exactly, they are not converted
    for (size_t i = 0; i < p.args.size() && i < args.size(); ++i) {
      TypeId arg = args[i];  // copy: matching may grow the table
      if (!match(p.args[i], arg)) {
        --depth_;
        return false;
      }
    }
    --depth_;
    return true;
  }

  bool bind(const std::string& var, TypeId actual) {
    auto it = bindings_.find(var);
    if (it == bindings_.end()) {
      bindings_[var] = actual;
      return true;
    }
    if (mode_ == Mode::Commit) {
      if (depth_ > 0) return table_.unify(it->second, actual);
      TypeId joined = table_.join(it->second, actual);
      if (!joined.valid()) return false;
      it->second = joined;
      return true;
    }
    return compatible(it->second, actual, depth_ == 0);
  }

  // Whether two types can be the same type variable's: equal, or (at the top level only:
  // containers do not convert their items) one a member of the other's union.
  bool compatible(TypeId a, TypeId b, bool top = true) {
    a = table_.resolve(a);
    b = table_.resolve(b);
    if (a == b) return true;
    Kind ka = table_.kind(a), kb = table_.kind(b);
    if (ka == Kind::Var || kb == Kind::Var) return true;
    if (!top) {
      const TypeNode& na = table_.node(a);
      const TypeNode& nb = table_.node(b);
      if (ka != kb || na.name != nb.name || na.func != nb.func ||
          na.args.size() != nb.args.size()) {
        return false;
      }
      for (size_t i = 0; i < na.args.size(); ++i) {
        if (!compatible(na.args[i], nb.args[i], false)) return false;
      }
      return true;
    }
    // A value of one of a union's alternatives fits where the union is expected.
    if (ka == Kind::Union || kb == Kind::Union) {
      std::vector<TypeId> wide = table_.alternatives(ka == Kind::Union ? a : b);
      for (TypeId alt : table_.alternatives(ka == Kind::Union ? b : a)) {
        bool found = false;
        for (TypeId w : wide) found |= table_.deep_resolve(w) == table_.deep_resolve(alt);
        if (!found) return false;
      }
      return true;
    }
    if (ka == Kind::None && kb == Kind::Optional) return true;
    if (kb == Kind::None && ka == Kind::Optional) return true;
    if (ka == Kind::Optional && kb != Kind::Optional) return compatible(table_.arg(a, 0), b);
    if (kb == Kind::Optional && ka != Kind::Optional) return compatible(a, table_.arg(b, 0));
    const TypeNode& na = table_.node(a);
    const TypeNode& nb = table_.node(b);
    if (ka != kb || na.name != nb.name || na.func != nb.func || na.args.size() != nb.args.size()) {
      return false;
    }
    for (size_t i = 0; i < na.args.size(); ++i) {
      if (!compatible(na.args[i], nb.args[i], false)) return false;
    }
    return true;
  }

  TypeTable& table_;
  CallContext& context_;
  Mode mode_;
  bool promote_;
  bool array_likes_;  // a list of numbers may stand for a numpy.ndarray (numpy's functions)
  std::map<std::string, TypeId> bindings_;
  int depth_ = 0;  // how deep inside a container pattern the match is
};

// Assigns each argument to a parameter, Python's way. Returns, per parameter, the argument
// indexes it takes (a star parameter takes several), or nullopt if the call does not fit.
std::optional<std::vector<std::vector<int>>> bind_arguments(
    const Op& op, const std::vector<std::string>& keywords) {
  std::vector<std::vector<int>> bound(op.params.size());
  size_t next = 0;
  for (size_t i = 0; i < keywords.size(); ++i) {
    if (!keywords[i].empty()) continue;
    while (next < op.params.size() && op.params[next].keyword_only && !op.params[next].star) {
      ++next;
    }
    if (next == op.params.size()) return std::nullopt;
    bound[next].push_back(static_cast<int>(i));
    if (!op.params[next].star) ++next;
  }
  for (size_t i = 0; i < keywords.size(); ++i) {
    if (keywords[i].empty()) continue;
    size_t p = 0;
    while (p < op.params.size() &&
           (op.params[p].name != keywords[i] || op.params[p].star || op.params[p].double_star)) {
      ++p;
    }
    if (p < op.params.size() && !bound[p].empty()) return std::nullopt;
    if (p == op.params.size()) {  // no parameter by that name: **kwargs takes it, if any
      p = 0;
      while (p < op.params.size() && !op.params[p].double_star) ++p;
      if (p == op.params.size()) return std::nullopt;
    }
    bound[p].push_back(static_cast<int>(i));
  }
  for (size_t p = 0; p < op.params.size(); ++p) {
    bool optional = op.params[p].star || op.params[p].double_star || op.params[p].default_value;
    if (bound[p].empty() && !optional) return std::nullopt;
  }
  return bound;
}

bool is_numpy_array(TypeTable& table, TypeId t) {
  t = table.resolve(t);
  return table.kind(t) == Kind::Native && table.node(t).name == "numpy.ndarray";
}

// Where a list of numbers stands for an array, converted as np.asarray converts it: in
// numpy's functions, and in an operator whose other operand is an array (ndarray's
// operator methods convert it). Elsewhere a list keeps Python's meaning: `[1] * 2.5` is a
// TypeError, not an array.
// An operator takes it in the first, exact pass already, ahead of the generic rows
// (`object == object`) that would otherwise take an array and a list.
bool takes_array_likes(const Op& op, const std::vector<TypeId>& args, TypeTable& table,
                       bool promote) {
  if (op.name.starts_with("numpy.")) return promote && !op.name.starts_with("numpy.ndarray.");
  if (!op.name.starts_with("operator.")) return false;
  return std::ranges::any_of(args, [&](TypeId a) { return is_numpy_array(table, a); });
}

std::optional<Match> try_row(const Op& op, const std::vector<TypeId>& args,
                             const std::vector<std::string>& keywords, TypeTable& table,
                             CallContext& context, bool promote) {
  auto bound = bind_arguments(op, keywords);
  if (!bound) return std::nullopt;
  const bool array_likes = takes_array_likes(op, args, table, promote);
  for (Mode mode : {Mode::Check, Mode::Commit}) {
    Matcher matcher(table, context, mode, promote, array_likes);
    // Function values last: `map(f, xs)` calls f with the items' type, known from xs.
    for (bool callables : {false, true}) {
      for (size_t p = 0; p < op.params.size(); ++p) {
        if ((op.params[p].type.kind == Pattern::Kind::Callable) != callables) continue;
        for (int a : (*bound)[p]) {
          // In Commit mode, a failure is a callback whose result did not fit after all.
          if (!matcher.match(op.params[p].type, args[a])) return std::nullopt;
        }
      }
    }
    if (mode == Mode::Commit) {
      Match m;
      m.op = &op;
      for (size_t p = 0; p < op.params.size(); ++p) {
        if ((*bound)[p].empty() && !op.params[p].star && !op.params[p].double_star) {
          m.args.push_back({static_cast<int>(p), -1, op.params[p].default_value,
                            matcher.instantiate(op.params[p].type)});
        }
        for (int a : (*bound)[p]) {
          if (op.params[p].double_star) {  // the keyword's name first, as a constant
            m.args.push_back({static_cast<int>(p), -1, ast::Str{keywords[a]}, table.str()});
          }
          m.args.push_back({static_cast<int>(p), a, std::nullopt, args[a]});
        }
      }
      m.result = matcher.instantiate(op.result);
      return m;
    }
  }
  return std::nullopt;
}

}  // namespace

bool is_dict_subclass(std::string_view native_name) {
  return native_name == "collections.Counter" || native_name == "collections.defaultdict" ||
         native_name == "collections.OrderedDict";
}

bool is_sized_library_class(std::string_view native_name) {
  return is_dict_subclass(native_name) || native_name == "collections.deque" ||
         native_name == "torch.Size";
}

std::optional<std::vector<TypeId>> dict_view_args(TypeTable& table, TypeId t) {
  if (table.kind(t) != Kind::Native || !is_dict_subclass(table.node(t).name)) return std::nullopt;
  std::vector<TypeId> args = table.node(t).args;
  if (table.node(t).name == "collections.Counter") args.push_back(table.integer());
  return args;
}

void parse_signature(std::string_view text, Op& op) {
  op.signature = std::string(text);
  SignatureParser(text).parse(op);
}

std::vector<const Op*> OpLibrary::overloads(std::string_view name) const {
  std::vector<const Op*> out;
  for (const Op& op : ops_) {
    if (op.name == name) out.push_back(&op);
  }
  return out;
}

std::optional<Match> OpLibrary::match(std::string_view name, const std::vector<TypeId>& args,
                                      const std::vector<std::string>& keywords, TypeTable& table,
                                      CallContext& context, bool attribute) const {
  std::vector<const Op*> rows = overloads(name);
  // `x += y` is `x = x + y` for every type that has no in-place form of its own.
  if (name.starts_with("operator.i")) {
    std::string plain = "operator." + std::string(name.substr(std::string("operator.i").size()));
    for (const Op* op : overloads(plain)) rows.push_back(op);
  }
  for (bool promote : {false, true}) {
    for (const Op* op : rows) {
      if (op->attribute != attribute) continue;
      if (auto m = try_row(*op, args, keywords, table, context, promote)) return m;
    }
  }
  return std::nullopt;
}

std::string OpLibrary::describe(std::string_view name) const {
  std::string out;
  for (const Op* op : overloads(name)) {
    std::string short_name(name.substr(name.rfind('.') + 1));
    out += "\n    " + short_name + op->signature;
  }
  return out;
}

}  // namespace ingot::types
