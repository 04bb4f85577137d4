#include "compiler/types/check.h"

#include <algorithm>
#include <functional>

namespace ingot::types {

namespace {

using ir::Opcode;

class Checker : public CallContext {
 public:
  Checker(const ir::Program& program, TypeTable& table, diag::Sink& sink)
      : program_(program), table_(table), sink_(sink) {
    typed_.program = &program;
    typed_.table = &table;
  }

  std::optional<TypedProgram> run() {
    const ir::Function& entry = program_.function(program_.entry);
    std::vector<TypeId> params;
    for (const ir::Param& p : entry.params) {
      if (!p.annotation) {
        if (p.annotation_text.empty()) {
          report(diag::Kind::MissingAnnotation, p.loc,
                 "parameter '" + p.name + "' of the entry function '" + entry.name +
                     "' needs a type annotation: it is the type callers pass (e.g. '" + p.name +
                     ": str')");
        }
        return std::nullopt;
      }
      params.push_back(p.annotation);
    }
    typed_.entry = instantiate(program_.entry, params, entry.loc);
    if (sink_.has_errors()) return std::nullopt;
    default_unknowns();
    return std::move(typed_);
  }

  // CallContext: a lambda passed as `key=` is called with the items' type.
  TypeId call_function(TypeId fn, const std::vector<TypeId>& args) override {
    return call_value(fn, args, current_loc_);
  }

 private:
  void report(diag::Kind kind, diag::Loc loc, std::string message) {
    if (quiet_) {
      unresolved_ = true;
      return;
    }
    sink_.report(kind, program_.file, loc, std::move(message));
  }

  Instance& inst(int32_t i) { return typed_.instances[i]; }

  // ---- instances --------------------------------------------------------------------------

  int32_t instantiate(ir::FuncId func, const std::vector<TypeId>& args, diag::Loc loc,
                      int32_t parent = -1) {
    const ir::Function& f = program_.function(func);
    std::vector<TypeId> params;
    for (size_t i = 0; i < f.params.size(); ++i) {
      TypeId declared = f.params[i].annotation;
      params.push_back(declared ? declared : table_.deep_resolve(args[i]));
    }
    for (size_t i = 0; i < typed_.instances.size(); ++i) {
      const Instance& existing = typed_.instances[i];
      if (existing.func != func) continue;
      bool same = true;
      for (size_t p = 0; p < params.size(); ++p) {
        same &= table_.deep_resolve(existing.params[p]) == table_.deep_resolve(params[p]);
      }
      if (same) return static_cast<int32_t>(i);
    }
    int32_t id = static_cast<int32_t>(typed_.instances.size());
    Instance instance;
    instance.func = func;
    instance.params = params;
    instance.parent = parent;
    instance.name = unique_name(f);
    typed_.instances.push_back(std::move(instance));
    check(id);
    (void)loc;
    return id;
  }

  std::string unique_name(const ir::Function& f) {
    std::string base = f.is_lambda ? "lambda" : f.name;
    int n = used_names_[base]++;
    return n == 0 ? base : base + "_" + std::to_string(n + 1);
  }

  void check(int32_t id) {
    const ir::Function& f = program_.function(inst(id).func);
    inst(id).checking = true;
    inst(id).inst_types.assign(f.insts.size(), TypeId());
    inst(id).local_types.assign(f.locals.size(), TypeId());
    for (size_t i = 0; i < f.params.size(); ++i) {
      inst(id).local_types[f.params[i].local.index()] = inst(id).params[i];
    }
    for (size_t l = 0; l < f.locals.size(); ++l) {
      if (f.locals[l].declared) inst(id).local_types[l] = f.locals[l].declared;
    }
    // Types flow forward; loops carry them back. Walk quietly until nothing changes, then
    // once more to report what is still wrong.
    std::string before;
    for (int pass = 0; pass < 8; ++pass) {
      quiet_ = true;
      unresolved_ = false;
      walk_function(id);
      std::string after = signature_of(id);
      if (after == before && !unresolved_) break;
      before = after;
    }
    quiet_ = false;
    walk_function(id);
    require_target_types(id);
    inst(id).checking = false;
  }

  // True for a row whose result is a type variable none of its parameters binds.
  static bool result_from_context(const Op& op) {
    if (op.result.kind != Pattern::Kind::Var) return false;
    std::function<bool(const Pattern&)> mentions = [&](const Pattern& p) {
      if (p.kind == Pattern::Kind::Var && p.var == op.result.var) return true;
      return std::any_of(p.args.begin(), p.args.end(), mentions);
    };
    return std::none_of(op.params.begin(), op.params.end(),
                        [&](const OpParam& param) { return mentions(param.type); });
  }

  // A row whose result only its context decides (json.loads) needs that context: a result
  // still unknown after typing would be compiled as None.
  void require_target_types(int32_t id) {
    const ir::Function& f = program_.function(inst(id).func);
    for (const auto& [index, call] : inst(id).calls) {
      if (!call.op.op || !result_from_context(*call.op.op)) continue;
      if (!table_.has_vars(call.op.result)) continue;
      report(diag::Kind::TypeConflict, f.insts[index].loc,
             call.op.op->name +
                 "() needs the type of its result: assign it to an annotated "
                 "variable (data: dict[str, int] = " +
                 call.op.op->name + "(...))");
    }
  }

  std::string signature_of(int32_t id) {
    std::string out;
    for (TypeId t : inst(id).local_types) out += table_.to_string(t) + ";";
    for (TypeId t : inst(id).inst_types) out += table_.to_string(t) + ",";
    return out + table_.to_string(inst(id).result);
  }

  void walk_function(int32_t id) {
    const ir::Function& f = program_.function(inst(id).func);
    int32_t saved = current_;
    current_ = id;
    inst(id).result = TypeId();
    walk_block(f, f.body);
    if (!terminates(f, f.body)) add_return(table_.none(), f.loc);
    if (!inst(id).result) inst(id).result = table_.none();
    current_ = saved;
  }

  bool terminates(const ir::Function& f, ir::BlockId block) {
    if (!block || f.block(block).insts.empty()) return false;
    const ir::Inst& last = f.inst(f.block(block).insts.back());
    if (last.op == Opcode::Return || last.op == Opcode::Raise) return true;
    if (last.op == Opcode::If) {
      const auto& b = std::get<ir::Branches>(last.payload);
      return terminates(f, b.then_block) && terminates(f, b.else_block);
    }
    return false;
  }

  void add_return(TypeId type, diag::Loc loc) {
    Instance& me = inst(current_);
    if (!type) return;
    TypeId joined = table_.join(me.result, type);
    if (!joined) {
      report(diag::Kind::TypeConflict, loc,
             "'" + program_.function(me.func).name + "' returns " + table_.to_string(type) +
                 " here but " + table_.to_string(me.result) +
                 " elsewhere; a function must return one type (unions are not supported yet)");
      return;
    }
    me.result = joined;
  }

  // ---- blocks and instructions ---------------------------------------------------------------

  void walk_block(const ir::Function& f, ir::BlockId block) {
    if (!block) return;
    for (ir::InstId id : f.block(block).insts) walk_inst(f, id);
  }

  TypeId type_of(ir::InstId id) { return inst(current_).inst_types[id.index()]; }

  void set_type(ir::InstId id, TypeId t) {
    TypeId& slot = inst(current_).inst_types[id.index()];
    if (slot && t && table_.resolve(slot) != table_.resolve(t)) {
      // A later pass found the same instruction's type again, with fresh variables: keep
      // the first and bind the new variables to it.
      if (table_.unify(slot, t)) return;
    }
    slot = t;
  }

  TypeId& local_slot(ir::LocalRef ref) {
    int32_t owner = current_;
    for (uint32_t d = 0; d < ref.depth; ++d) owner = inst(owner).parent;
    return inst(owner).local_types[ref.local.index()];
  }

  void walk_inst(const ir::Function& f, ir::InstId id) {
    const ir::Inst& in = f.inst(id);
    current_loc_ = in.loc;
    auto arg = [&](size_t i) { return type_of(in.args[i]); };
    switch (in.op) {
      case Opcode::Const:
        set_type(id, constant_type(std::get<ir::Constant>(in.payload)));
        break;
      case Opcode::LoadLocal: {
        auto ref = std::get<ir::LocalRef>(in.payload);
        TypeId t = local_slot(ref);
        if (!t && !sink_.has_errors()) {
          const ir::Local& local = owner_function(ref).local(ref.local);
          report(diag::Kind::TypeConflict, in.loc,
                 "'" + local.name + "' is read before it is assigned a value");
        }
        set_type(id, t);
        break;
      }
      case Opcode::StoreLocal:
        store(f, in, arg(0));
        break;
      case Opcode::LoadGlobal:
        set_type(id, global_type(std::get<ir::GlobalId>(in.payload)));
        break;
      case Opcode::LoadFunc:
        set_type(id, table_.function(std::get<ir::FuncId>(in.payload).index()));
        break;
      case Opcode::Call:
        set_type(id, call(f, id, in));
        break;
      case Opcode::MakeList:
        set_type(id, container(in, Kind::List));
        break;
      case Opcode::MakeSet:
        set_type(id, container(in, Kind::Set));
        break;
      case Opcode::MakeTuple: {
        std::vector<TypeId> elems;
        for (size_t i = 0; i < in.args.size(); ++i) elems.push_back(arg(i));
        set_type(id, all_valid(elems) ? table_.tuple(elems) : TypeId());
        break;
      }
      case Opcode::MakeDict:
        set_type(id, dict_display(in));
        break;
      case Opcode::Unpack:
        set_type(id, unpack(in, arg(0)));
        break;
      case Opcode::Element:
        set_type(id, element(in, arg(0)));
        break;
      case Opcode::Return:
        add_return(arg(0), in.loc);
        break;
      case Opcode::If: {
        const auto& b = std::get<ir::Branches>(in.payload);
        walk_block(f, b.then_block);
        walk_block(f, b.else_block);
        break;
      }
      case Opcode::While: {
        const auto& loop = std::get<ir::LoopBody>(in.payload);
        walk_block(f, loop.cond_block);
        walk_block(f, loop.body);
        walk_block(f, loop.else_block);
        break;
      }
      case Opcode::ForEach: {
        TypeId iterable = arg(0);
        TypeId item = iterable ? table_.item_type(iterable) : TypeId();
        if (iterable && !item && table_.kind(iterable) != Kind::Var) {
          report(diag::Kind::NoSuchOp, in.loc,
                 "cannot iterate over a value of type " + table_.to_string(iterable));
        }
        set_type(id, item);
        const auto& loop = std::get<ir::LoopBody>(in.payload);
        walk_block(f, loop.body);
        walk_block(f, loop.else_block);
        break;
      }
      case Opcode::Break:
      case Opcode::Continue:
        break;
      case Opcode::Raise:
        if (!in.args.empty() && arg(0) && table_.kind(arg(0)) != Kind::Exception) {
          report(diag::Kind::TypeConflict, in.loc,
                 "exceptions must derive from BaseException, not " + table_.to_string(arg(0)));
        }
        break;
      case Opcode::Try: {
        const auto& t = std::get<ir::TryBody>(in.payload);
        walk_block(f, t.body);
        for (const ir::Handler& h : t.handlers) {
          if (h.name) inst(current_).local_types[h.name.index()] = table_.exception();
          walk_block(f, h.body);
        }
        walk_block(f, t.else_block);
        walk_block(f, t.finally_block);
        break;
      }
    }
  }

  const ir::Function& owner_function(ir::LocalRef ref) {
    int32_t owner = current_;
    for (uint32_t d = 0; d < ref.depth; ++d) owner = inst(owner).parent;
    return program_.function(inst(owner).func);
  }

  static bool all_valid(const std::vector<TypeId>& types) {
    for (TypeId t : types) {
      if (!t) return false;
    }
    return true;
  }

  TypeId constant_type(const ir::Constant& c) {
    return std::visit(ast::Overloaded{
                          [&](ast::NoneType) { return table_.none(); },
                          [&](bool) { return table_.boolean(); },
                          [&](int64_t) { return table_.integer(); },
                          [&](double) { return table_.floating(); },
                          [&](const ast::Str&) { return table_.str(); },
                          [&](const ast::Bytes&) { return table_.bytes(); },
                      },
                      c);
  }

  void store(const ir::Function& f, const ir::Inst& in, TypeId value) {
    auto ref = std::get<ir::LocalRef>(in.payload);
    if (!value) return;
    TypeId& slot = local_slot(ref);
    const ir::Local& local = owner_function(ref).local(ref.local);
    if (local.declared) {
      if (assignable(local.declared, value)) return;
      report(diag::Kind::TypeConflict, in.loc,
             "'" + local.name + "' is declared " + table_.to_string(local.declared) +
                 " but is assigned " + table_.to_string(value));
      return;
    }
    TypeId joined = table_.join(slot, value);
    if (!joined) {
      report(diag::Kind::TypeConflict, in.loc,
             "'" + local.name + "' is assigned " + table_.to_string(value) + " here but holds " +
                 table_.to_string(slot) +
                 " elsewhere; a variable must keep one type (unions are not supported yet)");
      return;
    }
    local_slot(ref) = joined;
    (void)f;
  }

  // A value of type `value` may be stored where `declared` is expected (int for float,
  // T or None for T | None), as Python's typing allows.
  bool assignable(TypeId declared, TypeId value) {
    declared = table_.resolve(declared);
    value = table_.resolve(value);
    Kind d = table_.kind(declared), v = table_.kind(value);
    if (d == Kind::Float && (v == Kind::Int || v == Kind::Bool)) return true;
    if (d == Kind::Int && v == Kind::Bool) return true;
    if (d == Kind::Optional || d == Kind::Union) {
      std::vector<TypeId> accepted = table_.alternatives(declared);
      for (TypeId alt : table_.alternatives(value)) {
        bool found = false;
        for (TypeId a : accepted) found |= table_.resolve(a) == table_.resolve(alt);
        if (!found)
          return d == Kind::Optional && v != Kind::Optional && v != Kind::Union &&
                 assignable(table_.arg(declared, 0), value);
      }
      return true;
    }
    return table_.unify(declared, value);
  }

  TypeId global_type(ir::GlobalId g) {
    if (typed_.globals.size() < program_.globals.size()) {
      typed_.globals.resize(program_.globals.size(), -1);
    }
    int32_t& slot = typed_.globals[g.index()];
    if (slot < 0) {
      bool saved_quiet = quiet_;
      quiet_ = false;
      slot = instantiate(program_.global(g).init, {}, program_.global(g).loc);
      quiet_ = saved_quiet;
    }
    return inst(slot).result;
  }

  TypeId container(const ir::Inst& in, Kind kind) {
    TypeId elem;
    for (ir::InstId a : in.args) {
      TypeId t = type_of(a);
      if (!t) return {};
      TypeId joined = table_.join(elem, t);
      if (!joined) {
        report(diag::Kind::TypeConflict, in.loc,
               "the items of this display have different types (" + table_.to_string(elem) + ", " +
                   table_.to_string(t) + "); mixed containers are not supported yet");
        return {};
      }
      elem = joined;
    }
    if (!elem) elem = reuse_or_fresh(in);
    return kind == Kind::List ? table_.list(elem) : table_.set(elem);
  }

  // An empty display's element type: a variable, the same one on every pass.
  TypeId reuse_or_fresh(const ir::Inst& in) {
    auto key = std::make_pair(current_, &in);
    auto it = fresh_.find(key);
    if (it != fresh_.end()) return it->second;
    TypeId v = table_.fresh_var();
    fresh_[key] = v;
    return v;
  }

  TypeId dict_display(const ir::Inst& in) {
    TypeId key, value;
    for (size_t i = 0; i + 1 < in.args.size(); i += 2) {
      TypeId k = type_of(in.args[i]), v = type_of(in.args[i + 1]);
      if (!k || !v) return {};
      TypeId jk = table_.join(key, k), jv = table_.join(value, v);
      if (!jk || !jv) {
        report(diag::Kind::TypeConflict, in.loc,
               "the keys or values of this dict have different types; mixed containers are "
               "not supported yet");
        return {};
      }
      key = jk;
      value = jv;
    }
    if (!key) {
      key = reuse_or_fresh(in);
      auto vkey = std::make_pair(current_, &in + 1);  // a second variable for the values
      if (!fresh_.count(vkey)) fresh_[vkey] = table_.fresh_var();
      value = fresh_[vkey];
    }
    return table_.dict(key, value);
  }

  TypeId unpack(const ir::Inst& in, TypeId value) {
    if (!value) return {};
    int64_t count = std::get<int64_t>(std::get<ir::Constant>(in.payload));
    if (table_.kind(value) == Kind::Tuple) {
      size_t n = table_.node(value).args.size();
      if (n != static_cast<size_t>(count)) {
        report(diag::Kind::TypeConflict, in.loc,
               std::string(n > static_cast<size_t>(count) ? "too many" : "not enough") +
                   " values to unpack (expected " + std::to_string(count) + ", got " +
                   std::to_string(n) + ")");
        return {};
      }
      return value;
    }
    if (!table_.item_type(value)) {
      report(diag::Kind::NoSuchOp, in.loc,
             "cannot unpack a value of type " + table_.to_string(value));
      return {};
    }
    return value;
  }

  TypeId element(const ir::Inst& in, TypeId value) {
    if (!value) return {};
    int64_t index = std::get<int64_t>(std::get<ir::Constant>(in.payload));
    if (table_.kind(value) == Kind::Tuple) return table_.arg(value, index);
    return table_.item_type(value);
  }

  // ---- calls ----------------------------------------------------------------------------------

  TypeId call(const ir::Function& f, ir::InstId id, const ir::Inst& in) {
    const auto& target = std::get<ir::CallTarget>(in.payload);
    std::vector<TypeId> args;
    for (ir::InstId a : in.args) {
      TypeId t = type_of(a);
      if (!t) {
        unresolved_ = true;
        return {};
      }
      args.push_back(t);
    }
    std::vector<std::string> keywords = target.keywords;
    keywords.resize(args.size());
    switch (target.kind) {
      case ir::CallTarget::Kind::User:
        return call_user(id, in, target.func, args, keywords);
      case ir::CallTarget::Kind::Value: {
        std::vector<TypeId> rest(args.begin() + 1, args.end());
        return call_value(args[0], rest, in.loc);
      }
      case ir::CallTarget::Kind::Named:
        if (target.name == "operator.getitem" && table_.kind(args[0]) == Kind::Tuple) {
          return tuple_index(id, f, in, args[0]);
        }
        if ((target.name == "operator.pow" || target.name == "operator.ipow") &&
            table_.kind(args[0]) == Kind::Int && table_.kind(args[1]) == Kind::Int) {
          return call_op(id, in, int_pow_name(f, in), args, keywords, false);
        }
        return call_op(id, in, target.name, args, keywords, target.attribute);
      case ir::CallTarget::Kind::Method: {
        if (is_union(args[0])) {
          return call_on_union(id, in, "", target.name, args, keywords, target.attribute);
        }
        std::string prefix = method_prefix(args[0]);
        if (prefix.empty()) {
          if (table_.kind(args[0]) == Kind::Var) {
            unresolved_ = true;
            return {};
          }
          report(diag::Kind::NoSuchOp, in.loc,
                 std::string(target.attribute ? "attribute" : "method") + " '" + target.name +
                     "' of a value of type " + table_.to_string(args[0]) +
                     (table_.kind(args[0]) == Kind::Optional
                          ? ": the value may be None here (narrowing is not supported yet)"
                          : " is not supported"));
          return {};
        }
        std::string name = prefix + "." + target.name;
        // A dict subclass's method of its own, else the dict method it inherits.
        if (is_dict_subclass(prefix) && !OpLibrary::get().has(name)) name = "dict." + target.name;
        return call_op(id, in, name, args, keywords, target.attribute);
      }
    }
    return {};
  }

  std::string method_prefix(TypeId t) {
    switch (table_.kind(t)) {
      case Kind::Str:
        return "str";
      case Kind::Bytes:
        return "bytes";
      case Kind::List:
        return "list";
      case Kind::Dict:
        return "dict";
      case Kind::Set:
        return "set";
      case Kind::Int:
        return "int";
      case Kind::Float:
        return "float";
      case Kind::Tuple:
      case Kind::TupleOf:
        return "tuple";
      case Kind::Native:  // re.Match's methods are the rows "re.Match.group", ...
        return table_.node(t).name;
      default:
        return "";
    }
  }

  // t[i] on a tuple with a constant index: the element's own type.
  TypeId tuple_index(ir::InstId id, const ir::Function& f, const ir::Inst& in, TypeId tuple) {
    std::optional<int64_t> i = constant_int(f, in.args[1]);
    int64_t n = static_cast<int64_t>(table_.node(tuple).args.size());
    CallResolution r;
    if (!i) {
      // Any index into a tuple whose items share one type.
      TypeId item = table_.item_type(tuple);
      if (!item) {
        report(diag::Kind::NoSuchOp, in.loc,
               "indexing a tuple of mixed types needs a constant index");
        return {};
      }
      r.tuple_index = CallResolution::kRuntimeIndex;
      inst(current_).calls[id.index()] = r;
      return item;
    }
    int64_t k = *i < 0 ? *i + n : *i;
    if (k < 0 || k >= n) {
      report(diag::Kind::NoSuchOp, in.loc, "tuple index out of range");
      return {};
    }
    r.tuple_index = static_cast<int32_t>(k);
    inst(current_).calls[id.index()] = r;
    return table_.arg(tuple, k);
  }

  TypeId call_op(ir::InstId id, const ir::Inst& in, const std::string& name,
                 const std::vector<TypeId>& args, const std::vector<std::string>& keywords,
                 bool attribute) {
    const OpLibrary& library = OpLibrary::get();
    std::optional<Match> m = library.match(name, args, keywords, table_, *this, attribute);
    if (!m && widen_container(name, args)) {
      m = library.match(name, args, keywords, table_, *this, attribute);
    }
    if (!m) {
      for (TypeId a : args) {
        if (is_union(a)) return call_on_union(id, in, name, "", args, keywords, attribute);
      }
      for (TypeId a : args) {
        if (table_.kind(a) == Kind::Var) {  // not known yet: a later pass may know
          unresolved_ = true;
          return {};
        }
      }
      report(diag::Kind::NoSuchOp, in.loc, no_op_message(name, args, keywords, attribute));
      return {};
    }
    inst(current_).calls[id.index()] = CallResolution{*m, -1, {}};
    return m->result;
  }

  // A container made by an empty display takes items of a new type by becoming a container
  // of the union: `xs = []; xs.append(1); xs.append(None)` makes a list[int | None].
  bool widen_container(const std::string& name, const std::vector<TypeId>& args) {
    auto element_var = [&](TypeId container, size_t i) {
      const TypeNode& n = table_.node(container);
      return i < n.args.size() ? n.args[i] : TypeId();
    };
    if (args.empty()) return false;
    Kind k = table_.kind(args[0]);
    if ((name == "list.append" && k == Kind::List && args.size() == 2) ||
        (name == "set.add" && k == Kind::Set && args.size() == 2)) {
      return table_.widen(element_var(args[0], 0), args[1]);
    }
    if (name == "list.insert" && k == Kind::List && args.size() == 3) {
      return table_.widen(element_var(args[0], 0), args[2]);
    }
    if (name == "operator.setitem" && k == Kind::Dict && args.size() == 3) {
      bool key = table_.kind(args[1]) == table_.kind(table_.arg(args[0], 0)) ||
                 table_.widen(element_var(args[0], 0), args[1]);
      return key && table_.widen(element_var(args[0], 1), args[2]);
    }
    return false;
  }

  std::string no_op_message(const std::string& name, const std::vector<TypeId>& args,
                            const std::vector<std::string>& keywords, bool attribute) {
    const OpLibrary& library = OpLibrary::get();
    std::string given;
    for (size_t i = 0; i < args.size(); ++i) {
      if (i) given += ", ";
      if (!keywords[i].empty()) given += keywords[i] + "=";
      given += table_.to_string(args[i]);
    }
    if (!library.has(name)) {
      if (name.starts_with("builtins.")) {
        return "name '" + name.substr(9) + "' is not defined (or not supported yet)";
      }
      return std::string(attribute ? "'" : "'") + name + "' is not supported yet";
    }
    return "no implementation of " + name + " for (" + given +
           "); supported:" + library.describe(name);
  }

  // int ** int with a constant exponent has one result type; otherwise it is int | float.
  std::string int_pow_name(const ir::Function& f, const ir::Inst& in) {
    if (auto e = constant_int(f, in.args[1])) {
      return *e >= 0 ? "ingot.pow_nonnegative" : "ingot.pow_negative";
    }
    return "operator.pow";
  }

  // The value of an int literal, negated ones included (`-1` is neg(1) in the IR).
  std::optional<int64_t> constant_int(const ir::Function& f, ir::InstId id) {
    const ir::Inst& in = f.inst(id);
    if (in.op == Opcode::Const) {
      if (const auto* v = std::get_if<int64_t>(&std::get<ir::Constant>(in.payload))) return *v;
    }
    const auto* call = std::get_if<ir::CallTarget>(&in.payload);
    if (call && call->name == "operator.neg" && in.args.size() == 1) {
      if (auto v = constant_int(f, in.args[0])) return -*v;
    }
    return std::nullopt;
  }

  bool is_union(TypeId t) const {
    Kind k = table_.kind(t);
    return k == Kind::Union || k == Kind::Optional;
  }

  // An op or method on values of union type: resolved for each combination of the
  // alternatives; a combination Python rejects raises its TypeError at run time.
  TypeId call_on_union(ir::InstId id, const ir::Inst& in, const std::string& op_name,
                       const std::string& method, const std::vector<TypeId>& args,
                       const std::vector<std::string>& keywords, bool attribute) {
    CallResolution r;
    r.method = method;
    for (TypeId a : args) r.dispatched.push_back(is_union(a));
    std::vector<std::vector<TypeId>> combos = {{}};
    for (TypeId a : args) {
      std::vector<std::vector<TypeId>> next;
      for (const auto& combo : combos) {
        for (TypeId alt : is_union(a) ? table_.alternatives(a) : std::vector<TypeId>{a}) {
          next.push_back(combo);
          next.back().push_back(alt);
        }
      }
      combos = std::move(next);
    }
    TypeId result;
    bool any = false;
    for (const auto& combo : combos) {
      UnionBranch branch;
      branch.arg_types = combo;
      std::string name = op_name;
      if (!method.empty()) {
        std::string prefix = method_prefix(combo[0]);
        name = prefix.empty() ? "" : prefix + "." + method;
      }
      if (!name.empty()) {
        branch.match = OpLibrary::get().match(name, combo, keywords, table_, *this, attribute);
      }
      if (branch.match) {
        result = table_.join(result, branch.match->result);
        any = true;
      } else {
        branch.error = type_error_text(op_name, method, combo);
      }
      r.branches.push_back(std::move(branch));
    }
    if (!any) {
      report(diag::Kind::NoSuchOp, in.loc,
             no_op_message(op_name.empty() ? method : op_name, args, keywords, attribute));
      return {};
    }
    inst(current_).calls[id.index()] = std::move(r);
    return result;
  }

  // The message of the TypeError CPython raises for an op on these operand types.
  std::string type_error_text(const std::string& op, const std::string& method,
                              const std::vector<TypeId>& types) {
    auto name = [&](TypeId t) {
      switch (table_.kind(t)) {
        case Kind::None:
          return std::string("NoneType");
        case Kind::List:
          return std::string("list");
        case Kind::Dict:
          return std::string("dict");
        case Kind::Set:
          return std::string("set");
        case Kind::Tuple:
        case Kind::TupleOf:
          return std::string("tuple");
        case Kind::Iterator:
          return table_.node(t).name;
        default:
          return table_.to_string(t);
      }
    };
    if (!method.empty()) {
      return "'" + name(types[0]) + "' object has no attribute '" + method + "'";
    }
    static const std::map<std::string, std::string> kSymbols = {
        {"operator.add", "+"},           {"operator.sub", "-"},       {"operator.mul", "*"},
        {"operator.truediv", "/"},       {"operator.floordiv", "//"}, {"operator.mod", "%"},
        {"operator.pow", "** or pow()"}, {"operator.lshift", "<<"},   {"operator.rshift", ">>"},
        {"operator.and_", "&"},          {"operator.or_", "|"},       {"operator.xor", "^"},
        {"operator.matmul", "@"}};
    static const std::map<std::string, std::string> kCompare = {
        {"operator.lt", "<"}, {"operator.le", "<="}, {"operator.gt", ">"}, {"operator.ge", ">="}};
    static const std::map<std::string, std::string> kUnary = {
        {"operator.neg", "-"}, {"operator.pos", "+"}, {"operator.invert", "~"}};
    std::string base = op;
    if (base.starts_with("operator.i") && !kSymbols.count(base)) {
      base = "operator." + base.substr(std::string("operator.i").size());
    }
    if (auto it = kSymbols.find(base); it != kSymbols.end() && types.size() == 2) {
      bool sequence_add = base == "operator.add" && (table_.kind(types[0]) == Kind::Str ||
                                                     table_.kind(types[0]) == Kind::List);
      if (sequence_add) {
        return "can only concatenate " + name(types[0]) + " (not \"" + name(types[1]) + "\") to " +
               name(types[0]);
      }
      std::string symbol = it->second + (op != base ? "=" : "");
      return "unsupported operand type(s) for " + symbol + ": '" + name(types[0]) + "' and '" +
             name(types[1]) + "'";
    }
    if (auto it = kCompare.find(op); it != kCompare.end()) {
      return "'" + it->second + "' not supported between instances of '" + name(types[0]) +
             "' and '" + name(types[1]) + "'";
    }
    if (auto it = kUnary.find(op); it != kUnary.end()) {
      return "bad operand type for unary " + it->second + ": '" + name(types[0]) + "'";
    }
    if (op == "operator.getitem" || op == "operator.getslice") {
      return "'" + name(types[0]) + "' object is not subscriptable";
    }
    if (op == "operator.setitem" || op == "operator.setslice") {
      return "'" + name(types[0]) + "' object does not support item assignment";
    }
    if (op == "operator.contains" || op == "operator.not_contains") {
      return "argument of type '" + name(types[0]) + "' is not iterable";
    }
    if (op == "builtins.len") return "object of type '" + name(types[0]) + "' has no len()";
    std::string given;
    for (TypeId t : types) given += (given.empty() ? "" : ", ") + name(t);
    return op.substr(op.rfind('.') + 1) + "() does not accept (" + given + ")";
  }

  TypeId call_user(ir::InstId id, const ir::Inst& in, ir::FuncId func,
                   const std::vector<TypeId>& args, const std::vector<std::string>& keywords) {
    const ir::Function& callee = program_.function(func);
    // Bind as Python does: positionals in order, then keywords by name, then defaults.
    std::vector<TypeId> bound(callee.params.size());
    std::vector<int> user_args(callee.params.size(), -1);
    size_t next = 0;
    for (size_t i = 0; i < args.size(); ++i) {
      if (!keywords[i].empty()) continue;
      while (next < callee.params.size() && callee.params[next].keyword_only) ++next;
      if (next >= callee.params.size()) {
        report(diag::Kind::NoSuchOp, in.loc,
               callee.name + "() takes " + std::to_string(callee.params.size()) +
                   " positional arguments but more were given");
        return {};
      }
      user_args[next] = static_cast<int>(i);
      bound[next++] = args[i];
    }
    for (size_t i = 0; i < args.size(); ++i) {
      if (keywords[i].empty()) continue;
      size_t p = 0;
      while (p < callee.params.size() && callee.params[p].name != keywords[i]) ++p;
      if (p == callee.params.size() || bound[p]) {
        report(diag::Kind::NoSuchOp, in.loc,
               callee.name + "() got an unexpected keyword argument '" + keywords[i] + "'");
        return {};
      }
      bound[p] = args[i];
      user_args[p] = static_cast<int>(i);
    }
    for (size_t p = 0; p < callee.params.size(); ++p) {
      if (bound[p]) {
        if (callee.params[p].annotation && !assignable(callee.params[p].annotation, bound[p])) {
          report(diag::Kind::TypeConflict, in.loc,
                 callee.name + "() argument '" + callee.params[p].name + "' must be " +
                     table_.to_string(callee.params[p].annotation) + ", not " +
                     table_.to_string(bound[p]));
          return {};
        }
        continue;
      }
      if (!callee.params[p].default_value) {
        report(diag::Kind::NoSuchOp, in.loc,
               callee.name + "() missing required argument: '" + callee.params[p].name + "'");
        return {};
      }
      bound[p] = constant_type(*callee.params[p].default_value);
    }
    int32_t existing = find_instance(func, bound);
    if (existing >= 0 && inst(existing).checking) {
      // Recursion: the result is what the function's annotation says.
      if (!callee.return_annotation) {
        report(diag::Kind::MissingAnnotation, in.loc,
               "'" + callee.name + "' calls itself: annotate its return type");
        return {};
      }
      inst(current_).calls[id.index()] = CallResolution{{}, existing, user_args};
      return callee.return_annotation;
    }
    bool saved_quiet = quiet_, saved_unresolved = unresolved_;
    diag::Loc saved_loc = current_loc_;
    quiet_ = false;
    int32_t instance = instantiate(func, bound, in.loc);
    quiet_ = saved_quiet;
    unresolved_ = saved_unresolved;
    current_loc_ = saved_loc;
    inst(current_).calls[id.index()] = CallResolution{{}, instance, user_args};
    return inst(instance).result;
  }

  int32_t find_instance(ir::FuncId func, const std::vector<TypeId>& args) {
    const ir::Function& f = program_.function(func);
    for (size_t i = 0; i < typed_.instances.size(); ++i) {
      const Instance& existing = typed_.instances[i];
      if (existing.func != func) continue;
      bool same = true;
      for (size_t p = 0; p < args.size(); ++p) {
        TypeId want = f.params[p].annotation ? f.params[p].annotation : args[p];
        same &= table_.deep_resolve(existing.params[p]) == table_.deep_resolve(want);
      }
      if (same) return static_cast<int32_t>(i);
    }
    return -1;
  }

  TypeId call_value(TypeId fn, const std::vector<TypeId>& args, diag::Loc loc) {
    fn = table_.resolve(fn);
    if (table_.kind(fn) != Kind::Function) {
      report(diag::Kind::NoSuchOp, loc,
             "a value of type " + table_.to_string(fn) + " is not callable");
      return {};
    }
    ir::FuncId func(table_.node(fn).func);
    const ir::Function& callee = program_.function(func);
    if (!callee.parent.valid()) return call_module_function_value(func, args, loc);
    if (args.size() != callee.params.size()) {
      report(diag::Kind::NoSuchOp, loc,
             "<lambda>() takes " + std::to_string(callee.params.size()) + " arguments but " +
                 std::to_string(args.size()) + " were given");
      return {};
    }
    for (const Instance& other : typed_.instances) {
      if (other.func == func && other.checking) {
        report(diag::Kind::NotSupportedYet, loc,
               "a nested function that calls itself is not supported yet; define it at the "
               "module's top level");
        return {};
      }
    }
    auto it = typed_.lambdas.find(func.index());
    if (it != typed_.lambdas.end()) {
      Instance& existing = inst(it->second);
      for (size_t i = 0; i < args.size(); ++i) {
        if (!table_.unify(existing.params[i], args[i])) {
          report(diag::Kind::TypeConflict, loc,
                 "this lambda is called with different argument types in different places");
          return {};
        }
      }
      return existing.result;
    }
    bool saved_quiet = quiet_, saved_unresolved = unresolved_;
    quiet_ = false;
    int32_t instance = instantiate(func, args, loc, current_);
    quiet_ = saved_quiet;
    unresolved_ = saved_unresolved;
    typed_.lambdas[func.index()] = instance;
    return inst(instance).result;
  }

  // A module-level function used as a value (`sorted(xs, key=score)`): one instance,
  // shared by every use of the value.
  TypeId call_module_function_value(ir::FuncId func, const std::vector<TypeId>& args,
                                    diag::Loc loc) {
    const ir::Function& callee = program_.function(func);
    if (args.size() != callee.params.size()) {
      report(diag::Kind::NoSuchOp, loc,
             callee.name + "() takes " + std::to_string(callee.params.size()) + " arguments but " +
                 std::to_string(args.size()) + " were given");
      return {};
    }
    auto it = typed_.lambdas.find(func.index());
    if (it != typed_.lambdas.end()) return inst(it->second).result;
    bool saved_quiet = quiet_, saved_unresolved = unresolved_;
    quiet_ = false;
    int32_t instance = instantiate(func, args, loc);
    quiet_ = saved_quiet;
    unresolved_ = saved_unresolved;
    typed_.lambdas[func.index()] = instance;
    return inst(instance).result;
  }

  // What is still unknown once everything is typed (an empty list never filled) is None.
  void default_unknowns() {
    std::function<void(TypeId)> settle = [&](TypeId t) {
      t = table_.resolve(t);
      if (!t) return;
      if (table_.kind(t) == Kind::Var) {
        table_.unify(t, table_.none());
        return;
      }
      std::vector<TypeId> args = table_.node(t).args;
      for (TypeId a : args) settle(a);
    };
    for (Instance& instance : typed_.instances) {
      for (TypeId& t : instance.inst_types) settle(t);
      for (TypeId& t : instance.local_types) settle(t);
      for (TypeId& t : instance.params) settle(t);
      settle(instance.result);
      for (auto& [index, call] : instance.calls) {
        for (BoundArg& a : call.op.args) settle(a.type);
        settle(call.op.result);
      }
    }
  }

  const ir::Program& program_;
  TypeTable& table_;
  diag::Sink& sink_;
  TypedProgram typed_;
  int32_t current_ = -1;
  diag::Loc current_loc_;
  bool quiet_ = false;
  bool unresolved_ = false;
  std::map<std::string, int> used_names_;
  std::map<std::pair<int32_t, const ir::Inst*>, TypeId> fresh_;
};

}  // namespace

std::optional<TypedProgram> check_program(const ir::Program& program, TypeTable& table,
                                          diag::Sink& sink) {
  return Checker(program, table, sink).run();
}

}  // namespace ingot::types
