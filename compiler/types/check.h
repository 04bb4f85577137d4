// Type propagation: from the entry's annotations and the constants' types through every
// instruction. Each call resolves to a row of the op library or to an instance of a user
// function (a function gets one instance per distinct tuple of argument types).
#pragma once

#include <map>
#include <optional>
#include <vector>

#include "compiler/diagnostics/diagnostics.h"
#include "compiler/ir/ir.h"
#include "compiler/types/op_library.h"
#include "compiler/types/type.h"

namespace ingot::types {

// One combination of a union argument's alternatives: the op it resolves to, or the
// TypeError CPython raises for it.
struct UnionBranch {
  std::vector<TypeId> arg_types;  // per argument: the alternative (or the argument's type)
  std::optional<Match> match;
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
  std::vector<int> user_args;  // with, per parameter, the argument index (-1: default)
  // For a `*args` or `**kwargs` parameter: the arguments it collects, in order.
  std::map<size_t, std::vector<int>> packed;
  // A call with `*xs` or `**d` arguments: the arguments as bound (the indexes above), each
  // an instruction argument or one element of a tuple spread over several parameters.
  std::vector<SpreadArg> spread;
  // A call on union values dispatches at run time on the alternatives of the arguments
  // marked here, one branch per combination.
  std::vector<bool> dispatched;
  std::vector<UnionBranch> branches;
  std::string method;        // for a method call on a union: the method's name
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
};

struct TypedProgram {
  const ir::Program* program = nullptr;
  TypeTable* table = nullptr;
  std::vector<Instance> instances;
  int32_t entry = -1;
  std::vector<int32_t> globals;  // the initializer instance of each global
  // The one instance of each lambda (by FuncId index).
  std::map<uint32_t, int32_t> lambdas;
};

std::optional<TypedProgram> check_program(const ir::Program& program, TypeTable& table,
                                          diag::Sink& sink);

// Prints the typed IR, for --emit-ir.
std::string print_ir(const TypedProgram& typed);

}  // namespace ingot::types
