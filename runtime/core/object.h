// Instances of the user's classes. The compiler emits, per class C, a struct C_data holding
// the instance's attributes and a few static members the runtime reads:
//
//   kName          the class's name, for type(x).__name__ and messages
//   kMro           the names of C and its bases, comma-separated, for isinstance()
//   py_repr, py_str, py_eq, py_hash, py_lt, py_bool, py_len
//                  optional hooks: C's __repr__, __str__, __eq__, ... (user-written, or
//                  generated for a dataclass, an Enum or a NamedTuple)
//
// Object<C_data> is the value: a reference, as Python's objects are, so assigning one to
// another name shares it. What a class does not define falls back to object's behaviour:
// identity equality and hash, the `<C object at 0x...>` repr, always true.
#pragma once

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "runtime/core/errors.h"
#include "runtime/core/protocol.h"
#include "runtime/core/str.h"

namespace ingot::rt {

template <class D>
class Object {
 public:
  using Data = D;
  Object() = default;
  static Object make() { return Object(std::make_shared<D>()); }

  D* operator->() const { return checked(); }
  D& operator*() const { return *checked(); }
  const void* identity() const { return ptr_.get(); }

 private:
  explicit Object(std::shared_ptr<D> ptr) : ptr_(std::move(ptr)) {}
  D* checked() const {
    // Only a local read before any assignment could see an empty object, and the compiler
    // reports those (UnboundLocalError); this keeps a bug from becoming a crash.
    if (!ptr_) raise(ExcKind::RuntimeError, std::string("uninitialized ") + D::kName + " object");
    return ptr_.get();
  }
  std::shared_ptr<D> ptr_;
};

// The class itself used as a value (`Color`, `Point.from_dict`): carries nothing; what it
// names is known to the compiler.
template <class D>
struct ClassRef {
  friend bool operator==(ClassRef, ClassRef) { return true; }
};

// Builds an instance and runs its __init__ on it: C(args...).
template <class D, class Init>
Object<D> construct(const Init& init) {
  Object<D> self = Object<D>::make();
  init(self);
  return self;
}

template <class D>
const char* type_name(const Object<D>&) {
  return D::kName;
}
template <class D>
const char* type_name(const ClassRef<D>&) {
  return "type";
}

// isinstance(x, "A,B"): true when one of the names is the class of x or one of its bases.
template <class D>
Bool isinstance_of(const Object<D>&, const Str& classes) {
  auto contains = [](std::string_view list, std::string_view name) {
    while (!list.empty()) {
      size_t comma = list.find(',');
      if (list.substr(0, comma) == name) return true;
      if (comma == std::string_view::npos) break;
      list = list.substr(comma + 1);
    }
    return false;
  };
  std::string_view wanted = classes.view();
  while (!wanted.empty()) {
    size_t comma = wanted.find(',');
    std::string_view one = wanted.substr(0, comma);
    if (one == "object" || contains(D::kMro, one)) return true;
    if (comma == std::string_view::npos) break;
    wanted = wanted.substr(comma + 1);
  }
  return false;
}

template <class D>
Str repr(const Object<D>& x) {
  if constexpr (requires { D::py_repr(x); }) {
    return D::py_repr(x);
  } else {
    char address[32];
    std::snprintf(address, sizeof address, "%p", x.identity());
    return Str(std::string("<") + D::kModule + "." + D::kName + " object at " + address + ">");
  }
}
template <class D>
Str repr(const ClassRef<D>&) {
  return Str(std::string("<class '") + D::kModule + "." + D::kName + "'>");
}

template <class D>
Str to_str(const Object<D>& x) {
  if constexpr (requires { D::py_str(x); }) {
    return D::py_str(x);
  } else {
    return repr(x);
  }
}

template <class D>
Bool py_eq(const Object<D>& a, const Object<D>& b) {
  if constexpr (requires { D::py_eq(a, b); }) {
    return D::py_eq(a, b);
  } else {
    return a.identity() == b.identity();
  }
}
// Instances of different classes are equal only when a user __eq__ says so, which the
// compiler dispatches itself; here they are different objects.
template <class A, class B>
Bool py_eq(const Object<A>&, const Object<B>&) {
  return false;
}
template <class D, class T>
requires(!std::is_same_v<T, Object<D>>) Bool py_eq(const Object<D>& a, const T& b) {
  if constexpr (requires { D::py_eq_value(a, b); }) {
    return D::py_eq_value(a, b);  // IntEnum and StrEnum members equal their values
  } else {
    return false;
  }
}
template <class D, class T>
requires(!std::is_same_v<T, Object<D>>) Bool py_eq(const T& a, const Object<D>& b) {
  return py_eq(b, a);
}
template <class D>
Bool py_eq(const ClassRef<D>&, const ClassRef<D>&) {
  return true;
}

template <class D>
Bool py_lt(const Object<D>& a, const Object<D>& b) {
  if constexpr (requires { D::py_lt(a, b); }) {
    return D::py_lt(a, b);
  } else {
    raise(ExcKind::TypeError, std::string("'<' not supported between instances of '") + D::kName +
                                  "' and '" + D::kName + "'");
  }
}

template <class D>
size_t py_hash(const Object<D>& x) {
  if constexpr (requires { D::py_hash(x); }) {
    return D::py_hash(x);
  } else if constexpr (requires { D::py_eq(x, x); }) {
    // A class that defines __eq__ without __hash__ is unhashable, as in Python.
    raise(ExcKind::TypeError, std::string("unhashable type: '") + D::kName + "'");
  } else {
    return std::hash<const void*>()(x.identity());
  }
}

template <class D>
Bool truth(const Object<D>& x) {
  if constexpr (requires { D::py_bool(x); }) {
    return D::py_bool(x);
  } else if constexpr (requires { D::py_len(x); }) {
    return D::py_len(x) != 0;
  } else {
    return true;
  }
}

template <class D>
Int len(const Object<D>& x) {
  if constexpr (requires { D::py_len(x); }) {
    return D::py_len(x);
  } else {
    raise(ExcKind::TypeError, std::string("object of type '") + D::kName + "' has no len()");
  }
}

}  // namespace ingot::rt

namespace ingot::rt {

// `a is b`: the same object for instances; for other values (which compiled code cannot
// tell apart by identity), equality.
template <class A, class B>
Bool is_same(const Object<A>& a, const Object<B>& b) {
  return a.identity() == b.identity();
}
template <class A, class B>
Bool is_same(const A& a, const B& b) {
  if constexpr (requires { a.is_none(); }) {
    return a.is_none() ? is_none(b) : is_same(*a, b);
  } else if constexpr (requires { b.is_none(); }) {
    return b.is_none() ? is_none(a) : is_same(a, *b);
  } else {
    return py_eq(a, b);
  }
}

}  // namespace ingot::rt
