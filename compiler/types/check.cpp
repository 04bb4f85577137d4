#include "compiler/types/check.h"

#include <algorithm>
#include <functional>
#include <set>

namespace ingot::types {

namespace {

using ir::Opcode;

// The attributes of each class's instances with their types (by ClassId index), in the
// order they are first assigned. They outlive one checking run: an attribute assigned in a
// method typed late may be read by one typed early, so the program is checked again until
// they settle (see check_program).
using ClassAttributes = std::vector<std::vector<std::pair<std::string, TypeId>>>;

class Checker : public CallContext {
 public:
  Checker(const ir::Program& program, TypeTable& table, diag::Sink& sink,
          ClassAttributes& attributes)
      : program_(program), table_(table), sink_(sink), attributes_(attributes) {
    typed_.program = &program;
    typed_.table = &table;
    typed_.classes.resize(program.classes.size());
    attributes_.resize(program.classes.size());
  }

  // True when this run gave an attribute a type it did not have before.
  bool attributes_changed() const { return attributes_changed_; }

  std::optional<TypedProgram> run() {
    const ir::Function& entry = program_.function(program_.entry);
    std::vector<TypeId> params;
    for (const ir::Param& p : entry.params) {
      if (p.var_positional || p.var_keyword) {
        report(diag::Kind::NotSupportedYet, p.loc,
               "*args and **kwargs parameters of the entry function are not supported yet "
               "(callers pass named arguments); take a list[...] or a dict[str, ...]");
        return std::nullopt;
      }
      if (!p.annotation) {
        if (p.annotation_text.empty()) {
          report(diag::Kind::MissingAnnotation, p.loc,
                 "parameter '" + p.name + "' of the entry function '" + entry.name +
                     "' needs a type annotation: it is the type callers pass (e.g. '" + p.name +
                     ": str')");
        }
        return std::nullopt;
      }
      if (table_.kind(p.annotation) == Kind::Iterator) {
        report(diag::Kind::NotSupportedYet, p.loc,
               "an entry parameter of type " + p.annotation_text +
                   " is not supported yet; annotate it list[...] (callers pass a list)");
        return std::nullopt;
      }
      params.push_back(p.annotation);
      if (table_.kind(p.annotation) == Kind::Object) {
        ir::ClassId c = class_of(p.annotation);
        if (program_.cls(c).flavor != ir::Class::Flavor::Enum) {
          report(diag::Kind::NotSupportedYet, p.loc,
                 "parameter '" + p.name + "' of the entry function takes a " +
                     program_.cls(c).name +
                     " instance, which cannot cross the ABI yet; take its fields instead (an "
                     "Enum parameter takes its members' values)");
          return std::nullopt;
        }
        enum_value_type(c);
      }
    }
    typed_.entry = instantiate(program_.entry, params, entry.loc);
    if (sink_.has_errors()) return std::nullopt;
    if (TypeId result = table_.deep_resolve(inst(typed_.entry).result); holds_object(result)) {
      report(diag::Kind::NotSupportedYet, entry.loc,
             "the entry function '" + entry.name + "' returns " + table_.to_string(result) +
                 ", and instances of the module's classes cannot cross the ABI yet; return "
                 "their fields instead (a dict, a tuple, or dataclasses.asdict(x))");
      return std::nullopt;
    }
    default_unknowns();
    for (size_t c = 0; c < attributes_.size(); ++c) {
      for (auto& [name, type] : attributes_[c]) type = table_.deep_resolve(type);
      typed_.classes[c].attributes = attributes_[c];
    }
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
      if (declared && accepts_as_iterable(declared, args[i])) declared = TypeId();
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

  // A parameter annotated Iterable[T] (or Iterator[T]) takes any iterable of T as it is:
  // the function is instantiated for the argument's own type.
  bool accepts_as_iterable(TypeId declared, TypeId arg) {
    if (!arg || table_.kind(declared) != Kind::Iterator) return false;
    TypeId item = table_.item_type(arg);
    return item && table_.unify(table_.arg(declared, 0), item);
  }

  std::string unique_name(const ir::Function& f) {
    std::string base = f.is_lambda ? "lambda" : f.name;
    std::replace(base.begin(), base.end(), '.', '_');  // methods: "Point.norm" is Point_norm
    int n = used_names_[base]++;
    return n == 0 ? base : base + "_" + std::to_string(n + 1);
  }

  void check(int32_t id) {
    const ir::Function& f = program_.function(inst(id).func);
    inst(id).checking = true;
    inst(id).inst_types.assign(f.insts.size(), TypeId());
    inst(id).local_types.assign(f.locals.size(), TypeId());
    for (size_t l = 0; l < f.locals.size(); ++l) {
      if (f.locals[l].declared) inst(id).local_types[l] = f.locals[l].declared;
    }
    // A parameter holds the instance's own type (an Iterable[T] parameter: the argument's).
    for (size_t i = 0; i < f.params.size(); ++i) {
      inst(id).local_types[f.params[i].local.index()] = inst(id).params[i];
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
    // First, so that a missing context is reported as the cause rather than as the
    // unassigned variables it leaves behind (`for x in a.tolist()`).
    require_target_types(id);
    walk_function(id);
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

  // A row whose result only its context decides (json.loads, ndarray.tolist) needs that
  // context: a result still unknown after typing would be compiled as None. The runtime
  // converts to plain values, so a library class (an array op's argument) is no context.
  void require_target_types(int32_t id) {
    const ir::Function& f = program_.function(inst(id).func);
    for (const auto& [index, call] : inst(id).calls) {
      if (!call.op.op || !result_from_context(*call.op.op)) continue;
      if (!table_.has_vars(call.op.result) && table_.kind(call.op.result) != Kind::Native) {
        continue;
      }
      report(diag::Kind::TypeConflict, f.insts[index].loc, missing_context_message(*call.op.op));
    }
  }

  static std::string missing_context_message(const Op& op) {
    const std::string method = op.name.substr(op.name.rfind('.') + 1);
    std::string example = "data: dict[str, int] = " + op.name + "(...)";
    std::string why;
    if (method == "tolist" || method == "item") {
      // Arrays are one static type whatever their rank and dtype (see op_table_numpy.cpp).
      why = "an array's rank and dtype are known only at run time, so ";
      example = method == "tolist" ? "values: list[float] = x.tolist()" : "value: int = x.item()";
    }
    return op.name + "() needs the type of its result: " + why +
           "assign it to an annotated variable (" + example +
           ") or return it from a function annotated with that type";
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
    inst(id).yielded = TypeId();
    walk_block(f, f.body);
    if (f.is_generator) {
      TypeId yielded = inst(id).yielded ? inst(id).yielded : table_.none();
      inst(id).result = table_.iterator("generator", yielded);
    }
    if (!terminates(f, f.body)) add_return(table_.none(), f.loc);
    if (!inst(id).result) inst(id).result = table_.none();
    current_ = saved;
  }

  // `return t.item()` or `return json.loads(text)`: the return annotation is the context a
  // row whose result only its context decides needs, as an annotated variable would be.
  void take_context_from_return(const ir::Function& f, ir::InstId value) {
    const TypeId result = type_of(value);
    if (!f.return_annotation || !result || table_.kind(result) != Kind::Var) return;
    auto call = inst(current_).calls.find(value.index());
    if (call == inst(current_).calls.end() || !call->second.op.op ||
        !result_from_context(*call->second.op.op)) {
      return;
    }
    table_.unify(result, f.return_annotation);
  }

  // CPython does not enforce return annotations: ingot follows the body (the signature
  // shows what it really returns) and warns where the body contradicts the annotation.
  void check_return_annotation(const ir::Function& f, const ir::Inst& in, TypeId value) {
    if (!f.return_annotation || !value || table_.kind(value) == Kind::Var) return;
    if (assignable(f.return_annotation, value) || quiet_) return;
    sink_.report(diag::Kind::ReturnMismatch, program_.file, in.loc,
                 "'" + f.name + "' is annotated to return " +
                     table_.to_string(f.return_annotation) + " but returns " +
                     table_.to_string(value) +
                     " here; CPython does not check return annotations, so ingot follows the "
                     "body and the signature shows the type it really returns");
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
    // A generator's `return` only finishes it; its value is not an item.
    if (!type || program_.function(me.func).is_generator) return;
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

  void add_yield(TypeId type, diag::Loc loc) {
    Instance& me = inst(current_);
    if (!type) return;
    TypeId joined = table_.join(me.yielded, type);
    if (!joined) {
      report(diag::Kind::TypeConflict, loc,
             "'" + program_.function(me.func).name + "' yields " + table_.to_string(type) +
                 " here but " + table_.to_string(me.yielded) + " elsewhere");
      return;
    }
    me.yielded = joined;
  }

  // ---- blocks and instructions ---------------------------------------------------------------

  // A block stops at a Narrow no alternative of its value passes: the rest cannot run
  // (`if isinstance(x, str):` where x is an int), so it is not typed and not emitted.
  void walk_block(const ir::Function& f, ir::BlockId block) {
    if (!block) return;
    inst(current_).dead_after.erase(block.index());
    for (ir::InstId id : f.block(block).insts) {
      walk_inst(f, id);
      const ir::Inst& in = f.inst(id);
      if (in.op == Opcode::Narrow && type_of(in.args[0]) && !type_of(id)) {
        inst(current_).dead_after[block.index()] = id.index();
        return;
      }
    }
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
      case Opcode::LoadClass:
        set_type(id, table_.class_ref(program_.cls(std::get<ir::ClassId>(in.payload)).name));
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
      case Opcode::Narrow:
        set_type(id, narrow(in, arg(0)));
        break;
      case Opcode::Element:
        set_type(id, element(in, arg(0)));
        break;
      case Opcode::Return:
        take_context_from_return(f, in.args[0]);
        check_return_annotation(f, in, arg(0));
        add_return(arg(0), in.loc);
        break;
      case Opcode::Yield:
        add_yield(arg(0), in.loc);
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
        if (iterable && table_.kind(iterable) == Kind::Class) item = enum_members(in, iterable);
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
                 " but is assigned " + table_.to_string(value) +
                 array_scalar_hint(local.declared, value));
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

  // `i: int = np.argmax(a)`: CPython keeps a numpy scalar there whatever the annotation
  // says; ingot asks for the conversion rather than guess that the array holds one element.
  std::string array_scalar_hint(TypeId declared, TypeId value) {
    Kind d = table_.kind(table_.resolve(declared));
    value = table_.resolve(value);
    if ((d != Kind::Int && d != Kind::Float && d != Kind::Bool) ||
        table_.kind(value) != Kind::Native) {
      return "";
    }
    const std::string& name = table_.node(value).name;
    if (name != "numpy.ndarray" && name != "torch.Tensor") return "";
    const std::string to = table_.to_string(declared);
    return "; a numpy or torch scalar is a 0-d array: convert it with " + to + "(...), as in " +
           to + "(np.argmax(scores))";
  }

  // A value of type `value` may be stored where `declared` is expected (int for float,
  // T or None for T | None), as Python's typing allows.
  bool assignable(TypeId declared, TypeId value) {
    declared = table_.resolve(declared);
    value = table_.resolve(value);
    Kind d = table_.kind(declared), v = table_.kind(value);
    if (d == Kind::Float && (v == Kind::Int || v == Kind::Bool)) return true;
    if (d == Kind::Int && v == Kind::Bool) return true;
    // torch's tuple subclasses where a tuple is declared.
    if (d == Kind::Tuple && is_values_indices(value)) {
      TypeId tensor = table_.native("torch.Tensor", {});
      return table_.unify(declared, table_.tuple({tensor, tensor}));
    }
    if (d == Kind::TupleOf && v == Kind::Native && table_.node(value).name == "torch.Size") {
      return table_.unify(declared, table_.tuple_of(table_.integer()));
    }
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

  // The alternatives of `value` that pass the Narrow's test; invalid when none does.
  TypeId narrow(const ir::Inst& in, TypeId value) {
    if (!value || table_.kind(value) == Kind::Var) return {};
    const std::string& test = std::get<ast::Str>(std::get<ir::Constant>(in.payload)).utf8;
    std::vector<TypeId> kept;
    for (TypeId alt : table_.alternatives(value)) {
      bool none = table_.kind(alt) == Kind::None;
      bool passes = test == "none"                        ? none
                    : test == "not-none"                  ? !none
                    : test.starts_with("isinstance:")     ? is_instance(alt, test.substr(11))
                    : test.starts_with("not-isinstance:") ? !is_instance(alt, test.substr(15))
                                                          : true;
      if (passes) kept.push_back(alt);
    }
    if (kept.empty()) return {};
    return table_.union_of(kept);
  }

  // isinstance() on a value of this (non-union) type, for classes named "A,B".
  bool is_instance(TypeId t, const std::string& classes) {
    std::vector<std::string> names;
    switch (table_.kind(t)) {
      case Kind::Bool:
        names = {"bool", "int"};
        break;
      case Kind::Object:
        for (ir::ClassId c = class_of(t); c.valid(); c = program_.cls(c).base) {
          names.push_back(program_.cls(c).name);
        }
        break;
      case Kind::None:
        names = {"NoneType"};
        break;
      case Kind::Tuple:
      case Kind::TupleOf:
        names = {"tuple"};
        break;
      default:
        names = {method_prefix(t)};
    }
    names.push_back("object");
    size_t start = 0;
    while (start <= classes.size()) {
      size_t comma = classes.find(',', start);
      std::string one = classes.substr(start, comma == std::string::npos ? comma : comma - start);
      if (std::find(names.begin(), names.end(), one) != names.end()) return true;
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
    return false;
  }

  TypeId unpack(const ir::Inst& in, TypeId value) {
    if (!value) return {};
    int64_t count = std::get<int64_t>(std::get<ir::Constant>(in.payload));
    if (table_.kind(value) == Kind::Object &&
        program_.cls(class_of(value)).flavor == ir::Class::Flavor::NamedTuple) {
      size_t n = tuple_fields(class_of(value)).size();
      if (n != static_cast<size_t>(count)) {
        report(diag::Kind::TypeConflict, in.loc,
               std::string(n > static_cast<size_t>(count) ? "too many" : "not enough") +
                   " values to unpack (expected " + std::to_string(count) + ", got " +
                   std::to_string(n) + ")");
        return {};
      }
      return value;
    }
    if (table_.kind(value) == Kind::Tuple || is_values_indices(value)) {
      size_t n = is_values_indices(value) ? 2 : table_.node(value).args.size();
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

  // torch.return_types.topk and its kin: torch's (values, indices) tuples.
  bool is_values_indices(TypeId t) const {
    return table_.kind(t) == Kind::Native && table_.node(t).name.starts_with("torch.return_types.");
  }

  TypeId element(const ir::Inst& in, TypeId value) {
    if (!value) return {};
    int64_t index = std::get<int64_t>(std::get<ir::Constant>(in.payload));
    if (table_.kind(value) == Kind::Tuple) return table_.arg(value, index);
    if (is_values_indices(value)) return table_.native("torch.Tensor", {});
    if (table_.kind(value) == Kind::Object) {
      ir::ClassId c = class_of(value);
      return attribute_type(c, tuple_fields(c).at(static_cast<size_t>(index)));
    }
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
    bool spreads = false;
    for (const std::string& k : keywords) spreads |= k == "*" || k == "**";
    // Spreading binds to a user function's parameters: its own, a method's, a constructor's.
    Kind receiver = args.empty() ? Kind::None : table_.kind(args[0]);
    bool user_function = target.kind == ir::CallTarget::Kind::User ||
                         target.kind == ir::CallTarget::Kind::Super ||
                         (target.kind == ir::CallTarget::Kind::Value && receiver == Kind::Class) ||
                         (target.kind == ir::CallTarget::Kind::Method &&
                          (receiver == Kind::Object || receiver == Kind::Class));
    // A library object called with `**d`: a row's **kwargs parameter takes d whole, as the
    // keyword "**" (model(**inputs)).
    bool library_spread = target.kind == ir::CallTarget::Kind::Value && receiver == Kind::Native &&
                          std::find(keywords.begin(), keywords.end(), "*") == keywords.end();
    if (spreads && !user_function && !library_spread) {
      report(diag::Kind::NotSupportedYet, in.loc,
             "f(*args) and f(**kwargs) are supported yet only in calls of the module's own "
             "functions, methods and classes");
      return {};
    }
    switch (target.kind) {
      case ir::CallTarget::Kind::User:
        return call_user(id, in, target.func, args, keywords);
      case ir::CallTarget::Kind::Value: {
        if (table_.kind(args[0]) == Kind::Class) return construct(id, in, args, keywords);
        if (table_.kind(args[0]) == Kind::Object) {
          return call_dunder(id, in, instance_call_method(args[0]), args, keywords, true);
        }
        if (table_.kind(args[0]) == Kind::Native) {  // a library object called: its __call__ row
          std::string name = table_.node(args[0]).name + ".__call__";
          if (!tensor_call_name(name, f, in, keywords)) return {};
          return call_op(id, in, name, args, keywords, false);
        }
        std::vector<TypeId> rest(args.begin() + 1, args.end());
        return call_value(args[0], rest, in.loc);
      }
      case ir::CallTarget::Kind::SetAttr:
        return set_attribute(id, in, target.name, args);
      case ir::CallTarget::Kind::Super:
        return call_super(id, in, target, args, keywords);
      case ir::CallTarget::Kind::Named:
        if (target.name == "operator.getitem" && table_.kind(args[0]) == Kind::Tuple) {
          return tuple_index(id, f, in, args[0]);
        }
        if (auto exact = exact_re_name(target.name, f, in)) {
          return call_op(id, in, *exact, args, keywords, false);
        }
        if (std::string flagged = target.name; !flag_variant(flagged, f, in)) {
          return {};
        } else if (qr_mode_variant(flagged, f, in); flagged != target.name) {
          return call_op(id, in, flagged, args, keywords, false);
        }
        if ((target.name == "operator.pow" || target.name == "operator.ipow") &&
            table_.kind(args[0]) == Kind::Int && table_.kind(args[1]) == Kind::Int) {
          return call_op(id, in, int_pow_name(f, in), args, keywords, false);
        }
        return call_op(id, in, target.name, args, keywords, target.attribute);
      case ir::CallTarget::Kind::Method: {
        if (table_.kind(args[0]) == Kind::Object || table_.kind(args[0]) == Kind::Class) {
          return member(id, in, target, args, keywords);
        }
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
        if (auto exact = exact_re_name(name, f, in)) name = *exact;
        if (!encode_variant(name, f, in) || !flag_variant(name, f, in)) return {};
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
    if (prints_mixed_arrays(name, args)) {
      report(diag::Kind::NotSupportedYet, in.loc,
             "printing one value that holds both torch.Tensors and numpy arrays is not "
             "supported: print them separately (`print(tensors, arrays)`)");
      return {};
    }
    if (!args.empty() && table_.kind(args[0]) == Kind::Object) {
      ir::ClassId c = class_of(args[0]);
      if (std::string dunder = dunder_of(name); !dunder.empty()) {
        if (find_method(c, dunder).second) return call_dunder(id, in, dunder, args, keywords, true);
      }
      if (program_.cls(c).flavor == ir::Class::Flavor::NamedTuple) {
        if (TypeId t = named_tuple_op(id, in, c, name, args)) return t;
      }
      // Comparing instances of an ordered dataclass or a NamedTuple: their fields in order.
      static const std::map<std::string, std::string> kOrdered = {
          {"operator.lt", "ingot.object_lt"},
          {"operator.le", "ingot.object_le"},
          {"operator.gt", "ingot.object_gt"},
          {"operator.ge", "ingot.object_ge"}};
      const ir::Class& cls = program_.cls(c);
      bool ordered = cls.order || cls.flavor == ir::Class::Flavor::NamedTuple ||
                     find_method(c, "__lt__").second;
      if (auto it = kOrdered.find(name); it != kOrdered.end() && ordered && args.size() == 2 &&
                                         table_.resolve(args[0]) == table_.resolve(args[1])) {
        return call_op(id, in, it->second, args, keywords, attribute);
      }
    }
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
      if (std::string hint = numpy_unsupported_hint(name); !hint.empty()) {
        return "'" + name + "' is not supported: " + hint;
      }
      return "'" + name + "' is not supported yet";
    }
    return "no implementation of " + name + " for (" + given +
           "); supported:" + library.describe(name);
  }

  // str/repr/format/print of a container holding a torch.Tensor: its arrays are numpy's
  // underneath and would print in numpy's format, not torch's (a tensor itself prints
  // through torch's rows, and print() through compiler/emit/cpp.cpp).
  // print, str, repr or format of a value that holds torch tensors and numpy arrays both:
  // the emitter makes the arrays inside a printed value print as torch does when its type
  // holds torch tensors (compiler/emit), and here it could not tell them apart.
  bool prints_mixed_arrays(const std::string& name, const std::vector<TypeId>& args) {
    static const std::set<std::string> kPrinting = {"builtins.str", "builtins.repr",
                                                    "builtins.format", "builtins.print"};
    if (!kPrinting.count(name)) return false;
    for (TypeId a : args) {
      const ShownArrays shown = shown_arrays(table_, program_, a);
      if (shown.torch && shown.numpy) return true;
    }
    return false;
  }

  // int ** int with a constant exponent has one result type; otherwise it is int | float.
  std::string int_pow_name(const ir::Function& f, const ir::Inst& in) {
    if (auto e = constant_int(f, in.args[1])) {
      return *e >= 0 ? "ingot.pow_nonnegative" : "ingot.pow_negative";
    }
    return "operator.pow";
  }

  // re.findall's items and re.split's pieces depend on the pattern's groups, so their
  // general rows type them for any pattern (str | tuple, str | None). A pattern known at
  // compile time picks the row with the exact type: list[str] or list[tuple[str, ...]]
  // for findall, list[str] for split by a pattern without groups.
  std::optional<std::string> exact_re_name(const std::string& name, const ir::Function& f,
                                           const ir::Inst& in) {
    const bool findall = name == "re.findall" || name == "re.Pattern.findall";
    const bool split = name == "re.split" || name == "re.Pattern.split";
    if ((!findall && !split) || in.args.empty()) return std::nullopt;
    std::optional<std::string> pattern = constant_pattern(f, in.args[0]);
    if (!pattern) return std::nullopt;
    const bool method = name.starts_with("re.Pattern.");
    const size_t positional = findall ? 2 : 3;  // the parameters before `flags`
    if (may_be_verbose(*pattern, !method && in.args.size() > positional)) return std::nullopt;
    const int groups = regex_group_count(*pattern);
    const std::string module = method ? "ingot.re.Pattern." : "ingot.re.";
    if (findall) return module + (groups >= 2 ? "findall_groups" : "findall_text");
    if (groups == 0) return module + "split_text";
    return std::nullopt;
  }

  // Under re.VERBOSE a `#` starts a comment, whose parentheses are no groups; the flags
  // are not read here, so a pattern with a `#` and flags or inline ones (`(?x)`) is typed
  // for any group count instead.
  static bool may_be_verbose(std::string_view pattern, bool has_flags) {
    return pattern.find('#') != std::string_view::npos &&
           (has_flags || pattern.find("(?") != std::string_view::npos);
  }

  // SentenceTransformer.encode's result type follows its convert_to_tensor and
  // convert_to_numpy flags, which must then be literals: `name` becomes the row variant
  // "...encode[tensor]" or "...encode[list]". False (reported) for a flag not a literal.
  // Keyword argument i of a call whose result type depends on it: a literal True or False,
  // or nothing (reported, saying `why` it must be a literal).
  std::optional<bool> literal_flag(const ir::Function& f, const ir::Inst& in, size_t i,
                                   const std::string& why) {
    const ir::Inst& arg = f.inst(in.args[i]);
    const bool* flag =
        arg.op == Opcode::Const ? std::get_if<bool>(&std::get<ir::Constant>(arg.payload)) : nullptr;
    if (flag) return *flag;
    const std::string& keyword = std::get<ir::CallTarget>(in.payload).keywords[i];
    report(diag::Kind::NotSupportedYet, in.loc,
           keyword + " must be a literal True or False here: " + why);
    return std::nullopt;
  }

  bool encode_variant(std::string& name, const ir::Function& f, const ir::Inst& in) {
    if (name != "sentence_transformers.SentenceTransformer.encode") return true;
    const std::vector<std::string>& keywords = std::get<ir::CallTarget>(in.payload).keywords;
    std::optional<bool> to_tensor, to_numpy;
    for (size_t i = 0; i < keywords.size() && i < in.args.size(); ++i) {
      if (keywords[i] != "convert_to_tensor" && keywords[i] != "convert_to_numpy") continue;
      const std::optional<bool> flag =
          literal_flag(f, in, i,
                       "the result's type (numpy array, torch.Tensor or list of "
                       "tensors) depends on it");
      if (!flag) return false;
      (keywords[i] == "convert_to_tensor" ? to_tensor : to_numpy) = *flag;
    }
    if (to_tensor.value_or(false)) {
      name += "[tensor]";
    } else if (!to_numpy.value_or(true)) {
      name += "[list]";
    }
    return true;
  }

  // A call whose result type follows literal boolean flags: np.unique's return_index /
  // return_inverse / return_counts, torch.unique's and unique_consecutive's return_inverse /
  // return_counts (an array or a tuple of arrays), torch.nonzero's as_tuple. `name` becomes
  // the row naming the flags set, without "return_" ("numpy.unique[index,counts]",
  // "torch.nonzero[as_tuple]"). False (reported) for a flag not a literal.
  bool flag_variant(std::string& name, const ir::Function& f, const ir::Inst& in) {
    static const std::pair<std::string_view, std::vector<std::string_view>> kFlagged[] = {
        {"numpy.unique", {"return_index", "return_inverse", "return_counts"}},
        {"torch.unique", {"return_inverse", "return_counts"}},
        {"torch.Tensor.unique", {"return_inverse", "return_counts"}},
        {"torch.unique_consecutive", {"return_inverse", "return_counts"}},
        {"torch.Tensor.unique_consecutive", {"return_inverse", "return_counts"}},
        {"torch.nonzero", {"as_tuple"}},
        {"torch.Tensor.nonzero", {"as_tuple"}},
        {"numpy.average", {"returned"}},  // returned=True (a tuple) has no row yet
        // A flag written "!name" names its variant "not_name" when it is False.
        {"numpy.linalg.svd", {"!compute_uv"}},
    };
    const auto* entry = std::find_if(std::begin(kFlagged), std::end(kFlagged),
                                     [&](const auto& e) { return e.first == name; });
    if (entry == std::end(kFlagged)) return true;
    const std::vector<std::string_view>& flags = entry->second;
    const std::vector<std::string>& keywords = std::get<ir::CallTarget>(in.payload).keywords;
    std::vector<bool> set(flags.size(), false);
    for (size_t i = 0; i < keywords.size() && i < in.args.size(); ++i) {
      for (size_t k = 0; k < flags.size(); ++k) {
        const bool inverted = flags[k].starts_with("!");
        if (keywords[i] != flags[k].substr(inverted ? 1 : 0)) continue;
        const std::optional<bool> flag = literal_flag(
            f, in, i, "the call's result type (an array or a tuple of arrays) depends on it");
        if (!flag) return false;
        set[k] = *flag != inverted;
      }
    }
    std::string variant;
    for (size_t k = 0; k < flags.size(); ++k) {
      std::string flag(flags[k]);
      if (flag.starts_with("return_")) flag.erase(0, 7);
      if (flag.starts_with("!")) flag = "not_" + flag.substr(1);
      if (set[k]) variant += (variant.empty() ? "" : ",") + flag;
    }
    if (!variant.empty()) name += "[" + variant + "]";
    return true;
  }

  // np.linalg.qr returns R alone for mode "r": a literal mode (keyword or second argument)
  // picks the row "numpy.linalg.qr[r]"; any other mode keeps the (Q, R) row.
  void qr_mode_variant(std::string& name, const ir::Function& f, const ir::Inst& in) {
    if (name != "numpy.linalg.qr") return;
    const std::vector<std::string>& keywords = std::get<ir::CallTarget>(in.payload).keywords;
    for (size_t i = 0; i < keywords.size() && i < in.args.size(); ++i) {
      if (keywords[i] != "mode" && !(keywords[i].empty() && i == 1)) continue;
      const ir::Inst& value = f.inst(in.args[i]);
      if (value.op != Opcode::Const) return;
      const auto* mode = std::get_if<ast::Str>(&std::get<ir::Constant>(value.payload));
      if (mode && mode->utf8 == "r") name += "[r]";
    }
  }

  // A tokenizer call's result type depends on return_tensors: a literal "pt" picks the row
  // that returns torch tensors; "tf", "jax" and "mlx" are errors here (false), as their
  // frameworks have no lowering, and so are the keywords whose fields compiled code lacks.
  bool tensor_call_name(std::string& name, const ir::Function& f, const ir::Inst& in,
                        const std::vector<std::string>& keywords) {
    if (name != "transformers.PreTrainedTokenizerFast.__call__") return true;
    static const std::pair<std::string_view, std::string_view> kUnsupported[] = {
        {"return_offsets_mapping", "a tokenizers.Tokenizer's encode(...).offsets"},
        {"return_overflowing_tokens", "truncation without it"},
        {"return_length", "len() of each row of input_ids"},
        {"is_split_into_words", "a tokenizers.Tokenizer's encode(words, is_pretokenized=True)"},
    };
    for (const auto& [keyword, instead] : kUnsupported) {
      if (std::find(keywords.begin(), keywords.end(), keyword) == keywords.end()) continue;
      report(diag::Kind::NotSupportedYet, in.loc,
             "tokenizer(..., " + std::string(keyword) + "=...) is not supported yet: use " +
                 std::string(instead));
      return false;
    }
    for (size_t i = 0; i < keywords.size(); ++i) {
      if (keywords[i] != "return_tensors") continue;
      const ir::Inst& value = f.inst(in.args[i]);
      if (value.op != Opcode::Const) return true;
      const auto* kind = std::get_if<ast::Str>(&std::get<ir::Constant>(value.payload));
      if (!kind) return true;
      if (kind->utf8 == "pt") name = "ingot.transformers.PreTrainedTokenizerFast.call_pt";
      if (kind->utf8 == "tf" || kind->utf8 == "jax" || kind->utf8 == "mlx") {
        report(diag::Kind::NotSupportedYet, in.loc,
               "return_tensors=\"" + kind->utf8 +
                   "\" is not supported: write return_tensors=\"np\" (numpy arrays) or "
                   "return_tensors=\"pt\" (torch tensors)");
        return false;
      }
    }
    return true;
  }

  // A pattern string literal, or a module-level `NAME = re.compile("literal", ...)`.
  std::optional<std::string> constant_pattern(const ir::Function& f, ir::InstId id) {
    const ir::Inst& in = f.inst(id);
    if (in.op == Opcode::Const) {
      if (const auto* s = std::get_if<ast::Str>(&std::get<ir::Constant>(in.payload))) {
        return s->utf8;
      }
      return std::nullopt;
    }
    if (in.op != Opcode::LoadGlobal) return std::nullopt;
    const ir::Function& init =
        program_.function(program_.global(std::get<ir::GlobalId>(in.payload)).init);
    for (const ir::Inst& ret : init.insts) {
      if (ret.op != Opcode::Return) continue;
      const ir::Inst& value = init.inst(ret.args[0]);
      const auto* call = std::get_if<ir::CallTarget>(&value.payload);
      if (value.op != Opcode::Call || !call || call->name != "re.compile" || value.args.empty()) {
        return std::nullopt;
      }
      std::optional<std::string> pattern = constant_pattern(init, value.args[0]);
      if (pattern && may_be_verbose(*pattern, value.args.size() > 1)) return std::nullopt;
      return pattern;
    }
    return std::nullopt;
  }

  // The number of capturing groups in a Python pattern: `(` opens one unless `(?` follows,
  // except `(?P<name>`; escapes and character classes hold none.
  static int regex_group_count(std::string_view pattern) {
    int groups = 0;
    bool in_class = false;
    for (size_t i = 0; i < pattern.size(); ++i) {
      const char c = pattern[i];
      if (c == '\\') {
        ++i;
      } else if (in_class) {
        in_class = c != ']';
      } else if (c == '[') {
        in_class = true;
        if (i + 1 < pattern.size() && pattern[i + 1] == '^') ++i;
        if (i + 1 < pattern.size() && pattern[i + 1] == ']') ++i;
      } else if (c == '(') {
        const std::string_view rest = pattern.substr(i + 1);
        if (!rest.starts_with("?") || rest.starts_with("?P<")) ++groups;
      }
    }
    return groups;
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
        name = prefix.empty() ? "" : (prefix + ".").append(method);
      }
      if (!method.empty() && table_.kind(combo[0]) == Kind::Object) {
        if (TypeId t = member_branch(id, in, method, combo, keywords, attribute, branch)) {
          result = table_.join(result, t);
          any = true;
        } else {
          branch.error =
              "'" + table_.node(combo[0]).name + "' object has no attribute '" + method + "'";
        }
        r.branches.push_back(std::move(branch));
        continue;
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

  // A member of one alternative of a union that is an instance (`shape.area()` where shape
  // is a Square | Circle): resolved as on that class alone; a class without the member
  // raises AttributeError at run time, as in CPython.
  TypeId member_branch(ir::InstId id, const ir::Inst& in, const std::string& method,
                       const std::vector<TypeId>& combo, const std::vector<std::string>& keywords,
                       bool attribute, UnionBranch& branch) {
    // (inst() is looked up afresh each time: typing a method adds instances, which may move
    // this one.)
    std::optional<CallResolution> saved;
    if (auto it = inst(current_).calls.find(id.index()); it != inst(current_).calls.end()) {
      saved = it->second;
    }
    bool saved_quiet = quiet_, saved_unresolved = unresolved_;
    quiet_ = true;
    ir::CallTarget target{ir::CallTarget::Kind::Method, method, {}, keywords, attribute};
    TypeId t = member(id, in, target, combo, keywords);
    bool missing = unresolved_ && !saved_unresolved;
    quiet_ = saved_quiet;
    unresolved_ = saved_unresolved;
    if (t && !missing) {
      branch.object_call = std::make_shared<CallResolution>(inst(current_).calls[id.index()]);
      branch.object_result = t;
    }
    inst(current_).calls.erase(id.index());
    if (saved) inst(current_).calls[id.index()] = *saved;
    return branch.object_call ? t : TypeId();
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

  // Binds a call's arguments to a user function's parameters as Python does: positionals
  // in order (the extra ones to `*args`), then keywords by name (the unknown ones to
  // `**kwargs`), then defaults. Per parameter: its type, the argument it takes (-1: its
  // default, or a var parameter) and what a var parameter collects. False (reported)
  // when the call does not fit.
  bool bind_user_arguments(const ir::Inst& in, const ir::Function& callee,
                           const std::vector<TypeId>& args,
                           const std::vector<std::string>& keywords, std::vector<TypeId>& bound,
                           std::vector<int>& user_args,
                           std::map<size_t, std::vector<int>>& packed) {
    const std::vector<ir::Param>& params = callee.params;
    auto var_param = [&](bool positional) -> int {
      for (size_t p = 0; p < params.size(); ++p) {
        if (positional ? params[p].var_positional : params[p].var_keyword)
          return static_cast<int>(p);
      }
      return -1;
    };
    int star = var_param(true), double_star = var_param(false);
    size_t positional = 0;
    while (positional < params.size() && !params[positional].keyword_only &&
           !params[positional].var_positional) {
      ++positional;
    }
    size_t next = 0;
    for (size_t i = 0; i < args.size(); ++i) {
      if (keywords[i] == "*") {  // an iterable of unknown length: all of it into *args
        if (next < positional || star < 0) {
          report(diag::Kind::NotSupportedYet, in.loc,
                 "f(*xs) with xs not a tuple of known length is supported yet only where all "
                 "of xs goes to a *args parameter (the parameters before it given one by one)");
          return false;
        }
        packed[star].push_back(static_cast<int>(i));
        continue;
      }
      if (!keywords[i].empty()) continue;
      if (next < positional) {
        user_args[next] = static_cast<int>(i);
        bound[next++] = args[i];
      } else if (star >= 0) {
        packed[star].push_back(static_cast<int>(i));
      } else {
        report(diag::Kind::NoSuchOp, in.loc,
               callee.name + "() takes " + std::to_string(positional) +
                   " positional arguments but more were given");
        return false;
      }
    }
    bool mapping_spread = false;
    for (size_t i = 0; i < args.size(); ++i) {
      if (keywords[i] == "**") {  // all of a mapping into **kwargs
        if (double_star < 0) {
          report(diag::Kind::NotSupportedYet, in.loc,
                 "f(**d) is supported yet only where all of d goes to a **kwargs parameter");
          return false;
        }
        packed[double_star].push_back(static_cast<int>(i));
        mapping_spread = true;
        continue;
      }
      if (keywords[i].empty() || keywords[i] == "*") continue;
      size_t p = 0;
      while (p < params.size() &&
             (params[p].name != keywords[i] || params[p].var_positional || params[p].var_keyword)) {
        ++p;
      }
      if (p < params.size() && bound[p]) {
        report(diag::Kind::NoSuchOp, in.loc,
               callee.name + "() got multiple values for argument '" + keywords[i] + "'");
        return false;
      }
      if (p == params.size()) {
        if (double_star < 0) {
          report(diag::Kind::NoSuchOp, in.loc,
                 callee.name + "() got an unexpected keyword argument '" + keywords[i] + "'");
          return false;
        }
        packed[double_star].push_back(static_cast<int>(i));
        continue;
      }
      bound[p] = args[i];
      user_args[p] = static_cast<int>(i);
    }
    for (size_t p = 0; p < params.size(); ++p) {
      if (params[p].var_positional || params[p].var_keyword) {
        std::optional<TypeId> collected =
            var_parameter_type(in, callee, params[p], args, keywords, packed[p]);
        if (!collected) return false;
        bound[p] = *collected;
        continue;
      }
      if (bound[p]) {
        if (params[p].annotation && !assignable(params[p].annotation, bound[p]) &&
            !accepts_as_iterable(params[p].annotation, bound[p])) {
          report(diag::Kind::TypeConflict, in.loc,
                 callee.name + "() argument '" + params[p].name + "' must be " +
                     table_.to_string(params[p].annotation) + ", not " +
                     table_.to_string(bound[p]));
          return false;
        }
        continue;
      }
      if (mapping_spread) {  // CPython could take it from the mapping
        report(diag::Kind::NotSupportedYet, in.loc,
               "f(**d) is supported yet only where every named parameter of " + callee.name +
                   "() is given explicitly ('" + params[p].name + "' is not)");
        return false;
      }
      if (params[p].default_factory.valid()) {
        ir::FuncId factory = params[p].default_factory;
        int32_t made = loudly([&] { return instantiate(factory, {}, in.loc); });
        TypeId declared = params[p].annotation;
        if (declared) table_.unify(inst(made).result, declared);  // list() for list[str]
        bound[p] = declared ? declared : inst(made).result;
        continue;
      }
      if (!params[p].default_value) {
        report(diag::Kind::NoSuchOp, in.loc,
               callee.name + "() missing required argument: '" + params[p].name + "'");
        return false;
      }
      bound[p] = constant_type(*params[p].default_value);
    }
    return true;
  }

  // A call's arguments with `*t` of a tuple of known length spread into its elements;
  // `*xs` and `**d` of other types stay whole (marked by their keyword).
  bool spread_arguments(const ir::Inst& in, std::vector<TypeId>& args,
                        std::vector<std::string>& keywords, std::vector<SpreadArg>& spread) {
    std::vector<TypeId> out_args;
    std::vector<std::string> out_keywords;
    for (size_t i = 0; i < args.size(); ++i) {
      int arg = static_cast<int>(i);
      if (keywords[i] == "*" && table_.kind(args[i]) == Kind::Tuple) {
        const std::vector<TypeId> elements = table_.node(args[i]).args;
        for (size_t e = 0; e < elements.size(); ++e) {
          out_args.push_back(elements[e]);
          out_keywords.emplace_back();
          spread.push_back({arg, SpreadArg::Kind::Element, static_cast<int>(e)});
        }
        continue;
      }
      if (keywords[i] == "*" && !table_.item_type(args[i])) {
        report(diag::Kind::TypeConflict, in.loc,
               "argument after * must be an iterable, not " + table_.to_string(args[i]));
        return false;
      }
      bool mapping = keywords[i] == "**";
      if (mapping && (table_.kind(args[i]) != Kind::Dict ||
                      table_.kind(table_.arg(args[i], 0)) != Kind::Str)) {
        report(diag::Kind::TypeConflict, in.loc,
               "argument after ** must be a dict[str, ...] here, not " + table_.to_string(args[i]));
        return false;
      }
      out_args.push_back(args[i]);
      out_keywords.push_back(keywords[i]);
      SpreadArg::Kind kind = keywords[i] == "*" ? SpreadArg::Kind::Iterable
                             : mapping          ? SpreadArg::Kind::Mapping
                                                : SpreadArg::Kind::Plain;
      spread.push_back({arg, kind, -1});
    }
    args = std::move(out_args);
    keywords = std::move(out_keywords);
    return true;
  }

  // The tuple `*args` or the dict `**kwargs` holds: of the annotated item type (each
  // argument must fit it), else of the join of the arguments' types (unknown until used
  // when there are none).
  std::optional<TypeId> var_parameter_type(const ir::Inst& in, const ir::Function& callee,
                                           const ir::Param& param, const std::vector<TypeId>& args,
                                           const std::vector<std::string>& keywords,
                                           const std::vector<int>& collected) {
    TypeId declared = param.annotation;
    TypeId item = declared ? table_.arg(declared, param.var_keyword ? 1 : 0) : TypeId();
    TypeId joined;
    for (int a : collected) {
      // A whole `*xs` gives its items, a whole `**d` its values.
      TypeId given = keywords[a] == "*"    ? table_.item_type(args[a])
                     : keywords[a] == "**" ? table_.arg(args[a], 1)
                                           : args[a];
      if (item) {
        if (!assignable(item, given)) {
          report(diag::Kind::TypeConflict, in.loc,
                 callee.name + "() argument '" + param.name + "' takes " + table_.to_string(item) +
                     ", not " + table_.to_string(given));
          return std::nullopt;
        }
        continue;
      }
      joined = table_.join(joined, given);
      if (!joined) {
        report(diag::Kind::TypeConflict, in.loc,
               callee.name + "() gets arguments of different types for '" + param.name +
                   "'; annotate it");
        return std::nullopt;
      }
    }
    if (declared) return declared;
    if (!joined) {  // none collected: items of a type the callee's body may still decide
      auto key = std::make_tuple(current_, &in, param.var_keyword);
      if (!empty_var_items_.count(key)) empty_var_items_[key] = table_.fresh_var();
      joined = empty_var_items_[key];
    }
    return param.var_keyword ? table_.dict(table_.str(), joined) : table_.tuple_of(joined);
  }

  TypeId call_user(ir::InstId id, const ir::Inst& in, ir::FuncId func, std::vector<TypeId> args,
                   std::vector<std::string> keywords) {
    const ir::Function& callee = program_.function(func);
    std::vector<TypeId> bound(callee.params.size());
    std::vector<int> user_args(callee.params.size(), -1);
    std::map<size_t, std::vector<int>> packed;
    std::vector<SpreadArg> spread;
    bool spreads = false;
    for (const std::string& k : keywords) spreads |= k == "*" || k == "**";
    if (spreads && !spread_arguments(in, args, keywords, spread)) return {};
    if (!bind_user_arguments(in, callee, args, keywords, bound, user_args, packed)) return {};
    int32_t existing = find_instance(func, bound);
    if (existing >= 0 && inst(existing).checking) {
      // Recursion: the result is what the function's annotation says.
      if (!callee.return_annotation) {
        report(diag::Kind::MissingAnnotation, in.loc,
               "'" + callee.name + "' calls itself: annotate its return type");
        return {};
      }
      CallResolution r{{}, existing, user_args};
      r.packed = std::move(packed);
      r.spread = std::move(spread);
      inst(current_).calls[id.index()] = std::move(r);
      return callee.return_annotation;
    }
    bool saved_quiet = quiet_, saved_unresolved = unresolved_;
    diag::Loc saved_loc = current_loc_;
    quiet_ = false;
    int32_t instance = instantiate(func, bound, in.loc);
    quiet_ = saved_quiet;
    unresolved_ = saved_unresolved;
    current_loc_ = saved_loc;
    CallResolution r{{}, instance, user_args};
    r.packed = std::move(packed);
    r.spread = std::move(spread);
    inst(current_).calls[id.index()] = std::move(r);
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
    int32_t instance = instantiate(func, args, loc, lexical_parent(callee));
    quiet_ = saved_quiet;
    unresolved_ = saved_unresolved;
    typed_.lambdas[func.index()] = instance;
    return inst(instance).result;
  }

  // The instance a nested function's enclosing variables live in: the nearest one of its
  // enclosing function, which may be further out than the caller (a closure called from
  // a generator expression or a lambda inside its enclosing function).
  int32_t lexical_parent(const ir::Function& callee) {
    int32_t owner = current_;
    while (owner >= 0 && inst(owner).func != callee.parent) owner = inst(owner).parent;
    return owner >= 0 ? owner : current_;
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

  // ---- classes --------------------------------------------------------------------------------

  bool holds_object(TypeId t) {
    t = table_.resolve(t);
    if (!t) return false;
    if (table_.kind(t) == Kind::Object || table_.kind(t) == Kind::Class) return true;
    std::vector<TypeId> args = table_.node(t).args;
    for (TypeId a : args) {
      if (holds_object(a)) return true;
    }
    return false;
  }

  ir::ClassId class_of(TypeId t) const {
    const std::string& name = table_.node(t).name;
    for (size_t c = 0; c < program_.classes.size(); ++c) {
      if (program_.classes[c].name == name) return ir::ClassId(static_cast<uint32_t>(c));
    }
    return {};
  }

  // The method `name` of class c or of the nearest base that has it (setters aside).
  std::pair<ir::ClassId, const ir::Method*> find_method(ir::ClassId c, const std::string& name,
                                                        bool setter = false) const {
    for (; c.valid(); c = program_.cls(c).base) {
      for (const ir::Method& m : program_.cls(c).methods) {
        if (m.name == name && (m.kind == ir::Method::Kind::Setter) == setter) return {c, &m};
      }
    }
    return {{}, nullptr};
  }

  std::pair<ir::ClassId, const ir::ClassConstant*> find_constant(ir::ClassId c,
                                                                 const std::string& name) const {
    for (; c.valid(); c = program_.cls(c).base) {
      if (const ir::ClassConstant* k = program_.cls(c).constant(name)) return {c, k};
    }
    return {{}, nullptr};
  }

  // The declared type of an attribute: a field annotation of the class or of a base.
  TypeId declared_attribute(ir::ClassId c, const std::string& name) const {
    for (; c.valid(); c = program_.cls(c).base) {
      for (const ir::Field& f : program_.cls(c).fields) {
        if (f.name == name && f.annotation) return f.annotation;
      }
    }
    return {};
  }

  // Runs `check` on a callee with reporting on, whatever the caller's pass is doing.
  template <typename F>
  int32_t loudly(F check) {
    bool saved_quiet = quiet_, saved_unresolved = unresolved_;
    diag::Loc saved_loc = current_loc_;
    quiet_ = false;
    int32_t result = check();
    quiet_ = saved_quiet;
    unresolved_ = saved_unresolved;
    current_loc_ = saved_loc;
    return result;
  }

  // A class is used once an instance is made (or a member read): its declared fields become
  // attributes and the dunder methods the runtime calls get their instances.
  void use_class(ir::ClassId c) {
    ClassInfo& info = typed_.classes[c.index()];
    if (info.used) return;
    info.used = true;
    TypeId object = table_.object(program_.cls(c).name);
    for (ir::ClassId k = c; k.valid(); k = program_.cls(k).base) {
      for (const ir::Field& f : program_.cls(k).fields) {
        if (f.annotation) store_attribute(c, f.name, f.annotation, f.loc);
        // A plain class's `x: int = 0`: instances start from the class-level value.
        const ir::ClassConstant* start = program_.cls(k).constant(f.name);
        if (start && program_.cls(k).flavor == ir::Class::Flavor::Plain) {
          CallResolution unused;
          constant_type(k, *start, unused);
        }
      }
    }
    static const char* const kHooks[] = {"__repr__", "__str__", "__eq__",   "__hash__",
                                         "__lt__",   "__len__", "__bool__", "__format__"};
    for (const char* hook : kHooks) {
      auto [owner, method] = find_method(c, hook);
      if (!method) continue;
      std::vector<TypeId> params = {object};
      if (std::string(hook) == "__eq__" || std::string(hook) == "__lt__") params.push_back(object);
      if (std::string(hook) == "__format__") params.push_back(table_.str());
      if (program_.function(method->func).params.size() != params.size()) {
        report(diag::Kind::NoSuchOp, program_.function(method->func).loc,
               std::string(hook) + " must take " + std::to_string(params.size()) + " parameters");
        continue;
      }
      // A structured binding cannot be captured before clang 16.
      const ir::FuncId func = method->func;
      info.hooks[hook] = loudly([&] { return instantiate(func, params, program_.cls(c).loc); });
    }
  }

  void store_attribute(ir::ClassId c, const std::string& name, TypeId value, diag::Loc loc) {
    auto& attributes = attributes_[c.index()];
    for (auto& [existing, type] : attributes) {
      if (existing != name) continue;
      if (table_.resolve(type) == table_.resolve(value)) return;
      // `self.items = []` meets list[int]: the same list, its item type now known.
      if ((table_.has_vars(type) || table_.has_vars(value)) && table_.unify(type, value)) return;
      TypeId joined = table_.join(type, value);
      if (!joined) {
        report(diag::Kind::TypeConflict, loc,
               "attribute '" + name + "' of " + program_.cls(c).name + " is assigned " +
                   table_.to_string(value) + " here but holds " + table_.to_string(type) +
                   " elsewhere");
        return;
      }
      if (table_.to_string(joined) != table_.to_string(type)) attributes_changed_ = true;
      type = joined;
      return;
    }
    attributes.emplace_back(name, value);
    attributes_changed_ = true;
  }

  TypeId attribute_type(ir::ClassId c, const std::string& name) const {
    for (const auto& [existing, type] : attributes_[c.index()]) {
      if (existing == name) return type;
    }
    return {};
  }

  TypeId constant_type(ir::ClassId owner, const ir::ClassConstant& k, CallResolution& r) {
    ClassInfo& info = typed_.classes[owner.index()];
    auto it = info.constants.find(k.name);
    if (it == info.constants.end()) {
      int32_t init = loudly([&] { return instantiate(k.init, {}, k.loc); });
      it = info.constants.emplace(k.name, init).first;
    }
    r.constant = it->second;
    r.owner_class = static_cast<int32_t>(owner.index());
    r.field = k.name;
    if (program_.cls(owner).flavor == ir::Class::Flavor::Enum) {
      enum_value_type(owner);
      return table_.object(program_.cls(owner).name);
    }
    return inst(it->second).result;
  }

  // An Enum's members' values: their initializers' types, joined.
  TypeId enum_value_type(ir::ClassId c) {
    ClassInfo& info = typed_.classes[c.index()];
    use_class(c);
    if (info.enum_value) return info.enum_value;
    TypeId value;
    for (const ir::ClassConstant& k : program_.cls(c).constants) {
      auto it = info.constants.find(k.name);
      if (it == info.constants.end()) {
        int32_t init = loudly([&] { return instantiate(k.init, {}, k.loc); });
        it = info.constants.emplace(k.name, init).first;
      }
      TypeId joined = table_.join(value, inst(it->second).result);
      if (!joined) {
        report(diag::Kind::TypeConflict, k.loc,
               "the members of an Enum must have values of one type");
        return {};
      }
      value = joined;
    }
    info.enum_value = value ? value : table_.none();
    return info.enum_value;
  }

  // `for member in Color`: an Enum's members, in definition order.
  TypeId enum_members(const ir::Inst& in, TypeId cls) {
    ir::ClassId c = class_of(cls);
    if (program_.cls(c).flavor != ir::Class::Flavor::Enum) {
      report(diag::Kind::NoSuchOp, in.loc, "'type' object is not iterable");
      return {};
    }
    enum_value_type(c);
    return table_.object(program_.cls(c).name);
  }

  // C(args): a new instance, passed to __init__ (of C or its nearest base that has one).
  TypeId construct(ir::InstId id, const ir::Inst& in, const std::vector<TypeId>& args,
                   const std::vector<std::string>& keywords) {
    ir::ClassId c = class_of(args[0]);
    const ir::Class& cls = program_.cls(c);
    TypeId object = table_.object(cls.name);
    use_class(c);
    CallResolution r;
    r.construct = static_cast<int32_t>(c.index());
    if (cls.flavor == ir::Class::Flavor::Enum) {
      // Color("red"): the member whose value is "red" (ValueError if none).
      TypeId value = enum_value_type(c);
      if (args.size() != 2 || !keywords[1].empty() || !value) {
        report(diag::Kind::NoSuchOp, in.loc,
               cls.name + "() takes one value to look a member up by");
        return {};
      }
      r.owner_class = r.construct;
      inst(current_).calls[id.index()] = r;
      return object;
    }
    auto [owner, init] = find_method(c, "__init__");
    // A materialized instance is rebuilt field by field, without its __init__ (ir/build.cpp).
    if (std::get<ir::CallTarget>(in.payload).name == "__new__") init = nullptr;
    if (!init) {
      if (args.size() > 1) {
        report(diag::Kind::NoSuchOp, in.loc, cls.name + "() takes no arguments");
        return {};
      }
      inst(current_).calls[id.index()] = r;
      return object;
    }
    std::vector<TypeId> call_args = args;
    call_args[0] = object;
    if (!call_user(id, in, init->func, call_args, keywords)) return {};
    CallResolution& done = inst(current_).calls[id.index()];
    done.construct = r.construct;
    for (int& a : done.user_args) {
      if (a == 0) a = CallResolution::kNewObject;
    }
    return object;
  }

  // obj.name or obj.name(args), on an instance or on the class itself.
  TypeId member(ir::InstId id, const ir::Inst& in, const ir::CallTarget& target,
                const std::vector<TypeId>& args, const std::vector<std::string>& keywords) {
    TypeId receiver = args[0];
    bool on_class = table_.kind(receiver) == Kind::Class;
    ir::ClassId c = class_of(receiver);
    const ir::Class& cls = program_.cls(c);
    if (target.attribute) return read_attribute(id, in, c, receiver, on_class, target.name);
    auto [owner, method] = find_method(c, target.name);
    if (method && method->kind != ir::Method::Kind::Property) {
      return call_method(id, in, *method, receiver, on_class, args, keywords);
    }
    if (TypeId held = on_class ? TypeId() : attribute_type(c, target.name);
        held && table_.kind(held) == Kind::Object) {
      // self.encoder(x): an attribute holding a callable instance.
      std::vector<TypeId> call_args = args;
      call_args[0] = held;
      TypeId result = call_dunder(id, in, instance_call_method(held), call_args, keywords, true);
      if (result) inst(current_).calls[id.index()].receiver_field = target.name;
      return result;
    }
    if (TypeId held = on_class ? TypeId() : attribute_type(c, target.name);
        held && table_.kind(held) == Kind::Native) {
      // self.model(**inputs): an attribute holding a library object, called through its row.
      std::vector<TypeId> call_args = args;
      call_args[0] = held;
      TypeId result =
          call_op(id, in, table_.node(held).name + ".__call__", call_args, keywords, false);
      if (result) inst(current_).calls[id.index()].receiver_field = target.name;
      return result;
    }
    if (!on_class && cls.flavor == ir::Class::Flavor::Enum) use_class(c);
    report(diag::Kind::NoSuchOp, in.loc,
           (on_class ? "type object '" + cls.name + "'" : "'" + cls.name + "' object") +
               " has no method '" + target.name + "'");
    return {};
  }

  TypeId read_attribute(ir::InstId id, const ir::Inst& in, ir::ClassId c, TypeId receiver,
                        bool on_class, const std::string& name) {
    const ir::Class& cls = program_.cls(c);
    CallResolution r;
    r.owner_class = static_cast<int32_t>(c.index());
    auto done = [&](TypeId t) {
      inst(current_).calls[id.index()] = r;
      return t;
    };
    if (name == "__name__" && on_class) {
      r.field = "__name__";
      return done(table_.str());
    }
    if (!on_class && cls.flavor == ir::Class::Flavor::Enum && (name == "name" || name == "value")) {
      r.field = name;
      return done(name == "name" ? table_.str() : enum_value_type(c));
    }
    if (!on_class) {
      auto [owner, getter] = find_method(c, name);
      if (getter && getter->kind == ir::Method::Kind::Property) {
        return call_method(id, in, *getter, receiver, false, {receiver}, {""});
      }
      if (TypeId t = attribute_type(c, name)) {
        r.field = name;
        return done(t);
      }
    }
    if (auto [owner, k] = find_constant(c, name); k) return done(constant_type(owner, *k, r));
    if (quiet_) {
      unresolved_ = true;
      return {};
    }
    report(diag::Kind::NoSuchOp, in.loc,
           (on_class ? "type object '" + cls.name + "'" : "'" + cls.name + "' object") +
               " has no attribute '" + name + "'");
    return {};
  }

  TypeId set_attribute(ir::InstId id, const ir::Inst& in, const std::string& name,
                       const std::vector<TypeId>& args) {
    if (table_.kind(args[0]) != Kind::Object) {
      report(diag::Kind::NotSupportedYet, in.loc,
             "setting an attribute of a value of type " + table_.to_string(args[0]) +
                 " is not supported yet");
      return {};
    }
    ir::ClassId c = class_of(args[0]);
    const ir::Class& cls = program_.cls(c);
    if (auto [owner, setter] = find_method(c, name, true); setter) {
      return call_method(id, in, *setter, args[0], false, args, {"", ""});
    }
    if (find_method(c, name).second) {
      report(diag::Kind::NotSupportedYet, in.loc,
             "property '" + name + "' of '" + cls.name + "' object has no setter");
      return {};
    }
    bool generated_init = program_.function(inst(current_).func).generated;
    if ((cls.frozen || cls.flavor == ir::Class::Flavor::NamedTuple) && !generated_init) {
      report(diag::Kind::NotSupportedYet, in.loc,
             "cannot assign to field '" + name + "' of the frozen " + cls.name);
      return {};
    }
    TypeId value = args[1];
    if (TypeId declared = declared_attribute(c, name)) {
      if (!assignable(declared, value)) {
        report(diag::Kind::TypeConflict, in.loc,
               "attribute '" + name + "' of " + cls.name + " is declared " +
                   table_.to_string(declared) + " but is assigned " + table_.to_string(value));
        return {};
      }
      value = declared;
    }
    use_class(c);
    store_attribute(c, name, value, in.loc);
    CallResolution r;
    r.field = name;
    r.owner_class = static_cast<int32_t>(c.index());
    inst(current_).calls[id.index()] = r;
    return table_.none();
  }

  // A method called through an instance or the class: the instance (or, for a
  // classmethod, the class) is its first argument; a staticmethod gets neither.
  TypeId call_method(ir::InstId id, const ir::Inst& in, const ir::Method& method, TypeId receiver,
                     bool on_class, std::vector<TypeId> args, std::vector<std::string> keywords) {
    size_t dropped = 0;
    switch (method.kind) {
      case ir::Method::Kind::Static:
        dropped = 1;
        break;
      case ir::Method::Kind::Class:
        args[0] = on_class ? receiver : table_.class_ref(table_.node(receiver).name);
        break;
      case ir::Method::Kind::Instance:
        if (on_class) dropped = 1;  // C.method(obj, ...)
        break;
      case ir::Method::Kind::Property:
      case ir::Method::Kind::Setter:
        break;
    }
    args.erase(args.begin(), args.begin() + dropped);
    keywords.erase(keywords.begin(), keywords.begin() + dropped);
    TypeId result = call_user(id, in, method.func, args, keywords);
    if (!result) return {};
    CallResolution& r = inst(current_).calls[id.index()];
    if (!r.spread.empty()) {  // the indexes are into the spread arguments, which point on
      for (SpreadArg& s : r.spread) s.arg += static_cast<int>(dropped);
      return result;
    }
    for (int& a : r.user_args) {
      if (a >= 0) a += static_cast<int>(dropped);
    }
    for (auto& [param, collected] : r.packed) {
      for (int& a : collected) a += static_cast<int>(dropped);
    }
    return result;
  }

  // An operator on an instance whose class defines its dunder method: that method.
  // What calling an instance runs: __call__, which for a torch.nn.Module is its forward.
  std::string instance_call_method(TypeId object) const {
    ir::ClassId c = class_of(object);
    if (program_.cls(c).torch_module && !find_method(c, "__call__").second) return "forward";
    return "__call__";
  }

  TypeId call_dunder(ir::InstId id, const ir::Inst& in, const std::string& dunder,
                     const std::vector<TypeId>& args, const std::vector<std::string>& keywords,
                     bool report_missing) {
    ir::ClassId c = class_of(args[0]);
    auto [owner, method] = find_method(c, dunder);
    if (!method) {
      if (report_missing) {
        report(diag::Kind::NoSuchOp, in.loc,
               "'" + program_.cls(c).name + "' object is not callable");
      }
      return {};
    }
    return call_method(id, in, *method, args[0], false, args, keywords);
  }

  // super().name(args): the method of the base of the class the call is written in.
  TypeId call_super(ir::InstId id, const ir::Inst& in, const ir::CallTarget& target,
                    const std::vector<TypeId>& args, const std::vector<std::string>& keywords) {
    ir::ClassId base = program_.cls(target.cls).base;
    auto [owner, method] = find_method(base, target.name);
    if (!method) {
      if (target.name == "__init__" && args.size() == 1) {  // object.__init__: nothing to do
        CallResolution r;
        r.field = "object.__init__";
        inst(current_).calls[id.index()] = r;
        return table_.none();
      }
      report(diag::Kind::NoSuchOp, in.loc, "'super' object has no attribute '" + target.name + "'");
      return {};
    }
    return call_method(id, in, *method, args[0], table_.kind(args[0]) == Kind::Class, args,
                       keywords);
  }

  // The fields of a NamedTuple (or dataclass), in order: its generated __init__'s parameters.
  std::vector<std::string> tuple_fields(ir::ClassId c) const {
    std::vector<std::string> out;
    if (const ir::Method* init = find_method(c, "__init__").second) {
      const ir::Function& f = program_.function(init->func);
      for (size_t p = 1; p < f.params.size(); ++p) out.push_back(f.params[p].name);
    }
    return out;
  }

  // A NamedTuple is a tuple: p[0] with a constant index, len(p).
  TypeId named_tuple_op(ir::InstId id, const ir::Inst& in, ir::ClassId c, const std::string& name,
                        const std::vector<TypeId>& args) {
    std::vector<std::string> fields = tuple_fields(c);
    CallResolution r;
    r.owner_class = static_cast<int32_t>(c.index());
    if (name == "operator.getitem" && args.size() == 2) {
      std::optional<int64_t> i = constant_int(program_.function(inst(current_).func), in.args[1]);
      int64_t n = static_cast<int64_t>(fields.size());
      if (!i || *i < -n || *i >= n) {
        report(diag::Kind::NoSuchOp, in.loc,
               i ? "tuple index out of range" : "indexing a NamedTuple needs a constant index");
        return {};
      }
      r.field = fields[static_cast<size_t>(*i < 0 ? *i + n : *i)];
      inst(current_).calls[id.index()] = r;
      return attribute_type(c, r.field);
    }
    if (name == "builtins.len" && args.size() == 1) {
      r.field = "__len__";
      r.constant = -1;
      inst(current_).calls[id.index()] = r;
      return table_.integer();
    }
    return {};
  }

  // The dunder method an operator calls on an instance of a user class.
  static std::string dunder_of(const std::string& op) {
    static const std::map<std::string, std::string> kDunders = {
        {"operator.add", "__add__"},
        {"operator.sub", "__sub__"},
        {"operator.mul", "__mul__"},
        {"operator.truediv", "__truediv__"},
        {"operator.floordiv", "__floordiv__"},
        {"operator.mod", "__mod__"},
        {"operator.matmul", "__matmul__"},
        {"operator.neg", "__neg__"},
        {"operator.eq", "__eq__"},
        {"operator.ne", "__ne__"},
        {"operator.lt", "__lt__"},
        {"operator.le", "__le__"},
        {"operator.gt", "__gt__"},
        {"operator.ge", "__ge__"},
        {"operator.getitem", "__getitem__"},
        {"operator.setitem", "__setitem__"},
        {"operator.contains", "__contains__"},
        {"builtins.len", "__len__"},
        {"builtins.hash", "__hash__"},
        {"builtins.bool", "__bool__"},
        {"builtins.str", "__str__"},
        {"builtins.repr", "__repr__"},
        {"operator.iadd", "__iadd__"}};
    auto it = kDunders.find(op);
    return it == kDunders.end() ? "" : it->second;
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
  ClassAttributes& attributes_;
  bool attributes_changed_ = false;
  // The item type of an empty `*args` (false) or `**kwargs` (true), per call, the same on
  // every pass.
  std::map<std::tuple<int32_t, const ir::Inst*, bool>, TypeId> empty_var_items_;
};

}  // namespace

std::optional<TypedProgram> check_program(const ir::Program& program, TypeTable& table,
                                          diag::Sink& sink) {
  // With classes, trial runs (their messages dropped) learn the attributes' types until
  // they settle; the last run reports.
  ClassAttributes attributes;
  for (int round = 0; round < 6 && !program.classes.empty(); ++round) {
    diag::Sink trial_sink;
    Checker trial(program, table, trial_sink, attributes);
    trial.run();
    if (!trial.attributes_changed()) break;
  }
  return Checker(program, table, sink, attributes).run();
}

ShownArrays shown_arrays(const TypeTable& table, const ir::Program& program, TypeId t) {
  ShownArrays shown;
  std::set<std::string> classes_seen;  // a dataclass may hold itself (through a list)
  std::function<void(TypeId)> visit = [&](TypeId type) {
    if (!type.valid()) return;
    type = table.resolve(type);
    const auto& node = table.node(type);
    if (node.kind == Kind::Native && node.name == "torch.Tensor") shown.torch = true;
    if (node.kind == Kind::Native && node.name == "numpy.ndarray") shown.numpy = true;
    if (node.kind == Kind::Object) {
      // Only the generated reprs show fields; a class's own __repr__ prints what it chooses,
      // through calls that are typed on their own.
      if (!classes_seen.insert(node.name).second) return;
      for (const ir::Class& cls : program.classes) {
        if (cls.name != node.name) continue;
        const bool generated = cls.flavor == ir::Class::Flavor::Dataclass ||
                               cls.flavor == ir::Class::Flavor::NamedTuple;
        if (!generated || cls.method("__repr__") || cls.method("__str__")) return;
        for (const ir::Field& field : cls.fields) visit(field.annotation);
      }
      return;
    }
    for (TypeId item : node.args) visit(item);
  };
  visit(t);
  return shown;
}

}  // namespace ingot::types
