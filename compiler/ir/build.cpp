#include "compiler/ir/build.h"

#include <functional>
#include <map>
#include <set>

#include "compiler/types/annotation.h"

namespace ingot::ir {

namespace {

using ast::ExprId;
using ast::StmtId;

const char* operator_name(ast::Operator op) {
  switch (op) {
    case ast::Operator::Add:
      return "operator.add";
    case ast::Operator::Sub:
      return "operator.sub";
    case ast::Operator::Mult:
      return "operator.mul";
    case ast::Operator::MatMult:
      return "operator.matmul";
    case ast::Operator::Div:
      return "operator.truediv";
    case ast::Operator::Mod:
      return "operator.mod";
    case ast::Operator::Pow:
      return "operator.pow";
    case ast::Operator::LShift:
      return "operator.lshift";
    case ast::Operator::RShift:
      return "operator.rshift";
    case ast::Operator::BitOr:
      return "operator.or_";
    case ast::Operator::BitXor:
      return "operator.xor";
    case ast::Operator::BitAnd:
      return "operator.and_";
    case ast::Operator::FloorDiv:
      return "operator.floordiv";
  }
  return "";
}

// In-place operators: `x += y` is operator.iadd, which lists implement by extending.
std::string inplace_name(ast::Operator op) {
  std::string name = operator_name(op);
  return "operator.i" + name.substr(std::string("operator.").size());
}

const char* compare_name(ast::CmpOperator op) {
  switch (op) {
    case ast::CmpOperator::Eq:
      return "operator.eq";
    case ast::CmpOperator::NotEq:
      return "operator.ne";
    case ast::CmpOperator::Lt:
      return "operator.lt";
    case ast::CmpOperator::LtE:
      return "operator.le";
    case ast::CmpOperator::Gt:
      return "operator.gt";
    case ast::CmpOperator::GtE:
      return "operator.ge";
    case ast::CmpOperator::Is:
      return "operator.is_";
    case ast::CmpOperator::IsNot:
      return "operator.is_not";
    case ast::CmpOperator::In:
      return "operator.contains";
    case ast::CmpOperator::NotIn:
      return "operator.not_contains";
  }
  return "";
}

// Python's builtins: a name that is none of these, nor local or global, is a NameError
// in CPython and a compile error here.
// The runtime's kind (exceptions.def) of a standard library exception class, by its
// qualified name; empty for any other name.
std::string library_exception_kind(const std::string& qualified) {
  static const std::map<std::string, std::string> kKinds = {
      {"re.error", "error"},
      {"json.JSONDecodeError", "JSONDecodeError"},
      {"json.decoder.JSONDecodeError", "JSONDecodeError"},
  };
  auto it = kKinds.find(qualified);
  return it == kKinds.end() ? "" : it->second;
}

bool is_builtin_name(const std::string& name) {
  static const std::set<std::string> kBuiltins = {"abs",
                                                  "aiter",
                                                  "all",
                                                  "anext",
                                                  "any",
                                                  "ascii",
                                                  "bin",
                                                  "bool",
                                                  "breakpoint",
                                                  "bytearray",
                                                  "bytes",
                                                  "callable",
                                                  "chr",
                                                  "classmethod",
                                                  "compile",
                                                  "complex",
                                                  "delattr",
                                                  "dict",
                                                  "dir",
                                                  "divmod",
                                                  "enumerate",
                                                  "eval",
                                                  "exec",
                                                  "filter",
                                                  "float",
                                                  "format",
                                                  "frozenset",
                                                  "getattr",
                                                  "globals",
                                                  "hasattr",
                                                  "hash",
                                                  "help",
                                                  "hex",
                                                  "id",
                                                  "input",
                                                  "int",
                                                  "isinstance",
                                                  "issubclass",
                                                  "iter",
                                                  "len",
                                                  "list",
                                                  "locals",
                                                  "map",
                                                  "max",
                                                  "memoryview",
                                                  "min",
                                                  "next",
                                                  "object",
                                                  "oct",
                                                  "open",
                                                  "ord",
                                                  "pow",
                                                  "print",
                                                  "property",
                                                  "range",
                                                  "repr",
                                                  "reversed",
                                                  "round",
                                                  "set",
                                                  "setattr",
                                                  "slice",
                                                  "sorted",
                                                  "staticmethod",
                                                  "str",
                                                  "sum",
                                                  "super",
                                                  "tuple",
                                                  "type",
                                                  "vars",
                                                  "zip",
                                                  "None",
                                                  "True",
                                                  "False",
                                                  "Ellipsis",
                                                  "NotImplemented",
                                                  "__name__",
                                                  "__file__",
                                                  "__doc__",
                                                  "BaseException",
                                                  "Exception",
                                                  "ArithmeticError",
                                                  "AssertionError",
                                                  "AttributeError",
                                                  "EOFError",
                                                  "FloatingPointError",
                                                  "ImportError",
                                                  "IndexError",
                                                  "KeyError",
                                                  "KeyboardInterrupt",
                                                  "LookupError",
                                                  "MemoryError",
                                                  "NameError",
                                                  "NotImplementedError",
                                                  "OSError",
                                                  "OverflowError",
                                                  "RecursionError",
                                                  "RuntimeError",
                                                  "StopIteration",
                                                  "SyntaxError",
                                                  "SystemError",
                                                  "TypeError",
                                                  "UnicodeDecodeError",
                                                  "UnicodeEncodeError",
                                                  "UnicodeError",
                                                  "ValueError",
                                                  "ZeroDivisionError"};
  return kBuiltins.count(name) > 0;
}

// The names a function body binds (Python's rule: assigned anywhere makes it local).
// Nested functions, lambdas and comprehensions have scopes of their own.
class BoundNames {
 public:
  explicit BoundNames(const ast::Module& m) : m_(m) {}

  std::vector<std::string> of(const ast::StmtList& body) {
    for (StmtId s : body) stmt(s);
    std::vector<std::string> out;
    for (const std::string& name : order_) {
      if (!nonlocal_.count(name)) out.push_back(name);  // those belong to the enclosing scope
    }
    return out;
  }

  // The names an assignment target binds, in order.
  static void collect_targets(const ast::Module& m, ExprId target, std::vector<std::string>& out) {
    BoundNames names(m);
    names.target(target);
    out = names.order_;
  }

 private:
  void add(const std::string& name) {
    if (seen_.insert(name).second) order_.push_back(name);
  }
  void target(ExprId id) {
    if (!id) return;
    const ast::ExprNode& e = m_.expr(id);
    if (const auto* n = e.as<ast::Name>()) add(n->id);
    if (const auto* t = e.as<ast::Tuple>())
      for (ExprId x : t->elts) target(x);
    if (const auto* l = e.as<ast::List>())
      for (ExprId x : l->elts) target(x);
    if (const auto* s = e.as<ast::Starred>()) target(s->value);
  }
  void body(const ast::StmtList& list) {
    for (StmtId s : list) stmt(s);
  }
  void stmt(StmtId id) {
    std::visit(ast::Overloaded{
                   [&](const ast::Assign& a) {
                     for (ExprId t : a.targets) target(t);
                   },
                   [&](const ast::AugAssign& a) { target(a.target); },
                   [&](const ast::AnnAssign& a) { target(a.target); },
                   [&](const ast::For& f) {
                     target(f.target);
                     body(f.body);
                     body(f.orelse);
                   },
                   [&](const ast::While& w) {
                     body(w.body);
                     body(w.orelse);
                   },
                   [&](const ast::If& i) {
                     body(i.body);
                     body(i.orelse);
                   },
                   [&](const ast::With& w) {
                     for (const auto& item : w.items) target(item.optional_vars);
                     body(w.body);
                   },
                   [&](const ast::Try& t) {
                     body(t.body);
                     for (const auto& h : t.handlers) {
                       if (h.name) add(*h.name);
                       body(h.body);
                     }
                     body(t.orelse);
                     body(t.finalbody);
                   },
                   [&](const ast::FunctionDef& f) { add(f.name); },
                   [&](const ast::Nonlocal& n) {
                     for (const std::string& name : n.names) nonlocal_.insert(name);
                   },
                   [&](const ast::ClassDef& c) { add(c.name); },
                   [&](const ast::Delete& d) {
                     for (ExprId t : d.targets) target(t);
                   },
                   [&](const ast::Import& i) {
                     for (const auto& a : i.names) {
                       add(a.asname.value_or(a.name.substr(0, a.name.find('.'))));
                     }
                   },
                   [&](const ast::ImportFrom& i) {
                     for (const auto& a : i.names) add(a.asname.value_or(a.name));
                   },
                   [&](const auto&) {},
               },
               m_.stmt(id).node);
  }

  const ast::Module& m_;
  std::set<std::string> seen_;
  std::vector<std::string> order_;
  std::set<std::string> nonlocal_;
};

class ProgramBuilder;

// Lowers one function (or lambda, or a global's initializer) to IR.
class FunctionBuilder {
 public:
  FunctionBuilder(ProgramBuilder& program, FuncId id, FunctionBuilder* parent);

  void build_def(const ast::FunctionDef& def, diag::Loc loc);
  void build_lambda(const ast::Lambda& lambda, diag::Loc loc);
  void build_initializer(ExprId value, diag::Loc loc);

 private:
  Function& fn();
  const ast::Module& m() const;
  void unsupported(diag::Loc loc, const std::string& what);

  // Emitting instructions into the current block.
  InstId emit(Opcode op, diag::Loc loc, std::vector<InstId> args = {},
              decltype(Inst::payload) payload = {});
  BlockId new_block();
  template <typename F>
  BlockId in_block(F build);
  InstId constant(diag::Loc loc, Constant c) { return emit(Opcode::Const, loc, {}, c); }
  InstId call(diag::Loc loc, const std::string& name, std::vector<InstId> args) {
    return emit(Opcode::Call, loc, std::move(args),
                CallTarget{CallTarget::Kind::Named, name, {}, {}});
  }
  InstId truth(diag::Loc loc, InstId value) { return call(loc, "builtins.bool", {value}); }

  // Names.
  LocalId new_local(const std::string& name, diag::Loc loc, bool temp = false);
  std::optional<LocalRef> lookup_local(const std::string& name) const;
  std::string qualified_name(ExprId id) const;

  // Statements.
  void params(const ast::arguments& args);
  void body(const ast::StmtList& list);
  void stmt(StmtId id);
  void assign(ExprId target, InstId value, diag::Loc loc);
  void aug_assign(const ast::AugAssign& a, diag::Loc loc);
  void del(ExprId target);
  void raise(const ast::Raise& r, diag::Loc loc);
  void nested_def(const ast::FunctionDef& def, diag::Loc loc);
  void with_stmt(const ast::With& w, diag::Loc loc);
  InstId named_expr(const ast::NamedExpr& n, diag::Loc loc);
  InstId isinstance(const ast::Call& c, diag::Loc loc);
  void try_stmt(const ast::Try& t, diag::Loc loc);
  void assert_stmt(const ast::Assert& a, diag::Loc loc);
  // Inside a try with a finally clause, leaving it by return, break or continue is not
  // supported yet: the finally body would be skipped.
  void check_leaves_finally(diag::Loc loc, bool is_return);
  void for_loop(const ast::For& f, diag::Loc loc);
  void while_loop(const ast::While& w, diag::Loc loc);

  // Expressions.
  InstId expr(ExprId id);
  InstId name(const ast::Name& n, diag::Loc loc);
  InstId bool_op(const ast::BoolOp& b, diag::Loc loc);
  InstId compare(const ast::Compare& c, diag::Loc loc);
  InstId call_expr(const ast::Call& c, diag::Loc loc);
  InstId if_exp(const ast::IfExp& i, diag::Loc loc);
  InstId comprehension(const std::vector<ast::comprehension>& generators, diag::Loc loc,
                       const std::string& kind, ExprId elt, ExprId value);
  InstId joined_str(const ast::JoinedStr& j, diag::Loc loc);
  InstId formatted_value(const ast::FormattedValue& f, diag::Loc loc);
  InstId subscript(const ast::Subscript& s, diag::Loc loc);
  std::vector<InstId> slice_bounds(const ast::Slice& s, diag::Loc loc);
  InstId attribute(const ast::Attribute& a, diag::Loc loc);
  InstId lambda(const ast::Lambda& l, diag::Loc loc);
  InstId constant_expr(const ast::Constant& c, diag::Loc loc);
  std::vector<InstId> exprs(const ast::ExprList& list);

  ProgramBuilder& program_;
  FuncId id_;
  FunctionBuilder* parent_;
  BlockId current_;
  std::map<std::string, LocalId> locals_;
  int loop_depth_ = 0;
  int handler_depth_ = 0;
  std::vector<int> finally_loop_depths_;  // loop depth at each enclosing try/finally
  // Comprehension variables shadow the function's names while their comprehension runs.
  std::vector<std::map<std::string, LocalId>> comprehension_scopes_;
};

class ProgramBuilder {
 public:
  ProgramBuilder(const resolve::Module& module, types::TypeTable& table, diag::Sink& sink)
      : module_(module), table_(table), sink_(sink) {
    program_.file = module.file;
  }

  std::optional<Program> run() {
    program_.entry = function_for(*module_.find(module_.entry));
    if (sink_.has_errors()) return std::nullopt;
    return std::move(program_);
  }

  FuncId new_function() {
    program_.functions.emplace_back();
    return FuncId(static_cast<uint32_t>(program_.functions.size() - 1));
  }

  // The IR function of a module-level def, built on first use.
  FuncId function_for(const resolve::Symbol& symbol) {
    auto it = functions_.find(symbol.name);
    if (it != functions_.end()) return it->second;
    FuncId id = new_function();
    functions_[symbol.name] = id;
    const auto& def = *module_.ast->stmt(symbol.stmt).as<ast::FunctionDef>();
    FunctionBuilder(*this, id, nullptr).build_def(def, symbol.loc);
    return id;
  }

  GlobalId global_for(const resolve::Symbol& symbol) {
    auto it = globals_.find(symbol.name);
    if (it != globals_.end()) return it->second;
    GlobalId id(static_cast<uint32_t>(program_.globals.size()));
    globals_[symbol.name] = id;
    FuncId init = new_function();
    program_.globals.push_back({symbol.name, symbol.loc, init});
    FunctionBuilder(*this, init, nullptr).build_initializer(symbol.value, symbol.loc);
    program_.functions[init.index()].name = symbol.name;
    if (symbol.annotation) {
      program_.functions[init.index()].return_annotation =
          types::from_annotation(module_, symbol.annotation, table_, sink_);
    }
    return id;
  }

  Program& program() { return program_; }
  const resolve::Module& module() const { return module_; }
  types::TypeTable& table() { return table_; }
  diag::Sink& sink() { return sink_; }

 private:
  const resolve::Module& module_;
  types::TypeTable& table_;
  diag::Sink& sink_;
  Program program_;
  std::map<std::string, FuncId> functions_;
  std::map<std::string, GlobalId> globals_;
};

FunctionBuilder::FunctionBuilder(ProgramBuilder& program, FuncId id, FunctionBuilder* parent)
    : program_(program), id_(id), parent_(parent) {}

Function& FunctionBuilder::fn() { return program_.program().functions[id_.index()]; }
const ast::Module& FunctionBuilder::m() const { return *program_.module().ast; }

void FunctionBuilder::unsupported(diag::Loc loc, const std::string& what) {
  program_.sink().report(diag::Kind::NotSupportedYet, program_.module().file, loc,
                         what + " is not supported yet");
}

InstId FunctionBuilder::emit(Opcode op, diag::Loc loc, std::vector<InstId> args,
                             decltype(Inst::payload) payload) {
  Function& f = fn();
  InstId id(static_cast<uint32_t>(f.insts.size()));
  f.insts.push_back({op, loc, std::move(args), std::move(payload)});
  f.blocks[current_.index()].insts.push_back(id);
  return id;
}

BlockId FunctionBuilder::new_block() {
  fn().blocks.emplace_back();
  return BlockId(static_cast<uint32_t>(fn().blocks.size() - 1));
}

template <typename F>
BlockId FunctionBuilder::in_block(F build) {
  BlockId saved = current_;
  BlockId block = new_block();
  current_ = block;
  build();
  current_ = saved;
  return block;
}

LocalId FunctionBuilder::new_local(const std::string& name, diag::Loc loc, bool temp) {
  Function& f = fn();
  LocalId id(static_cast<uint32_t>(f.locals.size()));
  f.locals.push_back({name, loc, {}, temp});
  return id;
}

std::optional<LocalRef> FunctionBuilder::lookup_local(const std::string& name) const {
  for (auto scope = comprehension_scopes_.rbegin(); scope != comprehension_scopes_.rend();
       ++scope) {
    if (auto it = scope->find(name); it != scope->end()) return LocalRef{it->second, 0};
  }
  if (auto it = locals_.find(name); it != locals_.end()) return LocalRef{it->second, 0};
  if (parent_) {
    if (auto outer = parent_->lookup_local(name)) return LocalRef{outer->local, outer->depth + 1};
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------
// Functions.

void FunctionBuilder::build_def(const ast::FunctionDef& def, diag::Loc loc) {
  Function& f = fn();
  f.name = def.name;
  f.loc = loc;
  if (parent_) f.parent = parent_->id_;
  f.body = new_block();
  current_ = f.body;
  for (ExprId d : def.decorator_list) {
    if (resolve::decorator_name(m(), d) != "compile") {
      unsupported(
          m().expr(d).loc,
          "the decorator '" + types::source_text(*program_.module().file, m().expr(d).loc) + "'");
    }
  }
  params(def.args);
  if (def.returns) {
    fn().return_annotation =
        types::from_annotation(program_.module(), def.returns, program_.table(), program_.sink());
    fn().return_annotation_text =
        types::source_text(*program_.module().file, m().expr(def.returns).loc);
  }
  for (const std::string& name : BoundNames(m()).of(def.body)) {
    if (!locals_.count(name)) locals_[name] = new_local(name, loc);
  }
  ast::StmtList statements = def.body;
  if (!statements.empty()) {
    const auto* first = m().stmt(statements[0]).as<ast::Expr>();
    const ast::Constant* doc = first ? m().expr(first->value).as<ast::Constant>() : nullptr;
    if (doc && std::holds_alternative<ast::Str>(doc->value)) {
      fn().docstring = std::get<ast::Str>(doc->value).utf8;
      statements.erase(statements.begin());
    }
  }
  body(statements);
}

void FunctionBuilder::build_lambda(const ast::Lambda& lambda, diag::Loc loc) {
  Function& f = fn();
  f.name = "<lambda>";
  f.loc = loc;
  f.is_lambda = true;
  f.parent = parent_->id_;
  f.body = new_block();
  current_ = f.body;
  params(lambda.args);
  InstId value = expr(lambda.body);
  emit(Opcode::Return, loc, {value});
}

void FunctionBuilder::build_initializer(ExprId value, diag::Loc loc) {
  Function& f = fn();
  f.loc = loc;
  f.body = new_block();
  current_ = f.body;
  InstId v = expr(value);
  emit(Opcode::Return, loc, {v});
}

void FunctionBuilder::params(const ast::arguments& args) {
  if (!args.posonlyargs.empty() || args.vararg || args.kwarg) {
    unsupported(args.vararg  ? args.vararg->loc
                : args.kwarg ? args.kwarg->loc
                             : args.posonlyargs[0].loc,
                "*args, **kwargs and positional-only parameters");
  }
  auto add = [&](const ast::arg& a, ExprId default_expr, bool keyword_only) {
    Param p;
    p.name = a.arg;
    p.loc = a.loc;
    p.keyword_only = keyword_only;
    p.local = new_local(a.arg, a.loc);
    locals_[a.arg] = p.local;
    if (a.annotation) {
      p.annotation = types::from_annotation(program_.module(), a.annotation, program_.table(),
                                            program_.sink(), &p.literal_values);
      p.annotation_text = types::source_text(*program_.module().file, m().expr(a.annotation).loc);
      fn().locals[p.local.index()].declared = p.annotation;
    }
    if (default_expr) {
      const auto* c = m().expr(default_expr).as<ast::Constant>();
      const auto* neg = m().expr(default_expr).as<ast::UnaryOp>();
      if (neg && neg->op == ast::UnaryOperator::USub)
        c = m().expr(neg->operand).as<ast::Constant>();
      std::optional<Constant> value;
      if (c) {
        std::visit(ast::Overloaded{
                       [&](ast::NoneType) { value = ast::NoneType{}; },
                       [&](bool b) { value = b; },
                       [&](const ast::Int& i) {
                         if (i.value) value = neg ? -*i.value : *i.value;
                       },
                       [&](double d) { value = neg ? -d : d; },
                       [&](const ast::Str& s) {
                         if (!neg) value = s;
                       },
                       [&](const ast::Bytes& b) {
                         if (!neg) value = b;
                       },
                       [&](const auto&) {},
                   },
                   c->value);
      }
      if (!value) {
        unsupported(m().expr(default_expr).loc, "a default value other than a literal");
      }
      p.default_value = value;
    }
    fn().params.push_back(std::move(p));
  };
  size_t first_default = args.args.size() - args.defaults.size();
  for (size_t i = 0; i < args.args.size(); ++i) {
    add(args.args[i], i >= first_default ? args.defaults[i - first_default] : ExprId(), false);
  }
  for (size_t i = 0; i < args.kwonlyargs.size(); ++i) {
    add(args.kwonlyargs[i], args.kw_defaults[i], true);
  }
}

// ---------------------------------------------------------------------------------------
// Statements.

void FunctionBuilder::body(const ast::StmtList& list) {
  for (StmtId s : list) stmt(s);
}

void FunctionBuilder::stmt(StmtId id) {
  const ast::StmtNode& s = m().stmt(id);
  diag::Loc loc = s.loc;
  std::visit(ast::Overloaded{
                 [&](const ast::Expr& e) { expr(e.value); },
                 [&](const ast::Pass&) {},
                 [&](const ast::Return& r) {
                   check_leaves_finally(loc, true);
                   InstId value = r.value ? expr(r.value) : constant(loc, ast::NoneType{});
                   emit(Opcode::Return, loc, {value});
                 },
                 [&](const ast::Assign& a) {
                   InstId value = expr(a.value);
                   for (ExprId target : a.targets) assign(target, value, loc);
                 },
                 [&](const ast::AnnAssign& a) {
                   const auto* target = m().expr(a.target).as<ast::Name>();
                   if (!target) {
                     if (a.value) assign(a.target, expr(a.value), loc);
                     return;
                   }
                   if (auto ref = lookup_local(target->id); ref && ref->depth == 0) {
                     fn().locals[ref->local.index()].declared = types::from_annotation(
                         program_.module(), a.annotation, program_.table(), program_.sink());
                   }
                   if (a.value) assign(a.target, expr(a.value), loc);
                 },
                 [&](const ast::AugAssign& a) { aug_assign(a, loc); },
                 [&](const ast::If& i) {
                   InstId cond = truth(m().expr(i.test).loc, expr(i.test));
                   BlockId then_block = in_block([&] { body(i.body); });
                   BlockId else_block = in_block([&] { body(i.orelse); });
                   emit(Opcode::If, loc, {cond}, Branches{then_block, else_block});
                 },
                 [&](const ast::For& f) { for_loop(f, loc); },
                 [&](const ast::While& w) { while_loop(w, loc); },
                 [&](const ast::Break&) {
                   check_leaves_finally(loc, false);
                   emit(Opcode::Break, loc);
                 },
                 [&](const ast::Continue&) {
                   check_leaves_finally(loc, false);
                   emit(Opcode::Continue, loc);
                 },
                 [&](const ast::FunctionDef& def) { nested_def(def, loc); },
                 [&](const ast::AsyncFunctionDef&) { unsupported(loc, "async def"); },
                 [&](const ast::ClassDef&) { unsupported(loc, "a class definition"); },
                 [&](const ast::Delete& d) {
                   for (ExprId target : d.targets) del(target);
                 },
                 [&](const ast::TypeAlias&) { unsupported(loc, "the type statement"); },
                 [&](const ast::AsyncFor&) { unsupported(loc, "async for"); },
                 [&](const ast::With& w) { with_stmt(w, loc); },
                 [&](const ast::AsyncWith&) { unsupported(loc, "async with"); },
                 [&](const ast::Match&) { unsupported(loc, "the match statement"); },
                 [&](const ast::Raise& r) { raise(r, loc); },
                 [&](const ast::Try& t) { try_stmt(t, loc); },
                 [&](const ast::TryStar&) { unsupported(loc, "try/except*"); },
                 [&](const ast::Assert& a) { assert_stmt(a, loc); },
                 [&](const ast::Import&) { unsupported(loc, "import inside a function"); },
                 [&](const ast::ImportFrom&) { unsupported(loc, "import inside a function"); },
                 [&](const ast::Global&) { unsupported(loc, "the global statement"); },
                 [&](const ast::Nonlocal& n) {
                   for (const std::string& name : n.names) {
                     auto ref = lookup_local(name);
                     if (!ref || ref->depth == 0) {
                       program_.sink().report(diag::Kind::UnknownName, program_.module().file, loc,
                                              "no binding for nonlocal '" + name + "' found");
                     }
                   }
                 },
             },
             s.node);
}

void FunctionBuilder::assign(ExprId target, InstId value, diag::Loc loc) {
  const ast::ExprNode& t = m().expr(target);
  if (const auto* n = t.as<ast::Name>()) {
    auto ref = lookup_local(n->id);
    if (!ref) {
      unsupported(t.loc, "assigning to a global variable (the global statement)");
      return;
    }
    emit(Opcode::StoreLocal, t.loc, {value}, *ref);  // depth > 0: a nonlocal name
    return;
  }
  const ast::ExprList* elts = nullptr;
  if (const auto* tuple = t.as<ast::Tuple>()) elts = &tuple->elts;
  if (const auto* list = t.as<ast::List>()) elts = &list->elts;
  if (elts) {
    for (ExprId e : *elts) {
      if (m().expr(e).is<ast::Starred>()) {
        unsupported(m().expr(e).loc, "starred assignment targets (a, *rest = ...)");
        return;
      }
    }
    InstId checked =
        emit(Opcode::Unpack, t.loc, {value}, Constant{static_cast<int64_t>(elts->size())});
    for (size_t i = 0; i < elts->size(); ++i) {
      InstId item = emit(Opcode::Element, t.loc, {checked}, Constant{static_cast<int64_t>(i)});
      assign((*elts)[i], item, loc);
    }
    return;
  }
  if (const auto* s = t.as<ast::Subscript>()) {
    InstId container = expr(s->value);
    if (const auto* slice = m().expr(s->slice).as<ast::Slice>()) {
      std::vector<InstId> args = {container};
      for (InstId b : slice_bounds(*slice, m().expr(s->slice).loc)) args.push_back(b);
      args.push_back(value);
      call(t.loc, "operator.setslice", std::move(args));
      return;
    }
    call(t.loc, "operator.setitem", {container, expr(s->slice), value});
    return;
  }
  unsupported(t.loc, "assigning to this kind of target");
}

// A def inside a function: a closure over the enclosing function's variables, bound to
// its name like any assignment.
void FunctionBuilder::nested_def(const ast::FunctionDef& def, diag::Loc loc) {
  FuncId id = program_.new_function();
  FunctionBuilder(program_, id, this).build_def(def, loc);
  auto ref = lookup_local(def.name);
  emit(Opcode::StoreLocal, loc, {emit(Opcode::LoadFunc, loc, {}, id)}, *ref);
}

// Context managers that only switch autograd off do nothing in compiled code.
void FunctionBuilder::with_stmt(const ast::With& w, diag::Loc loc) {
  static const std::set<std::string> kNoOps = {
      "torch.no_grad",          "torch.inference_mode",   "torch.enable_grad",
      "contextlib.nullcontext", "torch.autograd.no_grad", "torch.autograd.inference_mode"};
  for (const ast::withitem& item : w.items) {
    const ast::ExprNode& e = m().expr(item.context_expr);
    const auto* call = e.as<ast::Call>();
    std::string name = call ? qualified_name(call->func) : "";
    if (!kNoOps.count(name) || item.optional_vars) {
      unsupported(e.loc,
                  "the with statement, except with the no-op context managers "
                  "torch.no_grad(), torch.inference_mode() and "
                  "contextlib.nullcontext(),");
      return;
    }
  }
  body(w.body);
}

// `(name := value)` stores and yields the value; in a comprehension the name belongs to
// the enclosing function, as in CPython.
InstId FunctionBuilder::named_expr(const ast::NamedExpr& n, diag::Loc loc) {
  InstId value = expr(n.value);
  const auto* target = m().expr(n.target).as<ast::Name>();
  if (!locals_.count(target->id)) locals_[target->id] = new_local(target->id, loc);
  LocalRef ref{locals_[target->id], 0};
  emit(Opcode::StoreLocal, loc, {value}, ref);
  return emit(Opcode::LoadLocal, loc, {}, ref);
}

void FunctionBuilder::raise(const ast::Raise& r, diag::Loc loc) {
  if (!r.exc) {
    if (handler_depth_ == 0) {
      // CPython: RuntimeError("No active exception to reraise") at run time.
      InstId message = constant(loc, ast::Str{"No active exception to reraise"});
      emit(Opcode::Raise, loc, {call(loc, "builtins.RuntimeError", {message})});
      return;
    }
    emit(Opcode::Raise, loc);
    return;
  }
  InstId exception = expr(r.exc);
  if (r.cause) expr(r.cause);  // evaluated, as in CPython; the cause is not kept
  emit(Opcode::Raise, loc, {exception});
}

void FunctionBuilder::try_stmt(const ast::Try& t, diag::Loc loc) {
  TryBody tb;
  if (!t.finalbody.empty()) finally_loop_depths_.push_back(loop_depth_);
  tb.body = in_block([&] { body(t.body); });
  for (const ast::ExceptHandler& h : t.handlers) {
    Handler handler;
    if (h.type) {
      const ast::ExprNode& type = m().expr(h.type);
      ast::ExprList classes;
      if (const auto* tuple = type.as<ast::Tuple>()) {
        classes = tuple->elts;
      } else {
        classes.push_back(h.type);
      }
      for (ExprId c : classes) {
        std::string name = qualified_name(c);
        std::string kind = library_exception_kind(name);
        if (kind.empty() && name.starts_with("builtins.") && is_builtin_name(name.substr(9))) {
          kind = name.substr(9);
        }
        if (kind.empty()) {
          unsupported(m().expr(c).loc,
                      "catching '" + types::source_text(*program_.module().file, m().expr(c).loc) +
                          "' (only built-in exception classes)");
          continue;
        }
        handler.kinds.push_back(kind);
      }
    }
    if (h.name) {
      auto ref = lookup_local(*h.name);
      if (ref && ref->depth == 0) handler.name = ref->local;
    }
    ++handler_depth_;
    handler.body = in_block([&] { body(h.body); });
    --handler_depth_;
    tb.handlers.push_back(std::move(handler));
  }
  if (!t.orelse.empty()) tb.else_block = in_block([&] { body(t.orelse); });
  if (!t.finalbody.empty()) {
    finally_loop_depths_.pop_back();
    tb.finally_block = in_block([&] { body(t.finalbody); });
  }
  emit(Opcode::Try, loc, {}, std::move(tb));
}

void FunctionBuilder::check_leaves_finally(diag::Loc loc, bool is_return) {
  if (finally_loop_depths_.empty()) return;
  if (is_return || finally_loop_depths_.back() == loop_depth_) {
    unsupported(loc, std::string(is_return ? "return" : "break or continue") +
                         " out of a try statement that has a finally clause");
  }
}

void FunctionBuilder::assert_stmt(const ast::Assert& a, diag::Loc loc) {
  InstId cond = truth(loc, expr(a.test));
  BlockId pass = new_block();
  BlockId fail = in_block([&] {
    std::vector<InstId> args;
    if (a.msg) args.push_back(expr(a.msg));
    emit(Opcode::Raise, loc, {call(loc, "builtins.AssertionError", std::move(args))});
  });
  emit(Opcode::If, loc, {cond}, Branches{pass, fail});
}

void FunctionBuilder::del(ExprId target) {
  const ast::ExprNode& t = m().expr(target);
  if (const auto* s = t.as<ast::Subscript>()) {
    InstId container = expr(s->value);
    if (const auto* slice = m().expr(s->slice).as<ast::Slice>()) {
      std::vector<InstId> args = {container};
      for (InstId b : slice_bounds(*slice, m().expr(s->slice).loc)) args.push_back(b);
      call(t.loc, "operator.delslice", std::move(args));
      return;
    }
    call(t.loc, "operator.delitem", {container, expr(s->slice)});
    return;
  }
  if (const auto* tuple = t.as<ast::Tuple>()) {
    for (ExprId e : tuple->elts) del(e);
    return;
  }
  unsupported(t.loc, "deleting a variable (del name)");
}

void FunctionBuilder::aug_assign(const ast::AugAssign& a, diag::Loc loc) {
  const ast::ExprNode& t = m().expr(a.target);
  if (const auto* n = t.as<ast::Name>()) {
    InstId current = name(*n, t.loc);
    InstId result = call(loc, inplace_name(a.op), {current, expr(a.value)});
    assign(a.target, result, loc);
    return;
  }
  if (const auto* s = t.as<ast::Subscript>(); s && !m().expr(s->slice).is<ast::Slice>()) {
    // The container and the index are evaluated once, as in CPython.
    InstId container = expr(s->value);
    InstId index = expr(s->slice);
    InstId current = call(t.loc, "operator.getitem", {container, index});
    InstId result = call(loc, inplace_name(a.op), {current, expr(a.value)});
    call(t.loc, "operator.setitem", {container, index, result});
    return;
  }
  unsupported(t.loc, "augmented assignment to this kind of target");
}

void FunctionBuilder::for_loop(const ast::For& f, diag::Loc loc) {
  InstId iterable = expr(f.iter);
  // The item is the ForEach instruction's own value, assigned to the target first thing
  // in the body; the body is built after the ForEach exists so it can refer to it.
  InstId loop = emit(Opcode::ForEach, loc, {iterable}, LoopBody{});
  ++loop_depth_;
  BlockId body_block = in_block([&] {
    assign(f.target, loop, m().expr(f.target).loc);
    body(f.body);
  });
  --loop_depth_;
  BlockId else_block = f.orelse.empty() ? BlockId() : in_block([&] { body(f.orelse); });
  fn().insts[loop.index()].payload = LoopBody{{}, body_block, else_block};
}

void FunctionBuilder::while_loop(const ast::While& w, diag::Loc loc) {
  BlockId cond_block = in_block([&] { truth(m().expr(w.test).loc, expr(w.test)); });
  ++loop_depth_;
  BlockId body_block = in_block([&] { body(w.body); });
  --loop_depth_;
  BlockId else_block = w.orelse.empty() ? BlockId() : in_block([&] { body(w.orelse); });
  emit(Opcode::While, loc, {}, LoopBody{cond_block, body_block, else_block});
}

// ---------------------------------------------------------------------------------------
// Expressions.

std::vector<InstId> FunctionBuilder::exprs(const ast::ExprList& list) {
  std::vector<InstId> out;
  for (ExprId e : list) {
    if (m().expr(e).is<ast::Starred>()) {
      unsupported(m().expr(e).loc, "star unpacking (*x) in an expression");
    }
    out.push_back(expr(e));
  }
  return out;
}

InstId FunctionBuilder::expr(ExprId id) {
  const ast::ExprNode& e = m().expr(id);
  diag::Loc loc = e.loc;
  return std::visit(
      ast::Overloaded{
          [&](const ast::Constant& c) { return constant_expr(c, loc); },
          [&](const ast::Name& n) { return name(n, loc); },
          [&](const ast::BinOp& b) {
            InstId left = expr(b.left);
            InstId right = expr(b.right);
            return call(loc, operator_name(b.op), {left, right});
          },
          [&](const ast::UnaryOp& u) {
            InstId operand = expr(u.operand);
            switch (u.op) {
              case ast::UnaryOperator::Not:
                return call(loc, "operator.not_", {truth(loc, operand)});
              case ast::UnaryOperator::USub:
                return call(loc, "operator.neg", {operand});
              case ast::UnaryOperator::UAdd:
                return call(loc, "operator.pos", {operand});
              case ast::UnaryOperator::Invert:
                return call(loc, "operator.invert", {operand});
            }
            return operand;
          },
          [&](const ast::BoolOp& b) { return bool_op(b, loc); },
          [&](const ast::Compare& c) { return compare(c, loc); },
          [&](const ast::Call& c) { return call_expr(c, loc); },
          [&](const ast::IfExp& i) { return if_exp(i, loc); },
          [&](const ast::List& l) { return emit(Opcode::MakeList, loc, exprs(l.elts)); },
          [&](const ast::Tuple& t) { return emit(Opcode::MakeTuple, loc, exprs(t.elts)); },
          [&](const ast::Set& s) { return emit(Opcode::MakeSet, loc, exprs(s.elts)); },
          [&](const ast::Dict& d) {
            std::vector<InstId> args;
            for (size_t i = 0; i < d.keys.size(); ++i) {
              if (!d.keys[i]) {
                unsupported(m().expr(d.values[i]).loc, "**mapping in a dict display");
                continue;
              }
              args.push_back(expr(d.keys[i]));
              args.push_back(expr(d.values[i]));
            }
            return emit(Opcode::MakeDict, loc, std::move(args));
          },
          [&](const ast::ListComp& c) {
            return comprehension(c.generators, loc, "list", c.elt, {});
          },
          [&](const ast::SetComp& c) { return comprehension(c.generators, loc, "set", c.elt, {}); },
          [&](const ast::DictComp& c) {
            return comprehension(c.generators, loc, "dict", c.key, c.value);
          },
          [&](const ast::GeneratorExp& g) {
            // Evaluated eagerly into a list: the same items in the same order.
            return comprehension(g.generators, loc, "list", g.elt, {});
          },
          [&](const ast::JoinedStr& j) { return joined_str(j, loc); },
          [&](const ast::FormattedValue& f) { return formatted_value(f, loc); },
          [&](const ast::Subscript& s) { return subscript(s, loc); },
          [&](const ast::Attribute& a) { return attribute(a, loc); },
          [&](const ast::Lambda& l) { return lambda(l, loc); },
          [&](const ast::NamedExpr& n) { return named_expr(n, loc); },
          [&](const auto&) {
            unsupported(
                loc, "this expression (" + types::source_text(*program_.module().file, loc) + ")");
            return constant(loc, ast::NoneType{});
          },
      },
      e.node);
}

InstId FunctionBuilder::constant_expr(const ast::Constant& c, diag::Loc loc) {
  return std::visit(
      ast::Overloaded{
          [&](ast::NoneType) { return constant(loc, ast::NoneType{}); },
          [&](bool b) { return constant(loc, b); },
          [&](const ast::Int& i) {
            if (!i.value) {
              program_.sink().report(
                  diag::Kind::NotSupportedYet, program_.module().file, loc,
                  "the integer " + i.decimal + " does not fit in 64 bits; ingot's int is 64-bit");
              return constant(loc, int64_t{0});
            }
            return constant(loc, *i.value);
          },
          [&](double d) { return constant(loc, d); },
          [&](const ast::Str& s) { return constant(loc, s); },
          [&](const ast::Bytes& b) { return constant(loc, b); },
          [&](const auto&) {
            unsupported(loc, "this literal");
            return constant(loc, ast::NoneType{});
          },
      },
      c.value);
}

// A dotted name through imports: `np.linalg.norm` is "numpy.linalg.norm", `len` is
// "builtins.len". Empty when the expression is not such a name (a local, a value).
std::string FunctionBuilder::qualified_name(ExprId id) const {
  const ast::ExprNode& e = m().expr(id);
  if (const auto* n = e.as<ast::Name>()) {
    if (lookup_local(n->id)) return "";
    if (const resolve::Symbol* s = program_.module().find(n->id)) {
      return s->kind == resolve::Symbol::Kind::Import ? s->qualified : "";
    }
    return "builtins." + n->id;
  }
  if (const auto* a = e.as<ast::Attribute>()) {
    std::string base = qualified_name(a->value);
    // builtins.x.y is a method of a value's attribute, not a module path.
    if (base.empty() || base.starts_with("builtins.")) return "";
    return base + "." + a->attr;
  }
  return "";
}

InstId FunctionBuilder::name(const ast::Name& n, diag::Loc loc) {
  if (auto ref = lookup_local(n.id)) return emit(Opcode::LoadLocal, loc, {}, *ref);
  if (const resolve::Symbol* s = program_.module().find(n.id)) {
    switch (s->kind) {
      case resolve::Symbol::Kind::Constant:
        return emit(Opcode::LoadGlobal, loc, {}, program_.global_for(*s));
      case resolve::Symbol::Kind::Function:
        return emit(Opcode::LoadFunc, loc, {}, program_.function_for(*s));
      case resolve::Symbol::Kind::Import:
        return emit(Opcode::Call, loc, {},
                    CallTarget{CallTarget::Kind::Named, s->qualified, {}, {}, true});
      case resolve::Symbol::Kind::Live:
        unsupported(loc, "the global '" + n.id +
                             "', which is not a constant (a live object needs materializing)");
        return constant(loc, ast::NoneType{});
    }
  }
  if (!is_builtin_name(n.id)) {
    program_.sink().report(diag::Kind::UnknownName, program_.module().file, loc,
                           "name '" + n.id + "' is not defined");
  }
  return emit(Opcode::Call, loc, {},
              CallTarget{CallTarget::Kind::Named, "builtins." + n.id, {}, {}, true});
}

InstId FunctionBuilder::bool_op(const ast::BoolOp& b, diag::Loc loc) {
  // `a or b`: result = a if a is true, else b (evaluated only then); `and` the reverse.
  // The value kept on the short-circuit path is narrowed (`x or ""` with x: str | None is
  // a str), which Python's typing also does.
  LocalId result = new_local(b.op == ast::BoolOperator::Or ? "$or" : "$and", loc, true);
  LocalRef ref{result, 0};
  std::function<void(size_t)> chain = [&](size_t i) {
    InstId value = expr(b.values[i]);
    if (i + 1 == b.values.size()) {
      emit(Opcode::StoreLocal, loc, {value}, ref);
      return;
    }
    InstId cond = truth(loc, value);
    BlockId kept = in_block([&] {
      InstId narrowed =
          b.op == ast::BoolOperator::Or ? call(loc, "ingot.narrow_truthy", {value}) : value;
      emit(Opcode::StoreLocal, loc, {narrowed}, ref);
    });
    BlockId rest = in_block([&] { chain(i + 1); });
    if (b.op == ast::BoolOperator::Or) {
      emit(Opcode::If, loc, {cond}, Branches{kept, rest});
    } else {
      emit(Opcode::If, loc, {cond}, Branches{rest, kept});
    }
  };
  chain(0);
  return emit(Opcode::LoadLocal, loc, {}, ref);
}

InstId FunctionBuilder::compare(const ast::Compare& c, diag::Loc loc) {
  auto compare_one = [&](ast::CmpOperator op, InstId left, InstId right) {
    if (op == ast::CmpOperator::In || op == ast::CmpOperator::NotIn) std::swap(left, right);
    return call(loc, compare_name(op), {left, right});
  };
  InstId left = expr(c.left);
  if (c.ops.size() == 1) return compare_one(c.ops[0], left, expr(c.comparators[0]));
  // a < b < c is (a < b) and (b < c), with b evaluated once.
  LocalId result = new_local("$cmp", loc, true);
  LocalRef ref{result, 0};
  std::function<void(size_t, InstId)> chain = [&](size_t i, InstId lhs) {
    InstId rhs = expr(c.comparators[i]);
    InstId value = compare_one(c.ops[i], lhs, rhs);
    if (i + 1 == c.ops.size()) {
      emit(Opcode::StoreLocal, loc, {value}, ref);
      return;
    }
    InstId cond = truth(loc, value);
    BlockId rest = in_block([&] { chain(i + 1, rhs); });
    BlockId stop = in_block([&] { emit(Opcode::StoreLocal, loc, {value}, ref); });
    emit(Opcode::If, loc, {cond}, Branches{rest, stop});
  };
  chain(0, left);
  return emit(Opcode::LoadLocal, loc, {}, ref);
}

InstId FunctionBuilder::if_exp(const ast::IfExp& i, diag::Loc loc) {
  LocalId result = new_local("$if", loc, true);
  LocalRef ref{result, 0};
  InstId cond = truth(loc, expr(i.test));
  BlockId then_block = in_block([&] { emit(Opcode::StoreLocal, loc, {expr(i.body)}, ref); });
  BlockId else_block = in_block([&] { emit(Opcode::StoreLocal, loc, {expr(i.orelse)}, ref); });
  emit(Opcode::If, loc, {cond}, Branches{then_block, else_block});
  return emit(Opcode::LoadLocal, loc, {}, ref);
}

// isinstance(x, C) and isinstance(x, (C, D)) for built-in classes: the class names go
// to the runtime as one constant.
InstId FunctionBuilder::isinstance(const ast::Call& c, diag::Loc loc) {
  if (c.args.size() != 2 || !c.keywords.empty()) {
    unsupported(loc, "isinstance() with other than two positional arguments");
    return constant(loc, false);
  }
  ast::ExprList classes;
  if (const auto* tuple = m().expr(c.args[1]).as<ast::Tuple>()) {
    classes = tuple->elts;
  } else {
    classes.push_back(c.args[1]);
  }
  std::string names;
  for (ExprId cls : classes) {
    std::string name = qualified_name(cls);
    const auto* call = m().expr(cls).as<ast::Call>();
    bool none_type = call && qualified_name(call->func) == "builtins.type" &&
                     call->args.size() == 1 && m().expr(call->args[0]).is<ast::Constant>();
    if (none_type) {
      name = "builtins.NoneType";
    } else if (!name.starts_with("builtins.") || !is_builtin_name(name.substr(9))) {
      unsupported(m().expr(cls).loc, "isinstance() with a class other than a built-in one");
      continue;
    }
    names += (names.empty() ? "" : ",") + name.substr(9);
  }
  InstId value = expr(c.args[0]);
  return call(loc, "ingot.isinstance", {value, constant(loc, ast::Str{names})});
}

InstId FunctionBuilder::call_expr(const ast::Call& c, diag::Loc loc) {
  if (qualified_name(c.func) == "builtins.isinstance") return isinstance(c, loc);
  std::vector<InstId> args;
  std::vector<std::string> keywords;
  CallTarget target{CallTarget::Kind::Named, "", {}, {}};
  const ast::ExprNode& func = m().expr(c.func);
  std::string qualified = qualified_name(c.func);
  const resolve::Symbol* symbol = nullptr;
  if (const auto* n = func.as<ast::Name>(); n && !lookup_local(n->id)) {
    symbol = program_.module().find(n->id);
  }
  if (symbol && symbol->kind == resolve::Symbol::Kind::Function) {
    target = {CallTarget::Kind::User, symbol->name, program_.function_for(*symbol), {}};
  } else if (!qualified.empty()) {
    target.name = qualified;
    const auto* n = func.as<ast::Name>();
    if (n && qualified.starts_with("builtins.") && !is_builtin_name(n->id)) {
      program_.sink().report(diag::Kind::UnknownName, program_.module().file, func.loc,
                             "name '" + n->id + "' is not defined");
    }
  } else if (const auto* a = func.as<ast::Attribute>()) {
    target = {CallTarget::Kind::Method, a->attr, {}, {}};
    args.push_back(expr(a->value));
    keywords.emplace_back();
  } else {
    target = {CallTarget::Kind::Value, "", {}, {}};
    args.push_back(expr(c.func));
    keywords.emplace_back();
  }
  for (ExprId a : c.args) {
    if (m().expr(a).is<ast::Starred>()) {
      unsupported(m().expr(a).loc, "star arguments (f(*args))");
      continue;
    }
    args.push_back(expr(a));
    keywords.emplace_back();
  }
  for (const ast::keyword& k : c.keywords) {
    if (!k.arg) {
      unsupported(k.loc, "keyword unpacking (f(**kwargs))");
      continue;
    }
    args.push_back(expr(k.value));
    keywords.push_back(*k.arg);
  }
  target.keywords = std::move(keywords);
  return emit(Opcode::Call, loc, std::move(args), std::move(target));
}

InstId FunctionBuilder::comprehension(const std::vector<ast::comprehension>& generators,
                                      diag::Loc loc, const std::string& kind, ExprId elt,
                                      ExprId value) {
  Opcode make = kind == "list"  ? Opcode::MakeList
                : kind == "set" ? Opcode::MakeSet
                                : Opcode::MakeDict;
  LocalId result = new_local("$" + kind + "comp", loc, true);
  LocalRef ref{result, 0};
  emit(Opcode::StoreLocal, loc, {emit(make, loc)}, ref);
  comprehension_scopes_.emplace_back();
  // The first iterable is evaluated in the enclosing scope, before any target is bound.
  std::function<void(size_t)> nest = [&](size_t i) {
    if (i == generators.size()) {
      InstId target = emit(Opcode::LoadLocal, loc, {}, ref);
      if (kind == "dict") {
        InstId k = expr(elt);
        InstId v = expr(value);
        call(loc, "operator.setitem", {target, k, v});
      } else {
        emit(Opcode::Call, loc, {target, expr(elt)},
             CallTarget{CallTarget::Kind::Method, kind == "list" ? "append" : "add", {}, {"", ""}});
      }
      return;
    }
    const ast::comprehension& g = generators[i];
    if (g.is_async) unsupported(loc, "async comprehensions");
    InstId iterable = expr(g.iter);
    InstId loop = emit(Opcode::ForEach, loc, {iterable}, LoopBody{});
    BlockId body_block = in_block([&] {
      // Targets are bound after the iterable is evaluated: `[x for x in x]` reads the outer x.
      std::vector<std::string> names;
      BoundNames::collect_targets(m(), g.target, names);
      for (const std::string& n : names) {
        comprehension_scopes_.back()[n] = new_local(n, m().expr(g.target).loc);
      }
      assign(g.target, loop, m().expr(g.target).loc);
      std::function<void(size_t)> filters = [&](size_t f) {
        if (f == g.ifs.size()) {
          nest(i + 1);
          return;
        }
        InstId cond = truth(m().expr(g.ifs[f]).loc, expr(g.ifs[f]));
        BlockId pass = in_block([&] { filters(f + 1); });
        emit(Opcode::If, loc, {cond}, Branches{pass, new_block()});
      };
      filters(0);
    });
    fn().insts[loop.index()].payload = LoopBody{{}, body_block, {}};
  };
  nest(0);
  comprehension_scopes_.pop_back();
  return emit(Opcode::LoadLocal, loc, {}, ref);
}

InstId FunctionBuilder::formatted_value(const ast::FormattedValue& f, diag::Loc loc) {
  InstId value = expr(f.value);
  if (f.conversion == 'r') value = call(loc, "builtins.repr", {value});
  if (f.conversion == 's') value = call(loc, "builtins.str", {value});
  if (f.conversion == 'a') value = call(loc, "builtins.ascii", {value});
  InstId spec = f.format_spec ? expr(f.format_spec) : constant(loc, ast::Str{});
  return call(loc, "builtins.format", {value, spec});
}

InstId FunctionBuilder::joined_str(const ast::JoinedStr& j, diag::Loc loc) {
  std::vector<InstId> parts;
  for (ExprId part : j.values) parts.push_back(expr(part));
  if (parts.size() == 1) return parts[0];
  if (parts.empty()) return constant(loc, ast::Str{});
  return call(loc, "ingot.concat", std::move(parts));
}

// The start, stop and step of a slice, None where left out.
std::vector<InstId> FunctionBuilder::slice_bounds(const ast::Slice& s, diag::Loc loc) {
  auto part = [&](ExprId x) { return x ? expr(x) : constant(loc, ast::NoneType{}); };
  InstId lower = part(s.lower);
  InstId upper = part(s.upper);
  InstId step = part(s.step);
  return {lower, upper, step};
}

InstId FunctionBuilder::subscript(const ast::Subscript& s, diag::Loc loc) {
  InstId container = expr(s.value);
  if (const auto* slice = m().expr(s.slice).as<ast::Slice>()) {
    std::vector<InstId> args = {container};
    for (InstId b : slice_bounds(*slice, m().expr(s.slice).loc)) args.push_back(b);
    return call(loc, "operator.getslice", std::move(args));
  }
  InstId index = expr(s.slice);
  return call(loc, "operator.getitem", {container, index});
}

InstId FunctionBuilder::attribute(const ast::Attribute& a, diag::Loc loc) {
  // type(x).__name__
  const auto* type_call = m().expr(a.value).as<ast::Call>();
  if (a.attr == "__name__" && type_call && type_call->args.size() == 1 &&
      qualified_name(type_call->func) == "builtins.type") {
    return call(loc, "ingot.type_name", {expr(type_call->args[0])});
  }
  std::string base = qualified_name(a.value);
  if (!base.empty() && !base.starts_with("builtins.")) {
    return emit(Opcode::Call, loc, {},
                CallTarget{CallTarget::Kind::Named, base + "." + a.attr, {}, {}, true});
  }
  InstId object = expr(a.value);
  return emit(Opcode::Call, loc, {object},
              CallTarget{CallTarget::Kind::Method, a.attr, {}, {""}, true});
}

InstId FunctionBuilder::lambda(const ast::Lambda& l, diag::Loc loc) {
  FuncId id = program_.new_function();
  FunctionBuilder(program_, id, this).build_lambda(l, loc);
  return emit(Opcode::LoadFunc, loc, {}, id);
}

}  // namespace

std::optional<Program> build_program(const resolve::Module& module, types::TypeTable& table,
                                     diag::Sink& sink) {
  return ProgramBuilder(module, table, sink).run();
}

}  // namespace ingot::ir
