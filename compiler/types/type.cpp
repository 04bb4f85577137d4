#include "compiler/types/type.h"

#include <algorithm>
#include <tuple>

namespace ingot::types {

TypeTable::TypeTable() {
  none_ = intern({Kind::None, {}});
  bool_ = intern({Kind::Bool, {}});
  int_ = intern({Kind::Int, {}});
  float_ = intern({Kind::Float, {}});
  str_ = intern({Kind::Str, {}});
  bytes_ = intern({Kind::Bytes, {}});
}

TypeId TypeTable::intern(TypeNode node) {
  auto it = interned_.find(node);
  if (it != interned_.end()) return it->second;
  TypeId id(static_cast<uint32_t>(nodes_.size()));
  nodes_.push_back(node);
  binding_.emplace_back();
  interned_.emplace(std::move(node), id);
  return id;
}

TypeId TypeTable::fresh_var() {
  // Variables are never shared through interning: each has a distinct name.
  return intern({Kind::Var, {}, "?" + std::to_string(nodes_.size())});
}

TypeId TypeTable::optional(TypeId inner) {
  inner = resolve(inner);
  Kind k = kind(inner);
  if (k == Kind::None || k == Kind::Optional) return inner;
  return intern({Kind::Optional, {inner}});
}

TypeId TypeTable::resolve(TypeId t) const {
  while (t.valid() && nodes_[t.index()].kind == Kind::Var && binding_[t.index()].valid()) {
    t = binding_[t.index()];
  }
  return t;
}

TypeId TypeTable::deep_resolve(TypeId t) {
  t = resolve(t);
  if (!t.valid()) return t;
  TypeNode n = nodes_[t.index()];
  if (n.kind == Kind::Var || n.args.empty()) return t;
  for (TypeId& a : n.args) a = deep_resolve(a);
  if (n.kind == Kind::Optional) return optional(n.args[0]);
  if (n.kind == Kind::Union) return union_of(n.args);
  return intern(std::move(n));
}

bool TypeTable::occurs(TypeId var, TypeId in) const {
  in = resolve(in);
  if (in == var) return true;
  for (TypeId a : nodes_[in.index()].args) {
    if (occurs(var, a)) return true;
  }
  return false;
}

bool TypeTable::widen(TypeId var, TypeId with) {
  if (!var.valid() || nodes_[var.index()].kind != Kind::Var) return false;
  // Follow the chain to the last variable, whose binding is the concrete type.
  while (binding_[var.index()].valid() && nodes_[binding_[var.index()].index()].kind == Kind::Var) {
    var = binding_[var.index()];
  }
  TypeId current = binding_[var.index()];
  if (!current.valid()) return unify(var, with);
  TypeId wider = union_of({current, with});
  if (occurs(var, wider)) return false;
  binding_[var.index()] = wider;
  return true;
}

bool TypeTable::unify(TypeId a, TypeId b) {
  a = resolve(a);
  b = resolve(b);
  if (a == b) return true;
  if (kind(a) == Kind::Var) {
    if (occurs(a, b)) return false;
    binding_[a.index()] = b;
    return true;
  }
  if (kind(b) == Kind::Var) return unify(b, a);
  const TypeNode& na = nodes_[a.index()];
  const TypeNode& nb = nodes_[b.index()];
  if (na.kind != nb.kind || na.name != nb.name || na.func != nb.func ||
      na.args.size() != nb.args.size()) {
    return false;
  }
  std::vector<TypeId> args_a = na.args, args_b = nb.args;  // unify may grow nodes_
  for (size_t i = 0; i < args_a.size(); ++i) {
    if (!unify(args_a[i], args_b[i])) return false;
  }
  return true;
}

TypeId TypeTable::join(TypeId a, TypeId b) {
  a = resolve(a);
  b = resolve(b);
  if (!a.valid()) return b;
  if (!b.valid()) return a;
  if (a == b || deep_resolve(a) == deep_resolve(b)) return a;
  if (kind(a) == Kind::Var || kind(b) == Kind::Var) return unify(a, b) ? resolve(a) : TypeId();
  // A container whose element is not known yet takes the other's element type.
  if (kind(a) == kind(b) && has_vars(a) != has_vars(b)) {
    if (unify(a, b)) return resolve(a);
  }
  return union_of({a, b});
}

TypeId TypeTable::union_of(const std::vector<TypeId>& types) {
  std::vector<TypeId> flat;
  bool has_none = false;
  for (TypeId t : types) {
    for (TypeId alt : alternatives(t)) {
      alt = deep_resolve(alt);
      if (kind(alt) == Kind::None) {
        has_none = true;
      } else if (std::find(flat.begin(), flat.end(), alt) == flat.end()) {
        flat.push_back(alt);
      }
    }
  }
  std::sort(flat.begin(), flat.end());
  if (flat.empty()) return none_;
  if (flat.size() == 1) return has_none ? optional(flat[0]) : flat[0];
  if (has_none) flat.push_back(none_);
  return intern({Kind::Union, std::move(flat)});
}

std::vector<TypeId> TypeTable::alternatives(TypeId t) const {
  t = resolve(t);
  if (kind(t) == Kind::Union) return node(t).args;
  if (kind(t) == Kind::Optional) return {arg(t, 0), none_};
  return {t};
}

TypeId TypeTable::item_type(TypeId t) {
  t = resolve(t);
  switch (kind(t)) {
    case Kind::List:
    case Kind::Set:
    case Kind::Dict:
    case Kind::TupleOf:
    case Kind::Iterator:
      return arg(t, 0);
    case Kind::Str:
      return str_;
    case Kind::Bytes:
      return int_;
    case Kind::Native:  // a library container iterates its first type parameter
      // An array iterates its rows (numpy's scalars, 0-d arrays here, for a 1-d one).
      if (node(t).name == "numpy.ndarray" || node(t).name == "torch.Tensor") return t;
      if (node(t).name == "torch.Size") return int_;
      return node(t).args.empty() ? TypeId{} : arg(t, 0);
    case Kind::Tuple: {
      std::vector<TypeId> elems = node(t).args;
      if (elems.empty()) return fresh_var();
      for (TypeId e : elems) {
        if (resolve(e) != resolve(elems[0])) return {};
      }
      return elems[0];
    }
    default:
      return {};
  }
}

bool TypeTable::has_vars(TypeId t) {
  t = resolve(t);
  if (kind(t) == Kind::Var) return true;
  std::vector<TypeId> args = nodes_[t.index()].args;
  for (TypeId a : args) {
    if (has_vars(a)) return true;
  }
  return false;
}

std::string TypeTable::to_string(TypeId t) const {
  t = resolve(t);
  if (!t.valid()) return "<invalid>";
  const TypeNode& n = nodes_[t.index()];
  auto args = [&](size_t from = 0) {
    std::string out;
    for (size_t i = from; i < n.args.size(); ++i) {
      if (i > from) out += ", ";
      out += to_string(n.args[i]);
    }
    return out;
  };
  switch (n.kind) {
    case Kind::Var:
      return "<unknown>";
    case Kind::None:
      return "None";
    case Kind::Bool:
      return "bool";
    case Kind::Int:
      return "int";
    case Kind::Float:
      return "float";
    case Kind::Str:
      return "str";
    case Kind::Bytes:
      return "bytes";
    case Kind::List:
      return "list[" + args() + "]";
    case Kind::Dict:
      return "dict[" + args() + "]";
    case Kind::Set:
      return "set[" + args() + "]";
    case Kind::Tuple:
      return n.args.empty() ? "tuple[()]" : "tuple[" + args() + "]";
    case Kind::TupleOf:
      return "tuple[" + args() + ", ...]";
    case Kind::Optional:
      return to_string(n.args[0]) + " | None";
    case Kind::Union: {
      std::string out;
      for (size_t i = 0; i < n.args.size(); ++i) out += (i ? " | " : "") + to_string(n.args[i]);
      return out;
    }
    case Kind::Iterator:
      // What a generator gives is spelled as its annotation would be.
      return (n.name == "generator" ? "Iterator" : n.name) + "[" + args() + "]";
    case Kind::Exception:
      return "Exception";
    case Kind::Function:
      return "function";
    case Kind::Module:
      return "module '" + n.name + "'";
    case Kind::Object:
      return n.name;
    case Kind::Class:
      return "type[" + n.name + "]";
    case Kind::Native:
      return n.args.empty() ? n.name : n.name + "[" + args() + "]";
  }
  return "<invalid>";
}

}  // namespace ingot::types
