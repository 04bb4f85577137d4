#include "compiler/resolve/resolve.h"

#include <algorithm>

namespace ingot::resolve {

namespace {

bool is_main_guard(const ast::Module& m, const ast::If& stmt) {
  const auto* cmp = m.expr(stmt.test).as<ast::Compare>();
  if (!cmp || cmp->ops.size() != 1 || cmp->ops[0] != ast::CmpOperator::Eq) return false;
  const auto* name = m.expr(cmp->left).as<ast::Name>();
  const auto* value = m.expr(cmp->comparators[0]).as<ast::Constant>();
  if (!name || name->id != "__name__" || !value) return false;
  const auto* text = std::get_if<ast::Str>(&value->value);
  return text && text->utf8 == "__main__";
}

class Resolver {
 public:
  Resolver(const diag::SourceFile& file, const ast::Module& module, diag::Sink& sink)
      : file_(file), ast_(module), sink_(sink) {
    result_.file = &file;
    result_.ast = &module;
  }

  std::optional<Module> run(const std::string& entry) {
    for (ast::StmtId id : ast_.body) visit_top_level(id);
    // A constant may only refer to other constants; otherwise it is live.
    for (auto& [name, symbol] : result_.symbols) {
      if (symbol.kind == Symbol::Kind::Constant && !is_constant_expr(symbol.value)) {
        symbol.kind = Symbol::Kind::Live;
      }
    }
    if (!choose_entry(entry)) return std::nullopt;
    return std::move(result_);
  }

 private:
  void define(Symbol symbol) {
    std::string name = symbol.name;
    result_.symbols.insert_or_assign(name, std::move(symbol));
  }

  void visit_top_level(ast::StmtId id) {
    const ast::StmtNode& s = ast_.stmt(id);
    std::visit(
        ast::Overloaded{
            [&](const ast::FunctionDef& f) {
              define({Symbol::Kind::Function, f.name, s.loc, id, {}, {}, {}});
              functions_.push_back(id);
            },
            [&](const ast::Import& imp) {
              for (const ast::alias& a : imp.names) {
                // `import a.b` binds `a`; `import a.b as c` binds c to a.b.
                std::string bound = a.asname ? *a.asname : a.name.substr(0, a.name.find('.'));
                std::string qualified = a.asname ? a.name : bound;
                define({Symbol::Kind::Import, bound, a.loc, id, {}, {}, qualified});
              }
            },
            [&](const ast::ImportFrom& imp) {
              std::string module = std::string(imp.level, '.') + imp.module.value_or("");
              for (const ast::alias& a : imp.names) {
                if (a.name == "*") continue;  // star imports bind nothing we can see
                define({Symbol::Kind::Import,
                        a.asname.value_or(a.name),
                        a.loc,
                        id,
                        {},
                        {},
                        module + "." + a.name});
              }
            },
            [&](const ast::Assign& a) {
              for (ast::ExprId target : a.targets) {
                if (const auto* name = ast_.expr(target).as<ast::Name>()) {
                  define({Symbol::Kind::Constant, name->id, s.loc, id, a.value, {}, {}});
                }
              }
            },
            [&](const ast::AnnAssign& a) {
              const auto* name = ast_.expr(a.target).as<ast::Name>();
              if (name && a.value) {
                define({Symbol::Kind::Constant, name->id, s.loc, id, a.value, a.annotation, {}});
              }
            },
            [&](const ast::If& stmt) {
              if (is_main_guard(ast_, stmt)) return;
              for (ast::StmtId inner : stmt.body) visit_top_level(inner);
              for (ast::StmtId inner : stmt.orelse) visit_top_level(inner);
            },
            [&](const ast::ClassDef& c) {
              define({Symbol::Kind::Class, c.name, s.loc, id, {}, {}, {}});
            },
            [&](const auto&) {},
        },
        s.node);
  }

  bool is_constant_expr(ast::ExprId id) const {
    if (!id) return true;
    const ast::ExprNode& e = ast_.expr(id);
    auto all = [&](const ast::ExprList& list) {
      for (ast::ExprId x : list) {
        if (!is_constant_expr(x)) return false;
      }
      return true;
    };
    return std::visit(
        ast::Overloaded{
            [&](const ast::Constant&) { return true; },
            [&](const ast::List& l) { return all(l.elts); },
            [&](const ast::Tuple& t) { return all(t.elts); },
            [&](const ast::Set& s) { return all(s.elts); },
            [&](const ast::Dict& d) {
              for (ast::ExprId k : d.keys) {
                if (!k) return false;  // `**mapping`
              }
              return all(d.keys) && all(d.values);
            },
            [&](const ast::JoinedStr& j) { return all(j.values); },
            [&](const ast::FormattedValue& f) {
              return is_constant_expr(f.value) && is_constant_expr(f.format_spec);
            },
            [&](const ast::BinOp& b) {
              return is_constant_expr(b.left) && is_constant_expr(b.right);
            },
            [&](const ast::UnaryOp& u) { return is_constant_expr(u.operand); },
            // An Enum member (`Color.RED`), or a library constant (`re.IGNORECASE`).
            [&](const ast::Attribute& a) {
              const auto* owner = ast_.expr(a.value).as<ast::Name>();
              const Symbol* s = owner ? result_.find(owner->id) : nullptr;
              return (s && s->kind == Symbol::Kind::Class) || is_library_constant(id);
            },
            // An instance of one of the module's classes or of a library class built from
            // constants (`re.compile(r"\s+")`): its state is computed once, like a constant's.
            [&](const ast::Call& c) {
              const auto* callee = ast_.expr(c.func).as<ast::Name>();
              const Symbol* s = callee ? result_.find(callee->id) : nullptr;
              if (!s || s->kind != Symbol::Kind::Class) return is_constant_library_call(c);
              // A torch.nn.Module's __init__ builds models: the instance is made in Python.
              if (derives_from_torch_module(*s)) return false;
              return all(c.args) &&
                     std::all_of(c.keywords.begin(), c.keywords.end(), [&](const ast::keyword& k) {
                       return k.arg && is_constant_expr(k.value);
                     });
            },
            [&](const ast::Name& n) {
              const Symbol* s = result_.find(n.id);
              return s && s->kind == Symbol::Kind::Constant && s->value != id &&
                     is_constant_expr(s->value);
            },
            [&](const auto&) { return false; },
        },
        e.node);
  }

  // Whether one of the module's classes has torch.nn.Module among its bases.
  bool derives_from_torch_module(const Symbol& cls) const {
    const auto* def = ast_.stmt(cls.stmt).as<ast::ClassDef>();
    if (!def) return false;
    for (ast::ExprId base : def->bases) {
      if (imported_name(base) == "torch.nn.Module") return true;
      const auto* name = ast_.expr(base).as<ast::Name>();
      const Symbol* s = name ? result_.find(name->id) : nullptr;
      if (s && s->kind == Symbol::Kind::Class && s != &cls && derives_from_torch_module(*s)) {
        return true;
      }
    }
    return false;
  }

  // A name or a dotted name through an import: `torch.nn.Module` and, after
  // `from torch import nn`, `nn.Module` are "torch.nn.Module"; "" for anything else.
  std::string imported_name(ast::ExprId id) const {
    if (const auto* a = ast_.expr(id).as<ast::Attribute>()) {
      std::string owner = imported_name(a->value);
      return owner.empty() ? "" : owner + "." + a->attr;
    }
    const auto* name = ast_.expr(id).as<ast::Name>();
    const Symbol* s = name ? result_.find(name->id) : nullptr;
    return s && s->kind == Symbol::Kind::Import ? s->qualified : "";
  }

  // A dotted name through a module import: `re.IGNORECASE` is "re.IGNORECASE".
  std::string library_name(ast::ExprId id) const {
    const auto* a = ast_.expr(id).as<ast::Attribute>();
    if (!a) return "";
    const auto* base = ast_.expr(a->value).as<ast::Name>();
    const Symbol* s = base ? result_.find(base->id) : nullptr;
    return s && s->kind == Symbol::Kind::Import ? s->qualified + "." + a->attr : "";
  }

  // The library constants a module constant may use (`re.IGNORECASE`, `math.pi`).
  bool is_library_constant(ast::ExprId id) const {
    std::string name = library_name(id);
    return name.starts_with("re.") || name.starts_with("math.") || name.starts_with("string.");
  }

  // The library calls whose result is a constant when their arguments are: a compiled
  // pattern at module level (`_WS = re.compile(r"\s+")`) is made once, on first use.
  bool is_constant_library_call(const ast::Call& c) const {
    if (library_name(c.func) != "re.compile") return false;
    auto constant = [&](ast::ExprId arg) { return is_constant_expr(arg); };
    return std::all_of(c.args.begin(), c.args.end(), constant) &&
           std::all_of(c.keywords.begin(), c.keywords.end(),
                       [&](const ast::keyword& k) { return constant(k.value); });
  }

  bool choose_entry(const std::string& requested) {
    auto pick = [&](ast::StmtId id) {
      result_.entry = ast_.stmt(id).as<ast::FunctionDef>()->name;
      result_.entry_stmt = id;
      return true;
    };
    if (!requested.empty()) {
      const Symbol* s = result_.find(requested);
      if (s && s->kind == Symbol::Kind::Function) return pick(s->stmt);
      sink_.report(
          diag::Kind::NoEntry, &file_, {1, 0, 1, 0},
          "there is no module-level function named '" + requested + "'" + candidates_text());
      return false;
    }
    std::vector<ast::StmtId> decorated, is_public;
    for (ast::StmtId id : functions_) {
      const auto& f = *ast_.stmt(id).as<ast::FunctionDef>();
      if (result_.find(f.name)->stmt != id) continue;  // redefined later
      for (ast::ExprId d : f.decorator_list) {
        if (decorator_name(ast_, d) == "compile") decorated.push_back(id);
      }
      if (!f.name.starts_with("_")) is_public.push_back(id);
    }
    if (decorated.size() == 1) return pick(decorated[0]);
    if (decorated.size() > 1) {
      sink_.report(diag::Kind::AmbiguousEntry, &file_, ast_.stmt(decorated[1]).loc,
                   "more than one function is decorated with @compile; choose one with "
                   "--entry NAME" +
                       candidates_text());
      return false;
    }
    if (is_public.size() == 1) return pick(is_public[0]);
    if (is_public.empty()) {
      sink_.report(diag::Kind::NoEntry, &file_, {1, 0, 1, 0},
                   "no entry function: define a public function, decorate one with "
                   "@compile, or name one with --entry NAME");
    } else {
      sink_.report(diag::Kind::AmbiguousEntry, &file_, ast_.stmt(is_public[1]).loc,
                   "cannot tell which function is the entry: decorate one with @compile or "
                   "pass --entry NAME" +
                       candidates_text());
    }
    return false;
  }

  std::string candidates_text() const {
    std::string out;
    for (ast::StmtId id : functions_) {
      out += out.empty() ? " (candidates: " : ", ";
      out += ast_.stmt(id).as<ast::FunctionDef>()->name;
    }
    return out.empty() ? out : out + ")";
  }

  const diag::SourceFile& file_;
  const ast::Module& ast_;
  diag::Sink& sink_;
  Module result_;
  std::vector<ast::StmtId> functions_;
};

}  // namespace

std::string decorator_name(const ast::Module& module, ast::ExprId decorator) {
  ast::ExprId target = decorator;
  if (const auto* call = module.expr(target).as<ast::Call>()) target = call->func;
  if (const auto* name = module.expr(target).as<ast::Name>()) return name->id;
  if (const auto* attr = module.expr(target).as<ast::Attribute>()) return attr->attr;
  return "";
}

std::optional<Module> resolve_module(const diag::SourceFile& file, const ast::Module& module,
                                     const std::string& entry, diag::Sink& sink) {
  return Resolver(file, module, sink).run(entry);
}

}  // namespace ingot::resolve
