// Type propagation: from the entry's annotations and the constants' types through every
// instruction. Each call resolves to a row of the op library or to an instance of a user
// function (a function gets one instance per distinct tuple of argument types).
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "compiler/diagnostics/diagnostics.h"
#include "compiler/ir/ir.h"
#include "compiler/types/op_library.h"
#include "compiler/types/type.h"

namespace ingot::types {

struct CallResolution;

// One combination of a union argument's alternatives: the op it resolves to, or the
// TypeError CPython raises for it.
struct UnionBranch {
  std::vector<TypeId> arg_types;  // per argument: the alternative (or the argument's type)
  std::optional<Match> match;
  // Or, on an instance of a user class, the member it reads or the method it calls.
  std::shared_ptr<CallResolution> object_call;
  TypeId object_result;
  std::string error;  // when there is no match
};

// One argument of a call that spreads `*xs` or `**d`.
struct SpreadArg {
  enum class Kind : uint8_t {
    Plain,     // the instruction argument itself
    Element,   // element `element` of a tuple spread with `*t`
    Iterable,  // all the items of `*xs` (not a tuple of known length), into `*args`
    Mapping,   // all the entries of `**d`, into `**kwargs`
  };
  int arg;  // the instruction argument
  Kind kind = Kind::Plain;
  int element = -1;
};

// How one Call instruction was resolved.
struct CallResolution {
  Match op;                    // an op library row (op.op is null otherwise)
  int32_t instance = -1;       // or an instance of a user function,
  std::vector<int> user_args;  // with, per parameter, the argument index (-1: default,
                               // kNewObject: the instance a constructor call makes)
  static constexpr int kNewObject = -2;
  // For a `*args` or `**kwargs` parameter: the arguments it collects, in order.
  std::map<size_t, std::vector<int>> packed;
  // A call with `*xs` or `**d` arguments: the arguments as bound (the indexes above), each
  // an instruction argument or one element of a tuple spread over several parameters.
  std::vector<SpreadArg> spread;
  // A call on union values dispatches at run time on the alternatives of the arguments
  // marked here, one branch per combination.
  std::vector<bool> dispatched;
  std::vector<UnionBranch> branches;
  std::string method;  // for a method call on a union: the method's name
  // C(args): the class constructed (its __init__ is `instance`, when it has one; the
  // parameter bound to the new object has user_args -2). An Enum called with a value
  // looks its member up instead.
  int32_t construct = -1;
  // Attribute reads on instances and classes: the attribute read (`field`), or the class
  // constant (an Enum member among them) whose initializer instance is `constant`.
  std::string field;
  int32_t constant = -1;
  int32_t owner_class = -1;  // the class of `field`, of `constant`, or the Enum looked up
  // obj.attr(args) where the attribute holds an instance with __call__: that instance
  // (read from argument 0's attribute) is the call's self.
  std::string receiver_field;
  int32_t tuple_index = -1;  // t[i] on a tuple with a constant index, or kRuntimeIndex
  static constexpr int32_t kRuntimeIndex = -2;
  // For a Value call of a lambda or an attribute read: nothing more is needed.
};

struct Instance {
  ir::FuncId func;
  std::string name;  // unique C++-safe name: the function's, suffixed when it has several
  std::vector<TypeId> params;
  TypeId result;                             // of a generator function: generator[the yielded type]
  TypeId yielded;                            // of a generator function: the join of what it yields
  std::vector<TypeId> inst_types;            // per instruction (invalid for effects)
  std::vector<TypeId> local_types;           // per local
  std::map<uint32_t, CallResolution> calls;  // by instruction index
  int32_t parent = -1;                       // for a lambda: the instance it was created in
  bool checking = false;                     // being typed now (recursion)
  // Blocks cut short by a Narrow nothing passes: block index -> the Narrow's index.
  std::map<uint32_t, uint32_t> dead_after;
};

// What the emitter needs to know of a user class.
struct ClassInfo {
  bool used = false;
  // The attributes of its instances, with their types, in the order they are first seen.
  std::vector<std::pair<std::string, TypeId>> attributes;
  // The instances of its dunder methods the runtime calls (__repr__, __eq__, ...), by name.
  std::map<std::string, int32_t> hooks;
  // The initializer instance of each class constant and Enum member, by name.
  std::map<std::string, int32_t> constants;
  TypeId enum_value;  // an Enum's members' value type
};

struct TypedProgram {
  const ir::Program* program = nullptr;
  TypeTable* table = nullptr;
  std::vector<Instance> instances;
  int32_t entry = -1;
  std::vector<int32_t> globals;  // the initializer instance of each global
  // The one instance of each lambda (by FuncId index).
  std::map<uint32_t, int32_t> lambdas;
  std::vector<ClassInfo> classes;  // by ClassId index
};

std::optional<TypedProgram> check_program(const ir::Program& program, TypeTable& table,
                                          diag::Sink& sink);

// The kinds of array a value of type t shows when it is printed (print, str, repr, format):
// t itself, its items at any depth, and the fields of dataclasses and NamedTuples. torch.Tensor
// and numpy.ndarray are one C++ array, so what prints inside a value is told by its type.
struct ShownArrays {
  bool torch = false, numpy = false;
};
ShownArrays shown_arrays(const TypeTable& table, const ir::Program& program, TypeId t);

// Prints the typed IR, for --emit-ir.
std::string print_ir(const TypedProgram& typed);

}  // namespace ingot::types
