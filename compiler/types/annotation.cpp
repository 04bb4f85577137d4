#include "compiler/types/annotation.h"

#include <map>

namespace ingot::types {

namespace {

class AnnotationReader {
 public:
  AnnotationReader(const resolve::Module& module, TypeTable& table, diag::Sink& sink,
                   std::vector<ir::Constant>* literals, std::vector<ir::Constant>* metadata)
      : module_(module),
        ast_(*module.ast),
        table_(table),
        sink_(sink),
        literals_(literals),
        metadata_(metadata) {}

  TypeId read(ast::ExprId id) {
    const ast::ExprNode& e = ast_.expr(id);
    if (const auto* c = e.as<ast::Constant>()) {
      if (std::holds_alternative<ast::NoneType>(c->value)) return table_.none();
      // "Point": a forward reference to one of the module's classes.
      const auto* text = std::get_if<ast::Str>(&c->value);
      const resolve::Symbol* s = text ? module_.find(text->utf8) : nullptr;
      if (s && s->kind == resolve::Symbol::Kind::Class) return table_.object(s->name);
      return fail(id,
                  "a string annotation (forward reference) is not supported yet; write "
                  "the type itself");
    }
    if (const auto* b = e.as<ast::BinOp>(); b && b->op == ast::Operator::BitOr) {
      return either(id, read(b->left), read(b->right));
    }
    if (const auto* s = e.as<ast::Subscript>()) return generic(id, *s);
    // A module-level alias of a type: `Task = Literal["query", "document"]`.
    if (const auto* n = e.as<ast::Name>()) {
      const resolve::Symbol* s = module_.find(n->id);
      if (s && s->kind != resolve::Symbol::Kind::Import && s->value &&
          ast_.expr(s->value).is<ast::Subscript>()) {
        return read(s->value);
      }
    }
    if (const auto* n = e.as<ast::Name>()) {
      const resolve::Symbol* s = module_.find(n->id);
      if (s && s->kind == resolve::Symbol::Kind::Class) return table_.object(s->name);
    }
    std::string name = qualified(id);
    if (name == "builtins.int") return table_.integer();
    if (name == "builtins.float") return table_.floating();
    if (name == "builtins.bool") return table_.boolean();
    if (name == "builtins.str") return table_.str();
    if (name == "builtins.bytes") return table_.bytes();
    if (std::string library = library_class(name); is_plain_class(library)) {
      return table_.native(library, {});
    }
    if (name == "builtins.list" || name == "builtins.dict" || name == "builtins.set" ||
        name == "builtins.tuple" || name == "typing.List" || name == "typing.Dict" ||
        name == "typing.Set" || name == "typing.Tuple") {
      return fail(id, "'" + text(id) +
                          "' needs its element types, e.g. list[str] or "
                          "dict[str, int]");
    }
    return fail(id, "'" + text(id) +
                        "' is not a type ingot knows; supported: int, float, "
                        "bool, str, bytes, None, list[T], dict[K, V], set[T], tuple[...], "
                        "Optional[T], T | None, and the module's own classes");
  }

 private:
  // The runtime's library class an annotation names (typing's aliases included), or "".
  static std::string library_class(const std::string& name) {
    static const std::map<std::string, std::string> kClasses = {
        {"re.Pattern", "re.Pattern"},
        {"typing.Pattern", "re.Pattern"},
        {"re.Match", "re.Match"},
        {"typing.Match", "re.Match"},
        {"collections.Counter", "collections.Counter"},
        {"typing.Counter", "collections.Counter"},
        {"collections.defaultdict", "collections.defaultdict"},
        {"typing.DefaultDict", "collections.defaultdict"},
        {"collections.OrderedDict", "collections.OrderedDict"},
        {"typing.OrderedDict", "collections.OrderedDict"},
        {"collections.deque", "collections.deque"},
        {"typing.Deque", "collections.deque"},
        {"numpy.ndarray", "numpy.ndarray"},
        {"numpy.typing.NDArray", "numpy.ndarray"},
        {"torch.Tensor", "torch.Tensor"},
    };
    auto it = kClasses.find(name);
    return it == kClasses.end() ? "" : it->second;
  }

  // The library classes without type parameters of their own: re.Pattern[str] is a
  // re.Pattern, and an array's dtype lives in the array (npt.NDArray[np.float32] is an
  // ndarray).
  static bool is_plain_class(const std::string& library) {
    return library == "re.Pattern" || library == "re.Match" || library == "numpy.ndarray" ||
           library == "torch.Tensor";
  }

  // The qualified name an annotation expression names: "builtins.int", "typing.Optional".
  std::string qualified(ast::ExprId id) {
    const ast::ExprNode& e = ast_.expr(id);
    if (const auto* n = e.as<ast::Name>()) {
      if (const resolve::Symbol* s = module_.find(n->id)) {
        return s->kind == resolve::Symbol::Kind::Import ? s->qualified : n->id;
      }
      return "builtins." + n->id;
    }
    if (const auto* a = e.as<ast::Attribute>()) return qualified(a->value) + "." + a->attr;
    return "";
  }

  static bool is_iterator_annotation(const std::string& name) {
    for (const char* module : {"typing.", "collections.abc."}) {
      for (const char* kind : {"Iterator", "Iterable", "Generator"}) {
        if (name == std::string(module) + kind) return true;
      }
    }
    return false;
  }

  TypeId generic(ast::ExprId id, const ast::Subscript& s) {
    std::string name = qualified(s.value);
    ast::ExprList params;
    if (const auto* t = ast_.expr(s.slice).as<ast::Tuple>()) {
      params = t->elts;
    } else {
      params.push_back(s.slice);
    }
    auto expect = [&](size_t n) {
      if (params.size() == n) return true;
      fail(id, "'" + text(s.value) + "[...]' takes " + std::to_string(n) + " type argument" +
                   (n == 1 ? "" : "s"));
      return false;
    };
    if (name == "builtins.list" || name == "typing.List") {
      if (!expect(1)) return {};
      return wrap(read(params[0]), [&](TypeId t) { return table_.list(t); });
    }
    if (name == "builtins.set" || name == "typing.Set") {
      if (!expect(1)) return {};
      return wrap(read(params[0]), [&](TypeId t) { return table_.set(t); });
    }
    if (name == "builtins.dict" || name == "typing.Dict") {
      if (!expect(2)) return {};
      TypeId k = read(params[0]), v = read(params[1]);
      return k && v ? table_.dict(k, v) : TypeId();
    }
    if (std::string library = library_class(name); !library.empty()) {
      if (is_plain_class(library)) {  // re.Pattern[str], npt.NDArray[np.float32]
        if (!expect(1)) return {};
        return table_.native(library, {});
      }
      size_t arity = library == "collections.Counter" || library == "collections.deque" ? 1 : 2;
      if (!expect(arity)) return {};
      std::vector<TypeId> args;
      for (ast::ExprId p : params) {
        if (!(args.emplace_back(read(p)))) return {};
      }
      return table_.native(library, std::move(args));
    }
    if (name == "typing.Literal" || name == "typing_extensions.Literal") return literal(id, params);
    if (is_iterator_annotation(name)) {
      // Iterator[T], Iterable[T], Generator[T, None, None]: what a generator yields.
      if (params.empty()) return fail(id, "'" + text(s.value) + "[...]' needs its item type");
      return wrap(read(params[0]), [&](TypeId t) { return table_.iterator("generator", t); });
    }
    if (name == "typing.Annotated" || name == "typing_extensions.Annotated") {
      for (size_t i = 1; metadata_ && i < params.size(); ++i)
        metadata_->push_back(literal_or_text(params[i]));
      return read(params.at(0));  // the metadata does not change the type
    }
    if (name == "typing.Optional") {
      if (!expect(1)) return {};
      return wrap(read(params[0]), [&](TypeId t) { return table_.optional(t); });
    }
    if (name == "typing.Union") {
      TypeId result;
      for (ast::ExprId p : params) result = result ? either(id, result, read(p)) : read(p);
      return result;
    }
    if (name == "builtins.tuple" || name == "typing.Tuple") {
      std::vector<TypeId> elems;
      if (params.size() == 2) {
        const auto* c = ast_.expr(params[1]).as<ast::Constant>();
        if (c && std::holds_alternative<ast::EllipsisType>(c->value)) {
          return wrap(read(params[0]), [&](TypeId t) { return table_.tuple_of(t); });
        }
      }
      for (ast::ExprId p : params) {
        const auto* c = ast_.expr(p).as<ast::Constant>();
        if (c && std::holds_alternative<ast::EllipsisType>(c->value)) {
          return fail(id, "'...' belongs second in tuple[T, ...]");
        }
        TypeId t = read(p);
        if (!t) return {};
        elems.push_back(t);
      }
      return table_.tuple(std::move(elems));
    }
    return fail(id, "'" + text(s.value) + "[...]' is not a generic type ingot knows");
  }

  // Literal["a", "b"]: a str (or int, or bool) whose value must be one of these.
  TypeId literal(ast::ExprId id, const ast::ExprList& params) {
    TypeId type;
    for (ast::ExprId p : params) {
      const auto* c = ast_.expr(p).as<ast::Constant>();
      std::optional<ir::Constant> value;
      TypeId t;
      if (c) {
        if (const auto* s = std::get_if<ast::Str>(&c->value)) {
          value = *s;
          t = table_.str();
        } else if (const auto* i = std::get_if<ast::Int>(&c->value); i && i->value) {
          value = *i->value;
          t = table_.integer();
        } else if (const auto* b = std::get_if<bool>(&c->value)) {
          value = *b;
          t = table_.boolean();
        }
      }
      if (!value || (type && type != t)) {
        return fail(id, "Literal[...] with values of one type (str, int or bool) only");
      }
      type = t;
      if (literals_) literals_->push_back(*value);
    }
    return type;
  }

  // A metadata expression: its value when it is a literal, else its source text.
  ir::Constant literal_or_text(ast::ExprId id) {
    if (const auto* c = ast_.expr(id).as<ast::Constant>()) {
      if (const auto* s = std::get_if<ast::Str>(&c->value)) return *s;
      if (const auto* i = std::get_if<ast::Int>(&c->value); i && i->value) return *i->value;
      if (const auto* b = std::get_if<bool>(&c->value)) return *b;
      if (const auto* d = std::get_if<double>(&c->value)) return *d;
      if (std::holds_alternative<ast::NoneType>(c->value)) return ast::NoneType{};
    }
    return ast::Str{text(id)};
  }

  template <typename F>
  TypeId wrap(TypeId inner, F make) {
    return inner ? make(inner) : TypeId();
  }

  TypeId either(ast::ExprId, TypeId a, TypeId b) {
    if (!a || !b) return {};
    return table_.union_of({a, b});
  }

  TypeId fail(ast::ExprId id, std::string message) {
    sink_.report(diag::Kind::BadAnnotation, module_.file, ast_.expr(id).loc, std::move(message));
    return {};
  }

  std::string text(ast::ExprId id) { return source_text(*module_.file, ast_.expr(id).loc); }

  const resolve::Module& module_;
  const ast::Module& ast_;
  TypeTable& table_;
  diag::Sink& sink_;
  std::vector<ir::Constant>* literals_;
  std::vector<ir::Constant>* metadata_;
};

}  // namespace

TypeId from_annotation(const resolve::Module& module, ast::ExprId annotation, TypeTable& table,
                       diag::Sink& sink, std::vector<ir::Constant>* literals,
                       std::vector<ir::Constant>* metadata) {
  return AnnotationReader(module, table, sink, literals, metadata).read(annotation);
}

std::string source_text(const diag::SourceFile& file, diag::Loc loc) {
  std::string out;
  for (int32_t line = loc.line; line <= loc.end_line; ++line) {
    std::string_view text = file.line(line);
    size_t begin = line == loc.line ? std::min<size_t>(loc.col, text.size()) : 0;
    size_t end = line == loc.end_line ? std::min<size_t>(loc.end_col, text.size()) : text.size();
    if (line != loc.line) out += "\n";
    if (end > begin) out += text.substr(begin, end - begin);
  }
  return out;
}

}  // namespace ingot::types
