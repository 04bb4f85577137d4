#include "compiler/types/type.h"

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
  if (kind(a) == Kind::None && kind(b) == Kind::None) return a;
  if (kind(a) == Kind::None) return kind(b) == Kind::Var ? TypeId() : optional(b);
  if (kind(b) == Kind::None) return kind(a) == Kind::Var ? TypeId() : optional(a);
  if (kind(a) == Kind::Optional && kind(b) != Kind::Optional) {
    return unify(arg(a, 0), b) ? a : TypeId();
  }
  if (kind(b) == Kind::Optional && kind(a) != Kind::Optional) {
    return unify(a, arg(b, 0)) ? b : TypeId();
  }
  return unify(a, b) ? resolve(a) : TypeId();
}

TypeId TypeTable::item_type(TypeId t) {
  t = resolve(t);
  switch (kind(t)) {
    case Kind::List:
    case Kind::Set:
    case Kind::Dict:
    case Kind::Iterator: return arg(t, 0);
    case Kind::Str: return str_;
    case Kind::Bytes: return int_;
    case Kind::Tuple: {
      std::vector<TypeId> elems = node(t).args;
      if (elems.empty()) return fresh_var();
      for (TypeId e : elems) {
        if (resolve(e) != resolve(elems[0])) return {};
      }
      return elems[0];
    }
    default: return {};
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
    case Kind::Var: return "<unknown>";
    case Kind::None: return "None";
    case Kind::Bool: return "bool";
    case Kind::Int: return "int";
    case Kind::Float: return "float";
    case Kind::Str: return "str";
    case Kind::Bytes: return "bytes";
    case Kind::List: return "list[" + args() + "]";
    case Kind::Dict: return "dict[" + args() + "]";
    case Kind::Set: return "set[" + args() + "]";
    case Kind::Tuple: return n.args.empty() ? "tuple[()]" : "tuple[" + args() + "]";
    case Kind::Optional: return to_string(n.args[0]) + " | None";
    case Kind::Iterator: return n.name + "[" + args() + "]";
    case Kind::Function: return "function";
    case Kind::Module: return "module '" + n.name + "'";
  }
  return "<invalid>";
}

}  // namespace ingot::types
