// The op library: one declarative table from Python operations (qualified name + argument
// types) to native implementations and result types. Every operator, builtin, method and
// module function ingot compiles is a row in op_table.cpp; adding an op is adding a row.
//
// A row is written the way Python's docs write a signature:
//
//   {"str.split", "(self: str, sep: str | None = None, maxsplit: int = -1) -> list[str]",
//    "ingot::rt::str_split"},
//
// A value's attribute is a row whose signature starts with `property`:
//
//   {"re.Pattern.pattern", "property (self: re.Pattern) -> str", "ingot::rt::re::pattern_text"},
//
// Types in a signature: int float bool str bytes None, list[T] dict[K, V] set[T]
// tuple[A, B], `X | None`, the runtime's library classes by dotted name (re.Match,
// collections.deque[T]); single capital letters are type variables, bound by the
// arguments; and the protocols `object` (anything), `iterable[T]` (anything a for loop can
// iterate, yielding T), `sized` (anything len() takes), `number` (int, float or bool) and
// `callable[A] -> R` (a function value called with an A, returning R; `callable[A, B] -> R`
// takes two, `callable[] -> R` none). The lazy iterables builtins return are range,
// enumerate[T], zip[A, B], reversed[T], dict_keys[K], dict_values[V] and dict_items[K, V];
// re.finditer and the itertools functions return iterators named after them (chain[T]).
#pragma once

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/ir/ir.h"
#include "compiler/types/type.h"

namespace ingot::types {

// A type as written in a signature.
struct Pattern {
  enum class Kind {
    Exact,
    Var,
    Object,
    Iterable,
    Sized,
    Number,
    Callable,
    Optional,
    Union,
    Iter,
    Native,  // a library class, by its dotted Python name ("re.Match"), in `var`
  };
  Kind kind = Kind::Object;
  types::Kind exact = types::Kind::None;  // for Exact
  std::string var;            // for Var; for Iter and Native, its name ("range", "re.Match")
  std::vector<Pattern> args;  // element patterns; Callable: the arguments, then the result
};

struct OpParam {
  std::string name;
  Pattern type;
  std::optional<ir::Constant> default_value;
  bool star = false;          // *args: takes every remaining positional argument
  bool keyword_only = false;  // after a `*` or `*args`
  // **kwargs: takes every keyword argument no other parameter names. Each reaches the
  // native function as two arguments, its name (a str constant) and then its value.
  bool double_star = false;
};

struct Op {
  std::string name;       // qualified Python name: "builtins.len", "str.split"
  std::string signature;  // the row's text, for messages
  std::vector<OpParam> params;
  Pattern result;
  std::string native;      // the C++ function (or `{0}`-style template) that implements it
  bool attribute = false;  // read as an attribute (`math.pi`), not called
};

// Everything the type checker needs to know while matching a call against a row.
class CallContext {
 public:
  virtual ~CallContext() = default;
  // The return type of calling function value `fn` with `args`, or invalid if it cannot be
  // called so (its errors are reported by the checker).
  virtual TypeId call_function(TypeId fn, const std::vector<TypeId>& args) = 0;
};

// An argument bound to a parameter: an index into the call's arguments, or the parameter's
// default.
struct BoundArg {
  int param = -1;  // the row's parameter it is bound to
  int arg = -1;    // -1: the default
  std::optional<ir::Constant> default_value;
  TypeId type;  // the parameter's type at this call (for a default: its declared type)
};

struct Match {
  const Op* op = nullptr;
  std::vector<BoundArg> args;  // in the native function's order
  TypeId result;
};

// One row of the table, as written in op_table*.cpp.
struct OpRow {
  const char* name;
  const char* signature;
  const char* native;
};

// The rows of the `math` module (op_table_math.cpp) and of the built-in exception classes
// (op_table_exceptions.cpp).
std::span<const OpRow> math_rows();
// The rows of str.format and `str % values` (op_table_format.cpp).
std::span<const OpRow> format_rows();
std::span<const OpRow> exception_rows();
// The rows of next(), iter() and starred unpacking (op_table_iteration.cpp).
std::span<const OpRow> iteration_rows();
// The rows of the `re` module and its Pattern and Match classes (op_table_re.cpp).
std::span<const OpRow> re_rows();
// The rows of the `string` constants and `unicodedata` (op_table_text.cpp).
std::span<const OpRow> text_module_rows();
// The rows of `json` (op_table_json.cpp).
std::span<const OpRow> json_rows();
// The rows of `collections` and of the built-in classes as values (op_table_collections.cpp).
std::span<const OpRow> collections_rows();
// The rows of `itertools` and functools.reduce (op_table_itertools.cpp).
std::span<const OpRow> itertools_rows();
// The rows of the str/dict/set/tuple methods beyond op_table.cpp's (op_table_methods.cpp).
std::span<const OpRow> method_rows();
// The rows of tokenizers and transformers' fast tokenizers (op_table_tokenizers.cpp).
std::span<const OpRow> tokenizer_rows();
// The rows of sentence-transformers models (op_table_models.cpp).
std::span<const OpRow> model_rows();
// The rows of numpy and its ndarray (op_table_numpy.cpp).
std::span<const OpRow> numpy_rows();
// For a numpy name the table lacks on purpose (a dtype arrays here do not have): what to
// write instead; empty for any other name.
std::string numpy_unsupported_hint(const std::string& name);
// The rows of torch and its Tensor (op_table_torch.cpp).
std::span<const OpRow> torch_rows();

class OpLibrary {
 public:
  static const OpLibrary& get();

  // Every row for a name, in table order.
  std::vector<const Op*> overloads(std::string_view name) const;
  bool has(std::string_view name) const { return !overloads(name).empty(); }

  // Binds the call's arguments (types; `keywords[i]` non-empty for a keyword argument) to
  // the first row of `name` that accepts them, first exactly, then letting an int stand
  // for a float and a bool for an int as Python does. nullopt when no row accepts them.
  // `attribute` chooses between the rows read as attributes (`math.pi`) and the others.
  std::optional<Match> match(std::string_view name, const std::vector<TypeId>& args,
                             const std::vector<std::string>& keywords, TypeTable& table,
                             CallContext& context, bool attribute = false) const;

  // For messages: the signatures `name` supports, one per line.
  std::string describe(std::string_view name) const;

 private:
  OpLibrary();
  void add_row(const OpRow& row);
  std::vector<Op> ops_;
};

// The library classes that are dicts (Counter, defaultdict, OrderedDict): where no row of
// their own fits, a dict's rows apply to them (as a promotion, like int for float).
bool is_dict_subclass(std::string_view native_name);
bool is_sized_library_class(std::string_view native_name);
// A dict subclass's type as the dict it is: Counter[K] is dict[K, int]. nullopt for others.
std::optional<std::vector<TypeId>> dict_view_args(TypeTable& table, TypeId t);

// Parses one row's signature; throws std::invalid_argument on a malformed one (a bug in
// the table, caught by the unit tests).
void parse_signature(std::string_view text, Op& op);

}  // namespace ingot::types
