// The IR: each Python function as a list of instructions, grouped into structured blocks
// (if / loop bodies), with Python's semantics made explicit: truthiness is a call, `and`
// and `or` are branches, a comprehension is a loop, a for loop names its iterable, chained
// comparisons evaluate each operand once. It knows nothing of C++, so another backend can
// read it.
//
// Instructions refer to each other by index, never by pointer. A value instruction is
// used only inside the block that defines it (and the blocks nested in that one); values
// that cross blocks go through locals.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "compiler/diagnostics/source.h"
#include "compiler/parse/ast.h"
#include "compiler/types/type.h"

namespace ingot::ir {

// The same strong index the AST uses: a small number naming an entry of a list.
template <typename Tag>
using Id = ast::Id<Tag>;

using InstId = Id<struct InstTag>;
using BlockId = Id<struct BlockTag>;
using LocalId = Id<struct LocalTag>;
using FuncId = Id<struct FuncTag>;
using GlobalId = Id<struct GlobalTag>;
using ClassId = Id<struct ClassTag>;

// A literal: None, bool, int, float, str or bytes.
using Constant = std::variant<ast::NoneType, bool, int64_t, double, ast::Str, ast::Bytes>;

enum class Opcode : uint8_t {
  // Values.
  Const,       // payload: Constant
  LoadLocal,   // payload: LocalRef
  LoadGlobal,  // payload: GlobalId
  LoadFunc,    // a function (lambda, module function) as a value; payload: FuncId
  LoadClass,   // a user class as a value (to call, or to read its attributes); payload: ClassId
  Call,        // payload: CallTarget; args: positional then keyword values
  MakeList,    // args: elements
  MakeTuple,   // args: elements
  MakeSet,     // args: elements
  MakeDict,    // args: key0, value0, key1, value1, ...
  Unpack,      // args: value; payload: Constant count. Checks the value has exactly
               // `count` items (ValueError otherwise, as CPython) and yields it.
  Element,     // args: value (tuple, list, str); payload: Constant index. One item of an
               // unpacked value.
  Narrow,      // args: value; payload: Constant str, the test that passed: "none",
               // "not-none", "isinstance:A,B" or "not-isinstance:A,B". The value, typed as
               // only the alternatives that pass (a branch no alternative passes is dead).
  // Effects.
  StoreLocal,  // payload: LocalRef; args: value
  Return,      // args: value (always present: `return` alone returns a None constant)
  If,          // args: condition (a bool); payload: Branches
  While,       // payload: LoopBody; cond_block computes the condition (its last
               // instruction, a bool), then the body runs.
  ForEach,     // args: iterable; payload: LoopBody. Its value is the current item, usable
               // in the body.
  Break,
  Continue,
  Raise,  // args: the exception, or none to re-raise the one being handled
  Try,    // payload: TryBody
  Yield,  // args: the value; makes its function a generator (Function::is_generator)
};

// A local of this function or, for lambdas, of an enclosing one (depth > 0).
struct LocalRef {
  LocalId local;
  uint32_t depth = 0;
};

// What a Call calls. The type pass resolves each to an op of the op library or to an
// instance of a user function.
struct CallTarget {
  enum class Kind : uint8_t {
    Named,    // a qualified Python name: "builtins.len", "math.sqrt", "operator.add"
    Method,   // a method of the first argument's type: name "split" on a str is "str.split"
    User,     // a module-level function of the user's: func
    Value,    // calls the first argument (a function value, or a class: constructs one)
    SetAttr,  // stores args[1] into attribute `name` of args[0]
    Super,    // super().name(args...): the method `name` of the base of class `cls`, with
              // args[0] the instance (or, in a classmethod, the class)
  };
  Kind kind;
  std::string name;
  FuncId func;
  // One per argument: the keyword, or empty for a positional argument.
  std::vector<std::string> keywords;
  // An attribute read rather than a call: `math.pi`, `x.real`.
  bool attribute = false;
  ClassId cls;  // Super: the class whose method makes the call
};

struct Branches {
  BlockId then_block;
  BlockId else_block;  // may be empty
};

struct LoopBody {
  BlockId cond_block;  // While only
  BlockId body;
  BlockId else_block;  // runs when the loop ends without `break`; may be invalid
};

// One `except` clause: the exception classes it catches (none: a bare `except:`), the
// local it binds (`as e`), and its body.
struct Handler {
  std::vector<std::string> kinds;
  LocalId name;
  BlockId body;
};

struct TryBody {
  BlockId body;
  std::vector<Handler> handlers;
  BlockId else_block;     // may be invalid
  BlockId finally_block;  // may be invalid
};

struct Inst {
  Opcode op;
  diag::Loc loc;
  std::vector<InstId> args;
  std::variant<std::monostate, Constant, LocalRef, GlobalId, FuncId, ClassId, CallTarget, Branches,
               LoopBody, TryBody>
      payload;
};

struct Block {
  std::vector<InstId> insts;
};

struct Local {
  std::string name;
  diag::Loc loc;           // first assignment, or the parameter
  types::TypeId declared;  // from an annotation; invalid if none
  bool is_temp = false;    // made by lowering (`and`/`or` results), not by the user
};

struct Param {
  std::string name;
  LocalId local;
  diag::Loc loc;
  types::TypeId annotation;     // invalid when not annotated
  std::string annotation_text;  // as written, for the signature
  std::optional<Constant> default_value;
  // A default computed afresh at each call (a dataclass field's default_factory, or a
  // default that is not a literal): a function of no arguments.
  FuncId default_factory;
  std::vector<Constant> literal_values;  // a Literal[...] annotation's allowed values
  std::vector<Constant> metadata;        // an Annotated[T, ...] annotation's metadata
  bool keyword_only = false;
  // `*args` (a tuple of the extra positional arguments; its annotation is the items') and
  // `**kwargs` (a dict of the extra keyword arguments by name).
  bool var_positional = false;
  bool var_keyword = false;
};

struct Function {
  std::string name;
  diag::Loc loc;
  FuncId parent;  // the enclosing function, for lambdas
  bool is_lambda = false;
  // Its body yields: a call makes a generator object, the body runs as items are asked
  // for, and a `return` only finishes it. Generator expressions are generator functions
  // of one parameter, the first iterable (evaluated where the expression is, as CPython).
  bool is_generator = false;
  bool generated = false;  // made by the compiler (a dataclass's __init__), not written
  std::vector<Param> params;
  types::TypeId return_annotation;  // invalid when not annotated
  std::string return_annotation_text;
  std::string docstring;
  std::vector<Local> locals;
  std::vector<Inst> insts;
  std::vector<Block> blocks;
  BlockId body;

  const Inst& inst(InstId id) const { return insts[id.index()]; }
  const Block& block(BlockId id) const { return blocks[id.index()]; }
  const Local& local(LocalId id) const { return locals[id.index()]; }
};

// A module-level constant: computed once, by a function of no arguments.
struct Global {
  std::string name;
  diag::Loc loc;
  FuncId init;
};

// A method of a user class: a function whose first parameter is the instance (`self`),
// the class (`cls`, for a classmethod) or neither (a staticmethod).
struct Method {
  enum class Kind : uint8_t { Instance, Class, Static, Property, Setter };
  std::string name;
  Kind kind = Kind::Instance;
  FuncId func;
};

// A declared attribute: `x: int = 0` in a class body. For a dataclass or a NamedTuple,
// the fields of the generated __init__, in order.
struct Field {
  std::string name;
  diag::Loc loc;
  types::TypeId annotation;
  bool has_default = false;
};

// A class attribute assigned in the class body (`MAX = 10`), or an Enum's member: its
// value is computed once, by a function of no arguments.
struct ClassConstant {
  std::string name;
  diag::Loc loc;
  FuncId init;
};

struct Class {
  enum class Flavor : uint8_t { Plain, Dataclass, Enum, NamedTuple };
  std::string name;
  diag::Loc loc;
  ClassId base;  // a user class, or invalid
  Flavor flavor = Flavor::Plain;
  // Enum: "Enum", "IntEnum" or "StrEnum" (members also equal their values for the last two).
  std::string enum_base;
  bool frozen = false;  // dataclass(frozen=True)
  bool order = false;   // dataclass(order=True)
  // Derives from torch.nn.Module: calling an instance calls its forward (the module's own
  // machinery is not compiled).
  bool torch_module = false;
  std::vector<Field> fields;
  std::vector<Method> methods;
  std::vector<ClassConstant> constants;  // an Enum's members, in definition order
  std::string docstring;

  const Method* method(const std::string& n) const {
    for (const Method& m : methods) {
      if (m.name == n) return &m;
    }
    return nullptr;
  }
  const ClassConstant* constant(const std::string& n) const {
    for (const ClassConstant& c : constants) {
      if (c.name == n) return &c;
    }
    return nullptr;
  }
};

struct Program {
  const diag::SourceFile* file = nullptr;
  std::vector<Function> functions;
  std::vector<Global> globals;
  std::vector<Class> classes;
  FuncId entry;

  const Function& function(FuncId id) const { return functions[id.index()]; }
  const Global& global(GlobalId id) const { return globals[id.index()]; }
  const Class& cls(ClassId id) const { return classes[id.index()]; }
};

const char* name(Opcode op);

}  // namespace ingot::ir
