// The type system: Python types as the compiler sees them, interned in a table so a type
// is a small id compared by value. Types know nothing of C++ (emit/ spells them).
//
// Type variables stand for what is not known yet (the element type of an empty `[]`);
// unification binds them as the program is typed.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "compiler/parse/ast.h"

namespace ingot::types {

// A type is a small id into its TypeTable, compared by value.
using TypeId = ast::Id<struct TypeTag>;

enum class Kind : uint8_t {
  Var,   // not known yet; see TypeTable::resolve
  None,  // NoneType
  Bool,
  Int,  // 64-bit; overflow raises
  Float,
  Str,
  Bytes,
  List,       // args: element
  Dict,       // args: key, value
  Set,        // args: element
  Tuple,      // args: the elements (fixed length)
  TupleOf,    // tuple[T, ...]: any length; args: the item type
  Optional,   // args: the type that is not None
  Union,      // args: two or more alternatives (None among them when optional), in a
              // canonical order; `T | None` alone is Optional
  Iterator,   // a lazy iterable (range, enumerate, zip, dict views): args: item; name says which
  Exception,  // an exception object (any built-in exception class)
  Function,   // a function value (lambda); `func` names the IR function
  Module,     // an imported module used as a value (`math`); name is its qualified name
  Object,     // an instance of a user class; name is the class's name
  Class,      // a user class itself, used as a value; name is the class's name
  Native,     // an object of a library class the runtime implements: name is its Python
              // name ("re.Pattern", "collections.deque"), args its type parameters
};

struct TypeNode {
  Kind kind;
  std::vector<TypeId> args;
  std::string name;            // Iterator: "range", "enumerate", ...; Module: qualified name
  uint32_t func = UINT32_MAX;  // Function: the IR function index
  friend bool operator<(const TypeNode& a, const TypeNode& b) {
    return std::tie(a.kind, a.args, a.name, a.func) < std::tie(b.kind, b.args, b.name, b.func);
  }
};

class TypeTable {
 public:
  TypeTable();

  TypeId none() const { return none_; }
  TypeId boolean() const { return bool_; }
  TypeId integer() const { return int_; }
  TypeId floating() const { return float_; }
  TypeId str() const { return str_; }
  TypeId bytes() const { return bytes_; }
  TypeId exception() { return intern({Kind::Exception, {}}); }
  TypeId list(TypeId elem) { return intern({Kind::List, {elem}}); }
  TypeId dict(TypeId key, TypeId value) { return intern({Kind::Dict, {key, value}}); }
  TypeId set(TypeId elem) { return intern({Kind::Set, {elem}}); }
  TypeId tuple(std::vector<TypeId> elems) { return intern({Kind::Tuple, std::move(elems)}); }
  TypeId tuple_of(TypeId item) { return intern({Kind::TupleOf, {item}}); }
  // Optional(None) is None and Optional(Optional(T)) is Optional(T), as in Python's typing.
  TypeId optional(TypeId inner);
  // The union of some types: nested unions flattened, duplicates dropped; one type is
  // itself and `T | None` is Optional[T].
  TypeId union_of(const std::vector<TypeId>& types);
  // The alternatives of a type: a union's or an optional's (None last), else the type.
  std::vector<TypeId> alternatives(TypeId t) const;
  TypeId iterator(std::string name, TypeId item) {
    return intern({Kind::Iterator, {item}, std::move(name)});
  }
  TypeId function(uint32_t func) { return intern({Kind::Function, {}, {}, func}); }
  TypeId module(std::string name) { return intern({Kind::Module, {}, std::move(name)}); }
  TypeId object(std::string cls) { return intern({Kind::Object, {}, std::move(cls)}); }
  TypeId class_ref(std::string cls) { return intern({Kind::Class, {}, std::move(cls)}); }
  TypeId native(std::string name, std::vector<TypeId> args) {
    return intern({Kind::Native, std::move(args), std::move(name)});
  }
  TypeId fresh_var();

  // Follows bound variables to what they stand for (the variable itself while unbound).
  TypeId resolve(TypeId t) const;
  // Resolves all the way down: list[?1] with ?1 := str gives list[str].
  TypeId deep_resolve(TypeId t);
  // The node of a resolved type.
  const TypeNode& node(TypeId t) const { return nodes_[resolve(t).index()]; }
  Kind kind(TypeId t) const { return node(t).kind; }
  TypeId arg(TypeId t, size_t i) const { return node(t).args.at(i); }

  // Widens what an element variable of an empty display stands for: `xs = []` then
  // xs.append(1) and xs.append("a") make xs a list[int | str]. False when `var` is not a
  // bound variable.
  bool widen(TypeId var, TypeId with);
  // Makes a and b the same type, binding variables; false if they cannot be.
  bool unify(TypeId a, TypeId b);
  // The type of a variable that holds an `a` at one point and a `b` at another: the same
  // type when they unify, else their union.
  TypeId join(TypeId a, TypeId b);
  // What a for loop over a value of this type yields; invalid when it is not iterable (or
  // not known yet).
  TypeId item_type(TypeId t);
  // True when the type still has unbound variables inside.
  bool has_vars(TypeId t);

  // Python's spelling: "list[str]", "dict[str, int]", "int | None", "tuple[int, str]".
  std::string to_string(TypeId t) const;

 private:
  TypeId intern(TypeNode node);
  bool occurs(TypeId var, TypeId in) const;

  std::vector<TypeNode> nodes_;
  std::map<TypeNode, TypeId> interned_;
  std::vector<TypeId> binding_;  // per node; valid only for bound Var nodes
  TypeId none_, bool_, int_, float_, str_, bytes_;
};

}  // namespace ingot::types
