#include "compiler/ir/build.h"

#include <functional>
#include <map>
#include <set>

#include "compiler/types/annotation.h"
#include "compiler/types/op_library.h"

namespace ingot::ir {

namespace {

// Decorators that only switch autograd off, or only inform type checkers, leave their
// function as it is (`@torch.inference_mode()` on an entry or a `forward`).
bool is_no_op_decorator(const std::string& qualified) {
  static const std::set<std::string> kNoOps = {
      "torch.no_grad",          "torch.inference_mode",          "torch.enable_grad",
      "torch.autograd.no_grad", "torch.autograd.inference_mode", "typing.final",
      "typing.no_type_check",   "typing_extensions.final",       "typing_extensions.override"};
  return kNoOps.count(qualified) > 0;
}

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
      {"binascii.Error", "Error"},
      {"numpy.linalg.LinAlgError", "LinAlgError"},
      {"torch.linalg.LinAlgError", "TorchLinAlgError"},
      {"torch._C._LinAlgError", "TorchLinAlgError"},
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
                   [&](const ast::Match& match) {
                     for (const ast::match_case& c : match.cases) {
                       captures(c.pattern);
                       body(c.body);
                     }
                   },
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

  // The names a match pattern binds.
  void captures(ast::PatternId id) {
    std::visit(ast::Overloaded{
                   [&](const ast::MatchAs& p) {
                     if (p.pattern) captures(p.pattern);
                     if (p.name) add(*p.name);
                   },
                   [&](const ast::MatchStar& p) {
                     if (p.name) add(*p.name);
                   },
                   [&](const ast::MatchSequence& p) {
                     for (ast::PatternId sub : p.patterns) captures(sub);
                   },
                   [&](const ast::MatchOr& p) {
                     for (ast::PatternId sub : p.patterns) captures(sub);
                   },
                   [&](const ast::MatchMapping& p) {
                     for (ast::PatternId sub : p.patterns) captures(sub);
                     if (p.rest) add(*p.rest);
                   },
                   [&](const ast::MatchClass& p) {
                     for (ast::PatternId sub : p.patterns) captures(sub);
                     for (ast::PatternId sub : p.kwd_patterns) captures(sub);
                   },
                   [&](const auto&) {},
               },
               m_.pattern(id).node);
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

  // `cls` is the class a method belongs to (its decorators were read by the class).
  void build_def(const ast::FunctionDef& def, diag::Loc loc, ClassId cls = {});
  void build_lambda(const ast::Lambda& lambda, diag::Loc loc);
  void build_initializer(ExprId value, diag::Loc loc);
  void build_generator_exp(const ast::GeneratorExp& g, diag::Loc loc);
  // A function of no arguments returning a constant, or calling `factory` with none.
  void build_constant(const Constant& value, diag::Loc loc);
  void build_factory(ExprId factory, diag::Loc loc);
  // A live global's initializer: `return loader(name)`.
  void build_resource_loader(const std::string& loader, const std::string& name, diag::Loc loc);
  // A materialized instance of one of the module's classes: made without its __init__, then
  // each field set from its own embedded resource ("NAME/FIELD") or constant.
  void build_object_loader(const resolve::LiveObject& live, ClassId cls, const std::string& name,
                           diag::Loc loc);
  InstId materialized_object(const resolve::LiveObject& live, ClassId cls, const std::string& name,
                             diag::Loc loc);
  // The __init__ a dataclass or a NamedTuple gets: one parameter per field, each stored
  // into the attribute of its name, then __post_init__ when the class has one.
  struct InitField {
    std::string name;
    diag::Loc loc;
    types::TypeId annotation;
    std::string annotation_text;
    std::optional<Constant> default_value;
    FuncId default_factory;
  };
  void build_generated_init(ClassId cls, const std::vector<InitField>& fields, diag::Loc loc);

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
  void widen_to_default(Param& p);
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
  // The classes of isinstance(x, C) / isinstance(x, (C, D)) as "C,D" for the runtime.
  std::optional<std::string> isinstance_classes(const ast::Call& c, bool report);

  // Narrowing: inside `if x is not None:` (or isinstance(x, C), or a truthy x), reads of
  // the local x see only the types the test lets through.
  struct NarrowTest {
    std::string name;
    std::string passed;  // the Narrow test when the condition is true ("" for none)
    std::string failed;  // ... and when it is false
  };
  std::optional<NarrowTest> narrowing_of(ExprId test);
  // Narrows local `name` by `test` from here on (until the caller pops narrowed_), unless
  // `statements`, where the narrowing would hold, assign it. True when it did.
  bool narrow_local(const std::string& name, const std::string& test, diag::Loc loc,
                    const ast::StmtList& statements);
  void if_stmt(const ast::If& i, diag::Loc loc);
  void match_stmt(const ast::Match& match, diag::Loc loc);
  void pattern(ast::PatternId id, LocalRef subject, const std::function<void()>& on_match);
  void class_pattern(const ast::MatchClass& c, diag::Loc loc, LocalRef subject,
                     const std::function<void()>& on_match);
  LocalRef hold(InstId value, diag::Loc loc, const std::string& name);
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
  InstId live_global(const resolve::Symbol& symbol, diag::Loc loc);
  InstId bool_op(const ast::BoolOp& b, diag::Loc loc);
  InstId compare(const ast::Compare& c, diag::Loc loc);
  InstId call_expr(const ast::Call& c, diag::Loc loc);
  InstId if_exp(const ast::IfExp& i, diag::Loc loc);
  // kind: "list", "set", "dict", or "generator" (whose innermost body yields, and whose
  // first iterable is `first`, already evaluated).
  InstId comprehension(const std::vector<ast::comprehension>& generators, diag::Loc loc,
                       const std::string& kind, ExprId elt, ExprId value, InstId first = InstId());
  InstId generator_exp(const ast::GeneratorExp& g, diag::Loc loc);
  bool has_star(const ast::ExprList& elts) const;
  InstId starred_display(const ast::ExprList& elts, diag::Loc loc, bool is_set);
  InstId dict_with_unpacking(const ast::Dict& d, diag::Loc loc);
  void assign_starred(const ast::ExprList& elts, InstId value, diag::Loc target_loc, diag::Loc loc);
  InstId method_call(diag::Loc loc, const std::string& method, InstId self, InstId arg) {
    return emit(Opcode::Call, loc, {self, arg},
                CallTarget{CallTarget::Kind::Method, method, {}, {"", ""}});
  }
  InstId yield(ExprId value, diag::Loc loc);
  InstId yield_from(ExprId value, diag::Loc loc);
  InstId joined_str(const ast::JoinedStr& j, diag::Loc loc);
  InstId formatted_value(const ast::FormattedValue& f, diag::Loc loc);
  InstId subscript(const ast::Subscript& s, diag::Loc loc);
  std::vector<InstId> slice_bounds(const ast::Slice& s, diag::Loc loc);
  InstId attribute(const ast::Attribute& a, diag::Loc loc);
  InstId lambda(const ast::Lambda& l, diag::Loc loc);
  InstId super_call(const ast::Call& c, const ast::Attribute& method, diag::Loc loc);
  InstId constant_expr(const ast::Constant& c, diag::Loc loc);
  std::vector<InstId> exprs(const ast::ExprList& list);

  ProgramBuilder& program_;
  FuncId id_;
  FunctionBuilder* parent_;
  ClassId cls_;  // for a method: its class (super() needs it)
  BlockId current_;
  std::map<std::string, LocalId> locals_;
  int loop_depth_ = 0;
  int handler_depth_ = 0;
  // Each enclosing try/finally or with statement: the loop depth at it, and what it is.
  std::vector<std::pair<int, const char*>> finally_loop_depths_;
  // Comprehension variables shadow the function's names while their comprehension runs.
  std::vector<std::map<std::string, LocalId>> comprehension_scopes_;
  // Narrowed locals (see narrow_local), innermost last: reads of the name read these. A
  // narrowing made inside a comprehension (`p if p is not None else ""`) is of that
  // comprehension's variable, so it records how many comprehension scopes were open.
  struct Narrowed {
    std::string name;
    LocalId local;
    size_t comprehension_depth;
  };
  std::vector<Narrowed> narrowed_;
  // The rest of the statement list being built, for narrowing after an early exit.
  const ast::StmtList* rest_of_body_ = nullptr;
  size_t rest_index_ = 0;
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

  // A materialized live global: its initializer loads the embedded resource at run time,
  // through the op named after its kind ("ingot.resource.transformers.PreTrainedTokenizerFast").
  std::optional<GlobalId> live_global_for(const resolve::Symbol& symbol) {
    auto it = globals_.find(symbol.name);
    if (it != globals_.end()) return it->second;
    auto live = module_.live.find(symbol.name);
    std::string why = live == module_.live.end() ? "it was not materialized" : live->second.error;
    const resolve::Symbol* cls = nullptr;
    if (why.empty() && live->second.kind == "object") {
      why = unusable_object(live->second);
      cls = module_.find(live->second.class_name);
    } else if (why.empty() && !usable_kind(live->second.kind)) {
      why =
          "ingot materializes a " + live->second.kind + " but cannot use one in compiled code yet";
    }
    if (!why.empty()) {
      sink_.report(diag::Kind::MaterializeFailed, module_.file, symbol.loc,
                   "cannot materialize the global '" + symbol.name + "': " + why);
      return std::nullopt;
    }
    GlobalId id(static_cast<uint32_t>(program_.globals.size()));
    globals_[symbol.name] = id;
    FuncId init = new_function();
    program_.globals.push_back({symbol.name, symbol.loc, init});
    if (cls) {
      ClassId c = class_for(*cls);
      FunctionBuilder(*this, init, nullptr)
          .build_object_loader(live->second, c, symbol.name, symbol.loc);
    } else {
      FunctionBuilder(*this, init, nullptr)
          .build_resource_loader("ingot.resource." + live->second.kind, symbol.name, symbol.loc);
    }
    program_.functions[init.index()].name = symbol.name;
    return id;
  }

  static bool usable_kind(const std::string& kind) {
    return types::OpLibrary::get().has("ingot.resource." + kind);
  }

  // Why compiled code cannot rebuild a materialized instance, or "".
  std::string unusable_object(const resolve::LiveObject& live) const {
    const resolve::Symbol* cls = module_.find(live.class_name);
    if (!cls || cls->kind != resolve::Symbol::Kind::Class) {
      return "it is an instance of '" + live.class_name + "', which is not a class of this module";
    }
    for (const resolve::LiveField& field : live.fields) {
      std::string why = field.object ? unusable_object(*field.object) : "";
      if (why.empty() && !field.object && !field.kind.empty() && !usable_kind(field.kind)) {
        why = "is a " + field.kind + ", which compiled code cannot use yet";
      }
      if (!why.empty()) return "its attribute '" + field.name + "' " + why;
    }
    return "";
  }

  // The IR class of a module-level class, built on first use.
  ClassId class_for(const resolve::Symbol& symbol);

  // Builds the classes a type names (`def f(task: Task)` needs Task built).
  void classes_in(types::TypeId t) {
    if (!t) return;
    const types::TypeNode& node = table_.node(t);
    if (node.kind == types::Kind::Object || node.kind == types::Kind::Class) {
      if (const resolve::Symbol* s = module_.find(node.name)) class_for(*s);
    }
    std::vector<types::TypeId> args = node.args;
    for (types::TypeId a : args) classes_in(a);
  }

  // A function of no arguments that computes `value` (a class constant, a field default).
  FuncId initializer(ExprId value, diag::Loc loc, const std::string& name) {
    FuncId init = new_function();
    FunctionBuilder(*this, init, nullptr).build_initializer(value, loc);
    program_.functions[init.index()].name = name;
    return init;
  }

  void unsupported(diag::Loc loc, const std::string& what) {
    sink_.report(diag::Kind::NotSupportedYet, module_.file, loc, what + " is not supported yet");
  }

  // What a module-level name refers to, through imports: "enum.Enum", "builtins.object";
  // the class's own name for one of the module's classes.
  std::string qualified_name(ExprId id) const {
    const ast::ExprNode& e = module_.ast->expr(id);
    if (const auto* n = e.as<ast::Name>()) {
      if (const resolve::Symbol* s = module_.find(n->id)) {
        return s->kind == resolve::Symbol::Kind::Import ? s->qualified : s->name;
      }
      return "builtins." + n->id;
    }
    if (const auto* a = e.as<ast::Attribute>()) return qualified_name(a->value) + "." + a->attr;
    return "";
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
  std::map<std::string, ClassId> classes_;
};

// Reads a class statement: its base, its decorators, its methods, fields and constants.
class ClassBuilder {
 public:
  ClassBuilder(ProgramBuilder& program, ClassId id) : program_(program), id_(id) {}

  void build(const ast::ClassDef& def, diag::Loc loc) {
    cls().name = def.name;
    cls().loc = loc;
    for (const ast::keyword& k : def.keywords) {
      program_.unsupported(k.loc, "a keyword in a class statement");
    }
    if (def.bases.size() > 1) {
      program_.unsupported(m().expr(def.bases[1]).loc, "multiple inheritance");
    }
    if (!def.bases.empty()) base(def.bases[0]);
    for (ExprId d : def.decorator_list) decorator(d);
    ast::StmtList statements = def.body;
    for (size_t i = 0; i < statements.size(); ++i) member(statements[i], i == 0);
    if (cls().flavor == Class::Flavor::Dataclass || cls().flavor == Class::Flavor::NamedTuple) {
      if (!cls().method("__init__")) generated_init(loc);
    }
  }

 private:
  Class& cls() { return program_.program().classes[id_.index()]; }
  const ast::Module& m() const { return *program_.module().ast; }
  std::string text(ExprId id) const {
    return types::source_text(*program_.module().file, m().expr(id).loc);
  }

  void base(ExprId expr) {
    std::string name = program_.qualified_name(expr);
    const auto* n = m().expr(expr).as<ast::Name>();
    const resolve::Symbol* symbol = n ? program_.module().find(n->id) : nullptr;
    if (symbol && symbol->kind == resolve::Symbol::Kind::Class) {
      ClassId base = program_.class_for(*symbol);
      const Class& b = program_.program().cls(base);
      cls().base = base;
      cls().torch_module = b.torch_module;
      cls().flavor = b.flavor == Class::Flavor::Dataclass ? Class::Flavor::Plain : b.flavor;
      cls().enum_base = b.enum_base;
      if (b.flavor == Class::Flavor::Enum && !b.constants.empty()) {
        program_.unsupported(m().expr(expr).loc, "subclassing an Enum that has members");
      }
      return;
    }
    if (name == "enum.Enum" || name == "enum.IntEnum" || name == "enum.StrEnum") {
      cls().flavor = Class::Flavor::Enum;
      cls().enum_base = name.substr(5);
      return;
    }
    if (name == "typing.NamedTuple") {
      cls().flavor = Class::Flavor::NamedTuple;
      return;
    }
    if (name == "builtins.object") return;
    if (name == "torch.nn.Module") {
      cls().torch_module = true;
      return;
    }
    program_.unsupported(m().expr(expr).loc,
                         "the base class '" + text(expr) +
                             "' (a class may derive from object, another class of this module, "
                             "Enum, IntEnum, StrEnum, NamedTuple or torch.nn.Module)");
  }

  void decorator(ExprId d) {
    ExprId target = d;
    const auto* call = m().expr(d).as<ast::Call>();
    if (call) target = call->func;
    std::string name = program_.qualified_name(target);
    if (name != "dataclasses.dataclass") {
      program_.unsupported(m().expr(d).loc, "the class decorator '" + text(d) + "'");
      return;
    }
    cls().flavor = Class::Flavor::Dataclass;
    if (!call) return;
    for (const ast::keyword& k : call->keywords) {
      const auto* value = k.arg ? m().expr(k.value).as<ast::Constant>() : nullptr;
      const bool* flag = value ? std::get_if<bool>(&value->value) : nullptr;
      if (flag && *k.arg == "frozen") {
        cls().frozen = *flag;
      } else if (flag && *k.arg == "order") {
        cls().order = *flag;
      } else if (!(flag && *flag && (*k.arg == "eq" || *k.arg == "init" || *k.arg == "repr"))) {
        program_.unsupported(k.loc, "the dataclass option '" +
                                        types::source_text(*program_.module().file, k.loc) + "'");
      }
    }
  }

  void member(StmtId id, bool first) {
    const ast::StmtNode& s = m().stmt(id);
    std::visit(ast::Overloaded{
                   [&](const ast::Expr& e) {
                     const auto* c = m().expr(e.value).as<ast::Constant>();
                     if (c && std::holds_alternative<ast::Str>(c->value) && first) {
                       cls().docstring = std::get<ast::Str>(c->value).utf8;
                     } else if (!c) {
                       program_.unsupported(s.loc,
                                            "a statement in a class body other than a def, "
                                            "an assignment or a docstring");
                     }
                   },
                   [&](const ast::Pass&) {},
                   [&](const ast::FunctionDef& f) { method(f, s.loc); },
                   [&](const ast::AnnAssign& a) { field(a, s.loc); },
                   [&](const ast::Assign& a) {
                     const auto* target =
                         a.targets.size() == 1 ? m().expr(a.targets[0]).as<ast::Name>() : nullptr;
                     if (!target) {
                       program_.unsupported(s.loc, "this assignment in a class body");
                       return;
                     }
                     constant(target->id, a.value, s.loc);
                   },
                   [&](const auto&) {
                     program_.unsupported(s.loc,
                                          "a statement in a class body other than a def, an "
                                          "assignment or a docstring");
                   },
               },
               s.node);
  }

  void method(const ast::FunctionDef& def, diag::Loc loc) {
    Method method{def.name, Method::Kind::Instance, {}};
    for (ExprId d : def.decorator_list) {
      std::string name = program_.qualified_name(d);
      const auto* setter = m().expr(d).as<ast::Attribute>();
      if (name == "builtins.staticmethod") {
        method.kind = Method::Kind::Static;
      } else if (name == "builtins.classmethod") {
        method.kind = Method::Kind::Class;
      } else if (name == "builtins.property") {
        method.kind = Method::Kind::Property;
      } else if (setter && setter->attr == "setter") {
        method.kind = Method::Kind::Setter;
      } else if (const auto* call = m().expr(d).as<ast::Call>();
                 is_no_op_decorator(program_.qualified_name(call ? call->func : d))) {
        continue;
      } else {
        program_.unsupported(m().expr(d).loc, "the method decorator '" + text(d) + "'");
      }
    }
    if (method.kind != Method::Kind::Static && def.args.args.empty()) {
      program_.unsupported(loc, "a method without a self parameter (add @staticmethod)");
      return;
    }
    method.func = program_.new_function();
    FunctionBuilder(program_, method.func, nullptr).build_def(def, loc, id_);
    program_.program().functions[method.func.index()].name = cls().name + "." + def.name;
    cls().methods.push_back(std::move(method));
  }

  void field(const ast::AnnAssign& a, diag::Loc loc) {
    const auto* target = m().expr(a.target).as<ast::Name>();
    if (!target) {
      program_.unsupported(loc, "this annotated assignment in a class body");
      return;
    }
    // ClassVar[...] is a class attribute, not a field.
    const auto* sub = m().expr(a.annotation).as<ast::Subscript>();
    if (sub && program_.qualified_name(sub->value) == "typing.ClassVar") {
      if (a.value) constant(target->id, a.value, loc);
      return;
    }
    Field f{
        target->id, loc,
        types::from_annotation(program_.module(), a.annotation, program_.table(), program_.sink()),
        a.value.valid()};
    cls().fields.push_back(f);
    field_values_.push_back(a.value);
    field_annotations_.push_back(
        types::source_text(*program_.module().file, m().expr(a.annotation).loc));
    // In a plain class, `x: int = 0` is also the value instances start with.
    if (a.value && cls().flavor == Class::Flavor::Plain) constant(target->id, a.value, loc);
  }

  void constant(const std::string& name, ExprId value, diag::Loc loc) {
    FuncId init;
    const auto* call = m().expr(value).as<ast::Call>();
    if (cls().flavor == Class::Flavor::Enum && call &&
        program_.qualified_name(call->func) == "enum.auto") {
      // auto(): one more than the last int member, from 1 (Enum's own rule).
      init = program_.new_function();
      FunctionBuilder(program_, init, nullptr).build_constant(++last_auto_, loc);
    } else {
      init = program_.initializer(value, loc, cls().name + "." + name);
      if (const auto* c = m().expr(value).as<ast::Constant>()) {
        if (const auto* i = std::get_if<ast::Int>(&c->value); i && i->value) last_auto_ = *i->value;
      }
    }
    cls().constants.push_back({name, loc, init});
  }

  void generated_init(diag::Loc loc) {
    std::vector<FunctionBuilder::InitField> fields;
    // A dataclass deriving from a dataclass takes its base's fields first.
    for (ClassId c = cls().base; c.valid(); c = program_.program().cls(c).base) {
      if (program_.program().cls(c).flavor == Class::Flavor::Dataclass ||
          program_.program().cls(c).flavor == Class::Flavor::Plain) {
        // Only a direct dataclass base contributes (its generated __init__'s parameters).
        const Class& b = program_.program().cls(c);
        const Method* init = b.method("__init__");
        if (!init) continue;
        const Function& base_init = program_.program().function(init->func);
        std::vector<FunctionBuilder::InitField> inherited;
        for (size_t p = 1; p < base_init.params.size(); ++p) {
          const Param& param = base_init.params[p];
          inherited.push_back({param.name, param.loc, param.annotation, param.annotation_text,
                               param.default_value, param.default_factory});
        }
        fields.insert(fields.begin(), inherited.begin(), inherited.end());
        break;
      }
    }
    bool defaults_started = false;
    for (size_t i = 0; i < cls().fields.size(); ++i) {
      const Field& f = cls().fields[i];
      FunctionBuilder::InitField init{f.name, f.loc, f.annotation, field_annotations_[i], {}, {}};
      if (ExprId value = field_values_[i]) default_of(value, init);
      bool has_default = init.default_value || init.default_factory.valid();
      if (defaults_started && !has_default) {
        program_.sink().report(diag::Kind::TypeConflict, program_.module().file, f.loc,
                               "non-default argument '" + f.name + "' follows default argument");
      }
      defaults_started |= has_default;
      std::erase_if(fields, [&](const auto& existing) { return existing.name == f.name; });
      fields.push_back(std::move(init));
    }
    FuncId init = program_.new_function();
    FunctionBuilder(program_, init, nullptr).build_generated_init(id_, fields, loc);
    cls().methods.push_back({"__init__", Method::Kind::Instance, init});
  }

  // A field's default: a literal, `field(default=...)`, `field(default_factory=...)`, or
  // another expression (computed afresh at each call, which for the immutable values such
  // defaults must be is the same).
  void default_of(ExprId value, FunctionBuilder::InitField& init) {
    const ast::ExprNode& e = m().expr(value);
    if (const auto* call = e.as<ast::Call>();
        call && program_.qualified_name(call->func) == "dataclasses.field") {
      for (const ast::keyword& k : call->keywords) {
        if (k.arg && *k.arg == "default_factory") {
          init.default_factory = program_.new_function();
          FunctionBuilder(program_, init.default_factory, nullptr).build_factory(k.value, k.loc);
        } else if (k.arg && *k.arg == "default") {
          default_of(k.value, init);
        } else {
          program_.unsupported(k.loc, "this argument of dataclasses.field()");
        }
      }
      return;
    }
    if (std::optional<Constant> c = literal_constant(value)) {
      init.default_value = c;
      return;
    }
    init.default_factory = program_.initializer(value, e.loc, cls().name + "." + init.name);
  }

  std::optional<Constant> literal_constant(ExprId value) const {
    const ast::ExprNode& e = m().expr(value);
    const auto* c = e.as<ast::Constant>();
    const auto* neg = e.as<ast::UnaryOp>();
    bool negative = neg && neg->op == ast::UnaryOperator::USub;
    if (negative) c = m().expr(neg->operand).as<ast::Constant>();
    if (!c) return std::nullopt;
    std::optional<Constant> out;
    std::visit(ast::Overloaded{
                   [&](ast::NoneType) { out = ast::NoneType{}; },
                   [&](bool b) { out = b; },
                   [&](const ast::Int& i) {
                     if (i.value) out = negative ? -*i.value : *i.value;
                   },
                   [&](double d) { out = negative ? -d : d; },
                   [&](const ast::Str& s) {
                     if (!negative) out = s;
                   },
                   [&](const ast::Bytes& b) {
                     if (!negative) out = b;
                   },
                   [&](const auto&) {},
               },
               c->value);
    return out;
  }

  ProgramBuilder& program_;
  ClassId id_;
  std::vector<ExprId> field_values_;
  std::vector<std::string> field_annotations_;
  int64_t last_auto_ = 0;
};

ClassId ProgramBuilder::class_for(const resolve::Symbol& symbol) {
  auto it = classes_.find(symbol.name);
  if (it != classes_.end()) return it->second;
  ClassId id(static_cast<uint32_t>(program_.classes.size()));
  classes_[symbol.name] = id;
  program_.classes.emplace_back();
  ClassBuilder(*this, id).build(*module_.ast->stmt(symbol.stmt).as<ast::ClassDef>(), symbol.loc);
  return id;
}

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
  // Innermost first: the narrowings made at each comprehension depth, then the variables
  // of the comprehension that opened that depth.
  for (size_t depth = comprehension_scopes_.size() + 1; depth-- > 0;) {
    for (auto it = narrowed_.rbegin(); it != narrowed_.rend(); ++it) {
      if (it->name == name && it->comprehension_depth == depth) return LocalRef{it->local, 0};
    }
    if (depth == 0) break;
    const auto& scope = comprehension_scopes_[depth - 1];
    if (auto it = scope.find(name); it != scope.end()) return LocalRef{it->second, 0};
  }
  if (auto it = locals_.find(name); it != locals_.end()) return LocalRef{it->second, 0};
  if (parent_) {
    if (auto outer = parent_->lookup_local(name)) return LocalRef{outer->local, outer->depth + 1};
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------
// Functions.

void FunctionBuilder::build_def(const ast::FunctionDef& def, diag::Loc loc, ClassId cls) {
  Function& f = fn();
  f.name = def.name;
  f.loc = loc;
  if (parent_) f.parent = parent_->id_;
  cls_ = cls.valid() ? cls : parent_ ? parent_->cls_ : ClassId();
  f.body = new_block();
  current_ = f.body;
  for (ExprId d : def.decorator_list) {
    const auto* call = m().expr(d).as<ast::Call>();
    if (is_no_op_decorator(qualified_name(call ? call->func : d))) continue;
    if (!cls.valid() && resolve::decorator_name(m(), d) != "compile") {
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

void FunctionBuilder::build_constant(const Constant& value, diag::Loc loc) {
  Function& f = fn();
  f.loc = loc;
  f.body = new_block();
  current_ = f.body;
  emit(Opcode::Return, loc, {constant(loc, value)});
}

void FunctionBuilder::build_resource_loader(const std::string& loader, const std::string& name,
                                            diag::Loc loc) {
  Function& f = fn();
  f.loc = loc;
  f.body = new_block();
  current_ = f.body;
  emit(Opcode::Return, loc, {call(loc, loader, {constant(loc, ast::Str{name})})});
}

void FunctionBuilder::build_object_loader(const resolve::LiveObject& live, ClassId cls,
                                          const std::string& name, diag::Loc loc) {
  Function& f = fn();
  f.loc = loc;
  f.body = new_block();
  current_ = f.body;
  emit(Opcode::Return, loc, {materialized_object(live, cls, name, loc)});
}

// The instance `live` describes, its resources under `name`: made without __init__, then
// each field set (a nested instance built the same way).
InstId FunctionBuilder::materialized_object(const resolve::LiveObject& live, ClassId cls,
                                            const std::string& name, diag::Loc loc) {
  LocalRef object{new_local("$object", loc, true), 0};
  InstId made = emit(Opcode::Call, loc, {emit(Opcode::LoadClass, loc, {}, cls)},
                     CallTarget{CallTarget::Kind::Value, "__new__", {}, {""}});
  emit(Opcode::StoreLocal, loc, {made}, object);
  for (const resolve::LiveField& field : live.fields) {
    InstId value;
    if (field.object) {
      const resolve::Symbol* nested = program_.module().find(field.object->class_name);
      value = materialized_object(*field.object, program_.class_for(*nested),
                                  name + "/" + field.name, loc);
    } else if (!field.kind.empty()) {
      value = call(loc, "ingot.resource." + field.kind,
                   {constant(loc, ast::Str{name + "/" + field.name})});
    } else {
      value = std::visit(
          [&](const auto& v) -> InstId {
            using V = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<V, std::monostate>) {
              return constant(loc, ast::NoneType{});
            } else if constexpr (std::is_same_v<V, std::string>) {
              return constant(loc, ast::Str{v});
            } else {
              return constant(loc, v);
            }
          },
          field.constant);
    }
    emit(Opcode::Call, loc, {emit(Opcode::LoadLocal, loc, {}, object), value},
         CallTarget{CallTarget::Kind::SetAttr, field.name, {}, {"", ""}});
  }
  return emit(Opcode::LoadLocal, loc, {}, object);
}

void FunctionBuilder::build_factory(ExprId factory, diag::Loc loc) {
  Function& f = fn();
  f.loc = loc;
  f.name = "default_factory";
  f.body = new_block();
  current_ = f.body;
  std::string name = program_.qualified_name(factory);
  InstId value;
  if (name == "builtins.list" || name == "builtins.dict" || name == "builtins.set") {
    value = call(loc, name, {});
  } else {
    value =
        emit(Opcode::Call, loc, {expr(factory)}, CallTarget{CallTarget::Kind::Value, "", {}, {""}});
  }
  emit(Opcode::Return, loc, {value});
}

void FunctionBuilder::build_generated_init(ClassId cls, const std::vector<InitField>& fields,
                                           diag::Loc loc) {
  const Class& c = program_.program().cls(cls);
  fn().name = c.name + ".__init__";
  fn().loc = loc;
  fn().generated = true;
  cls_ = cls;
  fn().body = new_block();
  current_ = fn().body;
  Param self;
  self.name = "self";
  self.loc = loc;
  self.local = new_local("self", loc);
  self.annotation = program_.table().object(c.name);
  fn().locals[self.local.index()].declared = self.annotation;
  fn().params.push_back(self);
  for (const InitField& field : fields) {
    Param p;
    p.name = field.name;
    p.loc = field.loc;
    p.local = new_local(field.name, field.loc);
    p.annotation = field.annotation;
    p.annotation_text = field.annotation_text;
    p.default_value = field.default_value;
    p.default_factory = field.default_factory;
    if (p.annotation) fn().locals[p.local.index()].declared = p.annotation;
    fn().params.push_back(std::move(p));
  }
  for (const Param& p : fn().params) {
    if (p.name == "self") continue;
    InstId object = emit(Opcode::LoadLocal, loc, {}, LocalRef{fn().params[0].local, 0});
    InstId value = emit(Opcode::LoadLocal, p.loc, {}, LocalRef{p.local, 0});
    emit(Opcode::Call, p.loc, {object, value},
         CallTarget{CallTarget::Kind::SetAttr, p.name, {}, {"", ""}});
  }
  if (c.method("__post_init__")) {
    InstId object = emit(Opcode::LoadLocal, loc, {}, LocalRef{fn().params[0].local, 0});
    emit(Opcode::Call, loc, {object},
         CallTarget{CallTarget::Kind::Method, "__post_init__", {}, {""}});
  }
  emit(Opcode::Return, loc, {constant(loc, ast::NoneType{})});
}

// CPython lets a default differ from its parameter's annotation (`scale: float = 2` is
// called with the int 2, `name: str = None` with None): the parameter takes both types.
void FunctionBuilder::widen_to_default(Param& p) {
  if (!p.annotation || !p.default_value || !p.literal_values.empty()) return;
  types::TypeTable& table = program_.table();
  types::TypeId given = std::visit(ast::Overloaded{
                                       [&](ast::NoneType) { return table.none(); },
                                       [&](bool) { return table.boolean(); },
                                       [&](int64_t) { return table.integer(); },
                                       [&](double) { return table.floating(); },
                                       [&](const ast::Str&) { return table.str(); },
                                       [&](const ast::Bytes&) { return table.bytes(); },
                                   },
                                   *p.default_value);
  for (types::TypeId alt : table.alternatives(p.annotation)) {
    if (table.resolve(alt) == table.resolve(given)) return;
  }
  p.annotation = table.union_of({p.annotation, given});
  fn().locals[p.local.index()].declared = p.annotation;
}

void FunctionBuilder::params(const ast::arguments& args) {
  if (!args.posonlyargs.empty()) {
    unsupported(args.posonlyargs[0].loc, "positional-only parameters");
  }
  auto add = [&](const ast::arg& a, ExprId default_expr, bool keyword_only,
                 bool var_positional = false, bool var_keyword = false) {
    Param p;
    p.name = a.arg;
    p.loc = a.loc;
    p.keyword_only = keyword_only;
    p.var_positional = var_positional;
    p.var_keyword = var_keyword;
    p.local = new_local(a.arg, a.loc);
    locals_[a.arg] = p.local;
    if (a.annotation) {
      p.annotation = types::from_annotation(program_.module(), a.annotation, program_.table(),
                                            program_.sink(), &p.literal_values, &p.metadata);
      p.annotation_text = types::source_text(*program_.module().file, m().expr(a.annotation).loc);
      // `*args: T` is a tuple[T, ...]; `**kwargs: T` a dict[str, T].
      types::TypeTable& table = program_.table();
      if (p.annotation && var_positional) p.annotation = table.tuple_of(p.annotation);
      if (p.annotation && var_keyword) p.annotation = table.dict(table.str(), p.annotation);
      fn().locals[p.local.index()].declared = p.annotation;
      program_.classes_in(p.annotation);
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
      widen_to_default(p);
    }
    fn().params.push_back(std::move(p));
  };
  size_t first_default = args.args.size() - args.defaults.size();
  for (size_t i = 0; i < args.args.size(); ++i) {
    add(args.args[i], i >= first_default ? args.defaults[i - first_default] : ExprId(), false);
  }
  if (args.vararg) add(*args.vararg, ExprId(), false, true);
  for (size_t i = 0; i < args.kwonlyargs.size(); ++i) {
    add(args.kwonlyargs[i], args.kw_defaults[i], true);
  }
  if (args.kwarg) add(*args.kwarg, ExprId(), true, false, true);
}

// ---------------------------------------------------------------------------------------
// Statements.

void FunctionBuilder::body(const ast::StmtList& list) {
  const ast::StmtList* saved_rest = rest_of_body_;
  size_t saved_index = rest_index_;
  size_t saved_narrowed = narrowed_.size();
  rest_of_body_ = &list;
  for (size_t i = 0; i < list.size(); ++i) {
    rest_index_ = i + 1;
    stmt(list[i]);
    // A narrowed local assigned here holds its new value from now on.
    if (!narrowed_.empty()) {
      for (const std::string& name : BoundNames(m()).of({list[i]})) {
        std::erase_if(narrowed_, [&](const auto& entry) { return entry.name == name; });
      }
    }
  }
  narrowed_.resize(saved_narrowed);  // narrowing after an early exit ends with the block
  rest_of_body_ = saved_rest;
  rest_index_ = saved_index;
}

// Whether a statement list always leaves by return, raise, break or continue.
static bool always_leaves(const ast::Module& m, const ast::StmtList& list) {
  if (list.empty()) return false;
  const ast::StmtNode& last = m.stmt(list.back());
  if (last.is<ast::Return>() || last.is<ast::Raise>() || last.is<ast::Break>() ||
      last.is<ast::Continue>()) {
    return true;
  }
  if (const auto* i = last.as<ast::If>()) {
    return always_leaves(m, i->body) && always_leaves(m, i->orelse);
  }
  return false;
}

void FunctionBuilder::if_stmt(const ast::If& i, diag::Loc loc) {
  InstId cond = truth(m().expr(i.test).loc, expr(i.test));
  std::optional<NarrowTest> narrow = narrowing_of(i.test);
  auto branch = [&](const ast::StmtList& statements, const std::string& test) {
    return in_block([&] {
      size_t saved = narrowed_.size();
      if (narrow && !test.empty()) narrow_local(narrow->name, test, loc, statements);
      body(statements);
      while (narrowed_.size() > saved) narrowed_.pop_back();
    });
  };
  BlockId then_block = branch(i.body, narrow ? narrow->passed : "");
  BlockId else_block = branch(i.orelse, narrow ? narrow->failed : "");
  emit(Opcode::If, loc, {cond}, Branches{then_block, else_block});
  // `if x is None: return ...` narrows x for the rest of the block.
  if (narrow && i.orelse.empty() && always_leaves(m(), i.body) && !narrow->failed.empty() &&
      rest_of_body_) {
    ast::StmtList rest(rest_of_body_->begin() + static_cast<long>(rest_index_),
                       rest_of_body_->end());
    narrow_local(narrow->name, narrow->failed, loc, rest);  // body() ends it with the block
  }
}

std::optional<FunctionBuilder::NarrowTest> FunctionBuilder::narrowing_of(ExprId test) {
  const ast::ExprNode& e = m().expr(test);
  auto local_name = [&](ExprId id) -> std::optional<std::string> {
    const auto* n = m().expr(id).as<ast::Name>();
    if (!n) return std::nullopt;
    auto ref = lookup_local(n->id);
    if (!ref || ref->depth != 0) return std::nullopt;
    return n->id;
  };
  if (const auto* u = e.as<ast::UnaryOp>(); u && u->op == ast::UnaryOperator::Not) {
    std::optional<NarrowTest> inner = narrowing_of(u->operand);
    if (inner) std::swap(inner->passed, inner->failed);
    return inner;
  }
  if (const auto* c = e.as<ast::Compare>(); c && c->ops.size() == 1) {
    const auto* none = m().expr(c->comparators[0]).as<ast::Constant>();
    bool is = c->ops[0] == ast::CmpOperator::Is, is_not = c->ops[0] == ast::CmpOperator::IsNot;
    auto name = local_name(c->left);
    if (name && none && std::holds_alternative<ast::NoneType>(none->value) && (is || is_not)) {
      return NarrowTest{*name, is ? "none" : "not-none", is ? "not-none" : "none"};
    }
    return std::nullopt;
  }
  if (const auto* call = e.as<ast::Call>();
      call && qualified_name(call->func) == "builtins.isinstance" && call->args.size() == 2) {
    auto name = local_name(call->args[0]);
    std::optional<std::string> classes = isinstance_classes(*call, false);
    if (name && classes) {
      return NarrowTest{*name, "isinstance:" + *classes, "not-isinstance:" + *classes};
    }
    return std::nullopt;
  }
  if (auto name = local_name(test)) return NarrowTest{*name, "not-none", ""};  // `if x:`
  return std::nullopt;
}

LocalRef FunctionBuilder::hold(InstId value, diag::Loc loc, const std::string& name) {
  LocalRef ref{new_local(name, loc, true), 0};
  emit(Opcode::StoreLocal, loc, {value}, ref);
  return ref;
}

// match: the cases in order, each tried only while none before it matched. A pattern is a
// nest of tests (see pattern()); the innermost, reached when all pass, runs the guard and
// the body.
void FunctionBuilder::match_stmt(const ast::Match& match, diag::Loc loc) {
  LocalRef subject = hold(expr(match.subject), loc, "$subject");
  LocalRef matched = hold(constant(loc, false), loc, "$matched");
  for (const ast::match_case& c : match.cases) {
    InstId earlier = emit(Opcode::LoadLocal, loc, {}, matched);
    InstId not_yet = call(loc, "operator.not_", {earlier});
    BlockId attempt = in_block([&] {
      pattern(c.pattern, subject, [&] {
        auto run = [&] {
          emit(Opcode::StoreLocal, loc, {constant(loc, true)}, matched);
          body(c.body);
        };
        if (!c.guard) {
          run();
          return;
        }
        InstId guard = truth(m().expr(c.guard).loc, expr(c.guard));
        emit(Opcode::If, loc, {guard}, Branches{in_block(run), new_block()});
      });
    });
    emit(Opcode::If, loc, {not_yet}, Branches{attempt, new_block()});
  }
}

void FunctionBuilder::pattern(ast::PatternId id, LocalRef subject,
                              const std::function<void()>& on_match) {
  const ast::PatternNode& p = m().pattern(id);
  diag::Loc loc = p.loc;
  auto load = [&](LocalRef ref) { return emit(Opcode::LoadLocal, loc, {}, ref); };
  // Runs `then` when `cond` holds.
  auto when = [&](InstId cond, const std::function<void()>& then) {
    emit(Opcode::If, loc, {cond}, Branches{in_block(then), new_block()});
  };
  // Runs `then` with the subject narrowed to the classes named (in a block of its own:
  // when the subject can never be one, that block is dead and the later cases still run).
  auto as_instance = [&](const std::string& classes, const std::function<void(LocalRef)>& then) {
    InstId test = call(loc, "ingot.isinstance", {load(subject), constant(loc, ast::Str{classes})});
    when(test, [&] {
      InstId narrowed =
          emit(Opcode::Narrow, loc, {load(subject)}, Constant{ast::Str{"isinstance:" + classes}});
      then(hold(narrowed, loc, "$case"));
    });
  };
  auto bind = [&](const std::string& name, InstId value) {
    if (auto ref = lookup_local(name)) emit(Opcode::StoreLocal, loc, {value}, *ref);
  };
  std::visit(
      ast::Overloaded{
          [&](const ast::MatchValue& v) {
            when(call(loc, "operator.eq", {load(subject), expr(v.value)}), on_match);
          },
          [&](const ast::MatchSingleton& s) {
            if (const bool* b = std::get_if<bool>(&s.value)) {
              as_instance("bool", [&](LocalRef narrowed) {
                when(call(loc, "operator.eq", {load(narrowed), constant(loc, *b)}), on_match);
              });
              return;
            }
            when(call(loc, "operator.is_", {load(subject), constant(loc, ast::NoneType{})}),
                 on_match);
          },
          [&](const ast::MatchAs& a) {
            auto capture = [&] {
              if (a.name) bind(*a.name, load(subject));
              on_match();
            };
            if (a.pattern) {
              pattern(a.pattern, subject, capture);
            } else {
              capture();
            }
          },
          [&](const ast::MatchOr& o) {
            LocalRef any = hold(constant(loc, false), loc, "$or");
            for (ast::PatternId alternative : o.patterns) {
              InstId not_yet = call(loc, "operator.not_", {load(any)});
              when(not_yet, [&] {
                pattern(alternative, subject,
                        [&] { emit(Opcode::StoreLocal, loc, {constant(loc, true)}, any); });
              });
            }
            when(load(any), on_match);
          },
          [&](const ast::MatchSequence& s) {
            as_instance("list,tuple", [&](LocalRef sequence) {
              size_t n = s.patterns.size();
              std::optional<size_t> star;
              for (size_t i = 0; i < n; ++i) {
                if (m().pattern(s.patterns[i]).is<ast::MatchStar>()) star = i;
              }
              InstId length = call(loc, "builtins.len", {load(sequence)});
              InstId fits =
                  star ? call(loc, "operator.ge",
                              {length, constant(loc, static_cast<int64_t>(n - 1))})
                       : call(loc, "operator.eq", {length, constant(loc, static_cast<int64_t>(n))});
              std::function<void(size_t)> items = [&](size_t i) {
                if (i == n) {
                  on_match();
                  return;
                }
                const ast::PatternNode& item = m().pattern(s.patterns[i]);
                if (const auto* rest = item.as<ast::MatchStar>()) {
                  if (rest->name) {
                    // The starred items, always a list (as CPython binds them).
                    InstId stop = call(loc, "operator.sub",
                                       {call(loc, "builtins.len", {load(sequence)}),
                                        constant(loc, static_cast<int64_t>(n - 1 - i))});
                    InstId slice = call(loc, "operator.getslice",
                                        {load(sequence), constant(loc, static_cast<int64_t>(i)),
                                         stop, constant(loc, ast::NoneType{})});
                    bind(*rest->name, call(loc, "builtins.list", {slice}));
                  }
                  items(i + 1);
                  return;
                }
                int64_t index = star && i > *star
                                    ? static_cast<int64_t>(i) - static_cast<int64_t>(n)
                                    : static_cast<int64_t>(i);
                InstId value =
                    call(loc, "operator.getitem", {load(sequence), constant(loc, index)});
                pattern(s.patterns[i], hold(value, loc, "$item"), [&] { items(i + 1); });
              };
              when(fits, [&] { items(0); });
            });
          },
          [&](const ast::MatchMapping& mp) {
            as_instance("dict", [&](LocalRef mapping) {
              std::function<void(size_t)> entries = [&](size_t i) {
                if (i == mp.keys.size()) {
                  if (mp.rest) {
                    InstId copy = emit(Opcode::Call, loc, {load(mapping)},
                                       CallTarget{CallTarget::Kind::Method, "copy", {}, {""}});
                    LocalRef rest = hold(copy, loc, "$rest");
                    for (ExprId key : mp.keys) {
                      emit(Opcode::Call, loc, {load(rest), expr(key)},
                           CallTarget{CallTarget::Kind::Method, "pop", {}, {"", ""}});
                    }
                    bind(*mp.rest, load(rest));
                  }
                  on_match();
                  return;
                }
                InstId present = call(loc, "operator.contains", {load(mapping), expr(mp.keys[i])});
                when(present, [&] {
                  InstId value = call(loc, "operator.getitem", {load(mapping), expr(mp.keys[i])});
                  pattern(mp.patterns[i], hold(value, loc, "$value"), [&] { entries(i + 1); });
                });
              };
              entries(0);
            });
          },
          [&](const ast::MatchClass& c) { class_pattern(c, loc, subject, on_match); },
          [&](const ast::MatchStar&) { unsupported(loc, "a star pattern outside a sequence"); },
      },
      p.node);
}

// C(p0, p1, attr=p2): an instance of C (narrowed to it), then each sub-pattern on what it
// names: a built-in class matches its one positional pattern against the subject itself;
// a class of the module, against the attributes __match_args__ names (a dataclass's and a
// NamedTuple's fields, or the class's own `__match_args__ = ("x", "y")`).
void FunctionBuilder::class_pattern(const ast::MatchClass& c, diag::Loc loc, LocalRef subject,
                                    const std::function<void()>& on_match) {
  static const std::set<std::string> kSelfMatching = {"bool", "bytes", "dict", "float", "int",
                                                      "list", "set",   "str",  "tuple"};
  std::string qualified = qualified_name(c.cls);
  const auto* class_name = m().expr(c.cls).as<ast::Name>();
  const resolve::Symbol* symbol = class_name ? program_.module().find(class_name->id) : nullptr;
  std::string name;
  std::vector<std::string> match_args;
  if (symbol && symbol->kind == resolve::Symbol::Kind::Class) {
    ClassId id = program_.class_for(*symbol);
    name = symbol->name;
    const Class& cls = program_.program().cls(id);
    if (const Method* init = cls.method("__init__");
        init && program_.program().function(init->func).generated) {
      const Function& f = program_.program().function(init->func);
      for (size_t p = 1; p < f.params.size(); ++p) match_args.push_back(f.params[p].name);
    }
    const auto& def = *m().stmt(symbol->stmt).as<ast::ClassDef>();
    for (StmtId s : def.body) {
      const auto* a = m().stmt(s).as<ast::Assign>();
      const auto* target =
          a && a->targets.size() == 1 ? m().expr(a->targets[0]).as<ast::Name>() : nullptr;
      const auto* names = a ? m().expr(a->value).as<ast::Tuple>() : nullptr;
      if (!target || target->id != "__match_args__" || !names) continue;
      match_args.clear();
      for (ExprId e : names->elts) {
        const auto* text = m().expr(e).as<ast::Constant>();
        if (text && std::holds_alternative<ast::Str>(text->value)) {
          match_args.push_back(std::get<ast::Str>(text->value).utf8);
        }
      }
    }
  } else if (qualified.starts_with("builtins.") && kSelfMatching.count(qualified.substr(9))) {
    name = qualified.substr(9);
  } else {
    unsupported(m().expr(c.cls).loc,
                "a class pattern with a class other than a built-in one or one of the module's");
    return;
  }
  bool self_matching = kSelfMatching.count(name) && !symbol;
  if (c.patterns.size() > (self_matching ? 1 : match_args.size())) {
    unsupported(loc, name +
                         "() in a pattern with more positional sub-patterns than its "
                         "__match_args__ names");
    return;
  }
  auto load = [&](LocalRef ref) { return emit(Opcode::LoadLocal, loc, {}, ref); };
  InstId test = call(loc, "ingot.isinstance", {load(subject), constant(loc, ast::Str{name})});
  BlockId matched_class = in_block([&] {
    InstId narrowed =
        emit(Opcode::Narrow, loc, {load(subject)}, Constant{ast::Str{"isinstance:" + name}});
    LocalRef instance = hold(narrowed, loc, "$case");
    std::vector<std::pair<std::string, ast::PatternId>> parts;
    for (size_t i = 0; i < c.patterns.size(); ++i) {
      parts.emplace_back(self_matching ? "" : match_args[i], c.patterns[i]);
    }
    for (size_t i = 0; i < c.kwd_attrs.size(); ++i)
      parts.emplace_back(c.kwd_attrs[i], c.kwd_patterns[i]);
    std::function<void(size_t)> next = [&](size_t i) {
      if (i == parts.size()) {
        on_match();
        return;
      }
      LocalRef part = instance;
      if (!parts[i].first.empty()) {
        InstId value = emit(Opcode::Call, loc, {load(instance)},
                            CallTarget{CallTarget::Kind::Method, parts[i].first, {}, {""}, true});
        part = hold(value, loc, "$attribute");
      }
      pattern(parts[i].second, part, [&] { next(i + 1); });
    };
    next(0);
  });
  emit(Opcode::If, loc, {test}, Branches{matched_class, new_block()});
}

bool FunctionBuilder::narrow_local(const std::string& name, const std::string& test, diag::Loc loc,
                                   const ast::StmtList& statements) {
  // An assignment at the top of the narrowed statements ends the narrowing there (see
  // body()); one inside a nested statement would leave it unclear, so it prevents it.
  auto ref = lookup_local(name);
  if (!ref) return false;
  for (StmtId s : statements) {
    const ast::StmtNode& node = m().stmt(s);
    if (node.is<ast::Assign>() || node.is<ast::AugAssign>() || node.is<ast::AnnAssign>()) continue;
    std::vector<std::string> assigned = BoundNames(m()).of({s});
    if (std::find(assigned.begin(), assigned.end(), name) != assigned.end()) return false;
  }
  InstId value = emit(Opcode::LoadLocal, loc, {}, *ref);
  InstId narrowed = emit(Opcode::Narrow, loc, {value}, Constant{ast::Str{test}});
  LocalId local = new_local("$" + name, loc, true);
  emit(Opcode::StoreLocal, loc, {narrowed}, LocalRef{local, 0});
  narrowed_.push_back({name, local, comprehension_scopes_.size()});
  return true;
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
                 [&](const ast::If& i) { if_stmt(i, loc); },
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
                 [&](const ast::Match& match) { match_stmt(match, loc); },
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
    // A store goes to the variable itself, not to a narrowed view of it.
    std::vector<Narrowed> narrowed;
    std::swap(narrowed, narrowed_);
    auto ref = lookup_local(n->id);
    std::swap(narrowed, narrowed_);
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
    if (has_star(*elts)) {
      assign_starred(*elts, value, t.loc, loc);
      return;
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
  if (const auto* a = t.as<ast::Attribute>()) {
    InstId object = expr(a->value);
    emit(Opcode::Call, t.loc, {object, value},
         CallTarget{CallTarget::Kind::SetAttr, a->attr, {}, {"", ""}});
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
// Other context managers are the user's: __enter__ on the way in (its result bound by
// `as`), __exit__ on the way out; an exception passes to __exit__ (as its type and its
// value, both the exception object here) and is raised again unless __exit__ returns true.
void FunctionBuilder::with_stmt(const ast::With& w, diag::Loc loc) {
  static const std::set<std::string> kNoOps = {
      "torch.no_grad",          "torch.inference_mode",   "torch.enable_grad",
      "contextlib.nullcontext", "torch.autograd.no_grad", "torch.autograd.inference_mode"};
  std::function<void(size_t)> items = [&](size_t i) {
    if (i == w.items.size()) {
      body(w.body);
      return;
    }
    const ast::withitem& item = w.items[i];
    const ast::ExprNode& e = m().expr(item.context_expr);
    const auto* call = e.as<ast::Call>();
    if (call && kNoOps.count(qualified_name(call->func)) && !item.optional_vars) {
      items(i + 1);
      return;
    }
    LocalRef manager = hold(expr(item.context_expr), e.loc, "$manager");
    auto method = [&](const std::string& name, std::vector<InstId> args) {
      args.insert(args.begin(), emit(Opcode::LoadLocal, loc, {}, manager));
      std::vector<std::string> keywords(args.size());
      return emit(Opcode::Call, loc, std::move(args),
                  CallTarget{CallTarget::Kind::Method, name, {}, std::move(keywords)});
    };
    InstId entered = method("__enter__", {});
    if (item.optional_vars) assign(item.optional_vars, entered, loc);
    TryBody t;
    // Leaving the body by return, break or continue would skip __exit__: not supported.
    finally_loop_depths_.emplace_back(loop_depth_, "a with statement");
    t.body = in_block([&] { items(i + 1); });
    finally_loop_depths_.pop_back();
    Handler handler;
    handler.name = new_local("$exception", loc, true);
    ++handler_depth_;
    handler.body = in_block([&] {
      InstId caught = emit(Opcode::LoadLocal, loc, {}, LocalRef{handler.name, 0});
      InstId suppress =
          truth(loc, method("__exit__", {caught, caught, constant(loc, ast::NoneType{})}));
      BlockId reraise = in_block([&] { emit(Opcode::Raise, loc); });
      emit(Opcode::If, loc, {suppress}, Branches{new_block(), reraise});
    });
    --handler_depth_;
    t.handlers.push_back(std::move(handler));
    t.else_block = in_block([&] {
      InstId none = constant(loc, ast::NoneType{});
      method("__exit__", {none, none, none});
    });
    emit(Opcode::Try, loc, {}, std::move(t));
  };
  items(0);
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
  if (!t.finalbody.empty()) {
    finally_loop_depths_.emplace_back(loop_depth_, "a try statement that has a finally clause");
  }
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
  for (const auto& [depth, what] : finally_loop_depths_) {
    if (is_return || depth == loop_depth_) {
      unsupported(loc, std::string(is_return ? "return" : "break or continue") + " out of " + what);
      return;
    }
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
  if (const auto* attr = t.as<ast::Attribute>()) {
    // The object is evaluated once, as in CPython.
    InstId object = expr(attr->value);
    InstId current = emit(Opcode::Call, t.loc, {object},
                          CallTarget{CallTarget::Kind::Method, attr->attr, {}, {""}, true});
    InstId result = call(loc, inplace_name(a.op), {current, expr(a.value)});
    emit(Opcode::Call, t.loc, {object, result},
         CallTarget{CallTarget::Kind::SetAttr, attr->attr, {}, {"", ""}});
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
  std::optional<NarrowTest> narrow = narrowing_of(w.test);
  ++loop_depth_;
  BlockId body_block = in_block([&] {
    // `while node is not None:` narrows node in the body, until the body assigns it.
    size_t saved = narrowed_.size();
    if (narrow && !narrow->passed.empty()) narrow_local(narrow->name, narrow->passed, loc, w.body);
    body(w.body);
    while (narrowed_.size() > saved) narrowed_.pop_back();
  });
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
          [&](const ast::List& l) {
            if (has_star(l.elts)) return starred_display(l.elts, loc, false);
            return emit(Opcode::MakeList, loc, exprs(l.elts));
          },
          [&](const ast::Tuple& t) {
            if (has_star(t.elts)) {
              return call(loc, "builtins.tuple", {starred_display(t.elts, loc, false)});
            }
            return emit(Opcode::MakeTuple, loc, exprs(t.elts));
          },
          [&](const ast::Set& s) {
            if (has_star(s.elts)) return starred_display(s.elts, loc, true);
            return emit(Opcode::MakeSet, loc, exprs(s.elts));
          },
          [&](const ast::Dict& d) {
            std::vector<InstId> args;
            for (size_t i = 0; i < d.keys.size(); ++i) {
              if (!d.keys[i]) return dict_with_unpacking(d, loc);
            }
            for (size_t i = 0; i < d.keys.size(); ++i) {
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
          [&](const ast::GeneratorExp& g) { return generator_exp(g, loc); },
          [&](const ast::Yield& y) { return yield(y.value, loc); },
          [&](const ast::YieldFrom& y) { return yield_from(y.value, loc); },
          [&](const ast::JoinedStr& j) { return joined_str(j, loc); },
          [&](const ast::FormattedValue& f) { return formatted_value(f, loc); },
          [&](const ast::Subscript& s) { return subscript(s, loc); },
          // Inside a subscript's tuple (`a[1:3, ::2]`): a slice as a value.
          [&](const ast::Slice& s) { return call(loc, "builtins.slice", slice_bounds(s, loc)); },
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
          [&](ast::EllipsisType) { return call(loc, "builtins.Ellipsis", {}); },
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
      case resolve::Symbol::Kind::Class:
        return emit(Opcode::LoadClass, loc, {}, program_.class_for(*s));
      case resolve::Symbol::Kind::Live:
        return live_global(*s, loc);
    }
  }
  if (!is_builtin_name(n.id)) {
    program_.sink().report(diag::Kind::UnknownName, program_.module().file, loc,
                           "name '" + n.id + "' is not defined");
  }
  return emit(Opcode::Call, loc, {},
              CallTarget{CallTarget::Kind::Named, "builtins." + n.id, {}, {}, true});
}

InstId FunctionBuilder::live_global(const resolve::Symbol& symbol, diag::Loc loc) {
  std::optional<GlobalId> global = program_.live_global_for(symbol);
  if (!global) return constant(loc, ast::NoneType{});
  return emit(Opcode::LoadGlobal, loc, {}, *global);
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
  // `x if x is not None else d` reads x narrowed in the branch the test selects.
  std::optional<NarrowTest> narrow = narrowing_of(i.test);
  auto branch = [&](ExprId value, const std::string& test) {
    return in_block([&] {
      size_t saved = narrowed_.size();
      if (narrow && !test.empty()) narrow_local(narrow->name, test, loc, {});
      emit(Opcode::StoreLocal, loc, {expr(value)}, ref);
      while (narrowed_.size() > saved) narrowed_.pop_back();
    });
  };
  BlockId then_block = branch(i.body, narrow ? narrow->passed : "");
  BlockId else_block = branch(i.orelse, narrow ? narrow->failed : "");
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
  std::string names = isinstance_classes(c, true).value_or("");
  InstId value = expr(c.args[0]);
  return call(loc, "ingot.isinstance", {value, constant(loc, ast::Str{names})});
}

std::optional<std::string> FunctionBuilder::isinstance_classes(const ast::Call& c, bool report) {
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
    const auto* class_name = m().expr(cls).as<ast::Name>();
    const resolve::Symbol* symbol = class_name && !lookup_local(class_name->id)
                                        ? program_.module().find(class_name->id)
                                        : nullptr;
    if (none_type) {
      name = "builtins.NoneType";
    } else if (symbol && symbol->kind == resolve::Symbol::Kind::Class) {
      program_.class_for(*symbol);
      name = "builtins." + symbol->name;
    } else if (!name.starts_with("builtins.") || !is_builtin_name(name.substr(9))) {
      if (!report) return std::nullopt;
      unsupported(m().expr(cls).loc,
                  "isinstance() with a class other than a built-in one or one of the module's");
      continue;
    }
    names += (names.empty() ? "" : ",") + name.substr(9);
  }
  return names;
}

InstId FunctionBuilder::call_expr(const ast::Call& c, diag::Loc loc) {
  if (qualified_name(c.func) == "builtins.isinstance") return isinstance(c, loc);
  if (const auto* method = m().expr(c.func).as<ast::Attribute>()) {
    const auto* inner = m().expr(method->value).as<ast::Call>();
    if (inner && qualified_name(inner->func) == "builtins.super") {
      return super_call(c, *method, loc);
    }
  }
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
  // `f(*xs)` and `f(**d)` keep their iterable and mapping as one argument each, marked
  // "*" and "**"; the type pass spreads them over the parameters.
  for (ExprId a : c.args) {
    const auto* star = m().expr(a).as<ast::Starred>();
    args.push_back(expr(star ? star->value : a));
    keywords.emplace_back(star ? "*" : "");
  }
  for (const ast::keyword& k : c.keywords) {
    args.push_back(expr(k.value));
    keywords.push_back(k.arg ? *k.arg : "**");
  }
  target.keywords = std::move(keywords);
  return emit(Opcode::Call, loc, std::move(args), std::move(target));
}

InstId FunctionBuilder::comprehension(const std::vector<ast::comprehension>& generators,
                                      diag::Loc loc, const std::string& kind, ExprId elt,
                                      ExprId value, InstId first) {
  Opcode make = kind == "list"  ? Opcode::MakeList
                : kind == "set" ? Opcode::MakeSet
                                : Opcode::MakeDict;
  bool generator = kind == "generator";
  LocalRef ref;
  if (!generator) {
    ref = LocalRef{new_local("$" + kind + "comp", loc, true), 0};
    emit(Opcode::StoreLocal, loc, {emit(make, loc)}, ref);
  }
  comprehension_scopes_.emplace_back();
  // The first iterable is evaluated in the enclosing scope, before any target is bound.
  std::function<void(size_t)> nest = [&](size_t i) {
    if (i == generators.size()) {
      if (generator) {
        emit(Opcode::Yield, loc, {expr(elt)});
        return;
      }
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
    InstId iterable = i == 0 && first ? first : expr(g.iter);
    InstId loop = emit(Opcode::ForEach, loc, {iterable}, LoopBody{});
    BlockId body_block = in_block([&] {
      // Targets are bound after the iterable is evaluated: `[x for x in x]` reads the outer x.
      std::vector<std::string> names;
      BoundNames::collect_targets(m(), g.target, names);
      for (const std::string& n : names) {
        comprehension_scopes_.back()[n] = new_local(n, m().expr(g.target).loc);
        // A later `for` rebinding a name an earlier filter narrowed ends that narrowing.
        std::erase_if(narrowed_, [&](const Narrowed& entry) {
          return entry.name == n && entry.comprehension_depth == comprehension_scopes_.size();
        });
      }
      assign(g.target, loop, m().expr(g.target).loc);
      std::function<void(size_t)> filters = [&](size_t f) {
        if (f == g.ifs.size()) {
          nest(i + 1);
          return;
        }
        InstId cond = truth(m().expr(g.ifs[f]).loc, expr(g.ifs[f]));
        // `for x in xs if x is not None` reads x narrowed in what follows the filter.
        std::optional<NarrowTest> narrow = narrowing_of(g.ifs[f]);
        BlockId pass = in_block([&] {
          size_t saved = narrowed_.size();
          if (narrow && !narrow->passed.empty())
            narrow_local(narrow->name, narrow->passed, loc, {});
          filters(f + 1);
          while (narrowed_.size() > saved) narrowed_.pop_back();
        });
        emit(Opcode::If, loc, {cond}, Branches{pass, new_block()});
      };
      filters(0);
    });
    fn().insts[loop.index()].payload = LoopBody{{}, body_block, {}};
  };
  nest(0);
  comprehension_scopes_.pop_back();
  if (generator) return InstId();
  return emit(Opcode::LoadLocal, loc, {}, ref);
}

// `(elt for x in xs)`: a generator function of one parameter, called at once with the
// first iterable, which is evaluated here (CPython's order); the rest runs lazily.
InstId FunctionBuilder::generator_exp(const ast::GeneratorExp& g, diag::Loc loc) {
  InstId first = expr(g.generators[0].iter);
  FuncId id = program_.new_function();
  FunctionBuilder(program_, id, this).build_generator_exp(g, loc);
  InstId function = emit(Opcode::LoadFunc, loc, {}, id);
  return emit(Opcode::Call, loc, {function, first},
              CallTarget{CallTarget::Kind::Value, "", {}, {"", ""}});
}

void FunctionBuilder::build_generator_exp(const ast::GeneratorExp& g, diag::Loc loc) {
  Function& f = fn();
  f.name = "genexpr";
  f.loc = loc;
  f.parent = parent_->id_;
  f.is_generator = true;
  f.body = new_block();
  current_ = f.body;
  Param iterable;
  iterable.name = ".0";
  iterable.loc = loc;
  iterable.local = new_local("$iterable", loc, true);
  fn().params.push_back(iterable);
  InstId first = emit(Opcode::LoadLocal, loc, {}, LocalRef{iterable.local, 0});
  comprehension(g.generators, loc, "generator", g.elt, {}, first);
}

bool FunctionBuilder::has_star(const ast::ExprList& elts) const {
  for (ExprId e : elts) {
    if (m().expr(e).is<ast::Starred>()) return true;
  }
  return false;
}

// `[a, *b, c]` and `{a, *b}`: a list (set) of the items before the first star, then each
// later item appended (added) and each starred iterable extended (updated) in order.
InstId FunctionBuilder::starred_display(const ast::ExprList& elts, diag::Loc loc, bool is_set) {
  LocalRef ref{new_local("$display", loc, true), 0};
  size_t first_star = 0;
  while (!m().expr(elts[first_star]).is<ast::Starred>()) ++first_star;
  std::vector<InstId> leading;
  for (size_t i = 0; i < first_star; ++i) leading.push_back(expr(elts[i]));
  emit(Opcode::StoreLocal, loc, {emit(is_set ? Opcode::MakeSet : Opcode::MakeList, loc, leading)},
       ref);
  for (size_t i = first_star; i < elts.size(); ++i) {
    const auto* star = m().expr(elts[i]).as<ast::Starred>();
    InstId item = expr(star ? star->value : elts[i]);
    InstId display = emit(Opcode::LoadLocal, loc, {}, ref);
    const char* method = star ? (is_set ? "update" : "extend") : (is_set ? "add" : "append");
    method_call(loc, method, display, item);
  }
  return emit(Opcode::LoadLocal, loc, {}, ref);
}

// `{**a, k: v, **b}`: the pairs before the first `**`, then each mapping merged and each
// pair set in order (a later key wins, as in CPython).
InstId FunctionBuilder::dict_with_unpacking(const ast::Dict& d, diag::Loc loc) {
  LocalRef ref{new_local("$display", loc, true), 0};
  size_t first = 0;
  std::vector<InstId> leading;
  for (; d.keys[first]; ++first) {
    leading.push_back(expr(d.keys[first]));
    leading.push_back(expr(d.values[first]));
  }
  emit(Opcode::StoreLocal, loc, {emit(Opcode::MakeDict, loc, leading)}, ref);
  for (size_t i = first; i < d.keys.size(); ++i) {
    if (!d.keys[i]) {
      InstId mapping = expr(d.values[i]);
      method_call(loc, "update", emit(Opcode::LoadLocal, loc, {}, ref), mapping);
      continue;
    }
    InstId key = expr(d.keys[i]);
    InstId value = expr(d.values[i]);
    call(loc, "operator.setitem", {emit(Opcode::LoadLocal, loc, {}, ref), key, value});
  }
  return emit(Opcode::LoadLocal, loc, {}, ref);
}

// `a, *rest, z = value`: the items as a list (ValueError when there are fewer than the
// names around the star, worded as CPython), those before the star by index, the starred
// name a slice (a list), those after by negative index.
void FunctionBuilder::assign_starred(const ast::ExprList& elts, InstId value, diag::Loc target_loc,
                                     diag::Loc loc) {
  size_t star = 0, stars = 0;
  for (size_t i = 0; i < elts.size(); ++i) {
    if (m().expr(elts[i]).is<ast::Starred>()) {
      star = i;
      ++stars;
    }
  }
  if (stars > 1) {
    program_.sink().report(diag::Kind::InvalidSyntax, program_.module().file, target_loc,
                           "multiple starred expressions in assignment");
    return;
  }
  int64_t before = static_cast<int64_t>(star);
  int64_t after = static_cast<int64_t>(elts.size() - star - 1);
  InstId items = call(target_loc, "ingot.unpack_star",
                      {value, constant(target_loc, before), constant(target_loc, after)});
  for (int64_t i = 0; i < before; ++i) {
    assign(elts[i], emit(Opcode::Element, target_loc, {items}, Constant{i}), loc);
  }
  InstId stop = after ? constant(target_loc, -after) : constant(target_loc, ast::NoneType{});
  InstId rest =
      call(target_loc, "operator.getslice",
           {items, constant(target_loc, before), stop, constant(target_loc, ast::NoneType{})});
  assign(m().expr(elts[star]).as<ast::Starred>()->value, rest, loc);
  for (int64_t j = 0; j < after; ++j) {
    InstId index = constant(target_loc, -(after - j));
    assign(elts[star + 1 + j], call(target_loc, "operator.getitem", {items, index}), loc);
  }
}

// `yield value` (its own value is None: send() is not supported). C++ coroutines cannot
// suspend inside a catch block, so neither can ingot's generators.
InstId FunctionBuilder::yield(ExprId value, diag::Loc loc) {
  if (handler_depth_ > 0) unsupported(loc, "yield inside an except block");
  fn().is_generator = true;
  InstId v = value ? expr(value) : constant(loc, ast::NoneType{});
  emit(Opcode::Yield, loc, {v});
  return constant(loc, ast::NoneType{});
}

// `yield from iterable`: yields each of its items; its value is None (a subgenerator's
// return value is not kept).
InstId FunctionBuilder::yield_from(ExprId value, diag::Loc loc) {
  if (handler_depth_ > 0) unsupported(loc, "yield from inside an except block");
  fn().is_generator = true;
  InstId iterable = expr(value);
  InstId loop = emit(Opcode::ForEach, loc, {iterable}, LoopBody{});
  BlockId body_block = in_block([&] { emit(Opcode::Yield, loc, {loop}); });
  fn().insts[loop.index()].payload = LoopBody{{}, body_block, {}};
  return constant(loc, ast::NoneType{});
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

// super().name(args): the base class's method, called with this method's first argument.
InstId FunctionBuilder::super_call(const ast::Call& c, const ast::Attribute& method,
                                   diag::Loc loc) {
  const auto& inner = *m().expr(method.value).as<ast::Call>();
  const Function* owner = &fn();
  for (FunctionBuilder* b = this; b->parent_; b = b->parent_) owner = &b->parent_->fn();
  if (!cls_.valid() || owner->params.empty() || !inner.args.empty()) {
    unsupported(loc, "super() outside a method, or with arguments");
    return constant(loc, ast::NoneType{});
  }
  std::vector<InstId> args = {
      emit(Opcode::LoadLocal, loc, {}, *lookup_local(owner->params[0].name))};
  std::vector<std::string> keywords = {""};
  for (ExprId a : c.args) {
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
  CallTarget target{CallTarget::Kind::Super, method.attr, {}, std::move(keywords)};
  target.cls = cls_;
  return emit(Opcode::Call, loc, std::move(args), std::move(target));
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
