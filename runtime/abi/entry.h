// The contract between an artifact's generated code and the runtime's C ABI.
//
// The generated code of every artifact defines one function,
//
//     const ingot::abi::Entry& ingot::abi::entry();
//
// describing the compiled Python function: its name, parameters, return type, and a call
// thunk. runtime/abi does everything else: it exports the C functions of
// include/ingot/ingot.h, renders the signature JSON, binds named arguments to parameters
// (with CPython's errors for a missing or unexpected argument), times the call, and turns
// whatever the thunk throws into an ingot_error.
//
// A thunk converts its arguments with `args.get<T>(i)` (convert.h), runs the function,
// and converts the result with `to_value(result)`. For
//
//     def greet(name: str, punctuation: str = "!") -> str: ...
//
// the generated glue reads:
//
//     ingot::abi::ValuePtr call_greet(const ingot::abi::Args& args) {
//       rt::Str name = args.get<rt::Str>(0);
//       rt::Str punctuation = args.has(1) ? args.get<rt::Str>(1) : rt::Str("!");
//       return ingot::abi::to_value(greet(name, punctuation));
//     }
//     const ingot::abi::Entry& ingot::abi::entry() {
//       static const Entry e{
//           .name = "greet",
//           .params = {{.name = "name", .annotation = "str", .type_json = type_json<rt::Str>()},
//                      {.name = "punctuation", .annotation = "str",
//                       .type_json = type_json<rt::Str>(), .default_json = "\"!\""}},
//           .return_annotation = "str",
//           .return_type_json = type_json<rt::Str>(),
//           .call = call_greet};
//       return e;
//     }
//
// A thunk is called from several threads at once; it must not touch mutable globals.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/abi/value.h"

namespace ingot::abi {

// As Python's inspect.Parameter.kind names them. *args and **kwargs do not cross the ABI.
enum class ParamKind { PositionalOnly, PositionalOrKeyword, KeywordOnly };

struct Param {
  std::string name{};
  ParamKind kind = ParamKind::PositionalOrKeyword;
  std::string annotation{};    // as written in the source, e.g. "list[int]"; empty if none
  std::string type_json{};     // structured type, e.g. type_json<rt::List<rt::Int>>()
  std::string default_json{};  // the default as JSON; empty when the parameter is required
  // JSON arrays, empty when absent: the values a Literal[...] annotation allows, and the
  // metadata of an Annotated[T, ...] annotation (literals as values, other expressions as
  // their source text).
  std::string choices_json{};
  std::string metadata_json{};
  bool has_default() const { return !default_json.empty(); }
};

struct Entry;

// The items of one call of a generator entry, produced one at a time (ingot_stream_next).
class Stream {
 public:
  virtual ~Stream() = default;
  // The next item, or null when the generator is finished. Throws what the generator
  // raised (rt::PyException); the stream is finished after that.
  virtual ValuePtr next() = 0;
};

// The arguments of one call, bound to the entry's parameters by position: args[i] is the
// value given for parameter i, or null when the caller left it out (the generated code
// then uses the parameter's default). Every required parameter is present; the runtime
// checked that before calling the thunk.
class Args {
 public:
  Args(const Entry& entry, std::vector<const ingot_value*> values)
      : entry_(entry), values_(std::move(values)) {}

  std::size_t size() const { return values_.size(); }
  bool has(std::size_t index) const { return values_[index] != nullptr; }
  const ingot_value* operator[](std::size_t index) const { return values_[index]; }
  const Entry& entry() const { return entry_; }

  // Parameter `index` converted to T, or TypeError "f() argument 'x' must be T, not U".
  // Defined in convert.h.
  template <typename T>
  T get(std::size_t index) const;

 private:
  const Entry& entry_;
  std::vector<const ingot_value*> values_;
};

struct Entry {
  std::string name{};  // the Python function's name
  std::string doc{};   // its docstring, empty when it has none
  std::vector<Param> params{};
  std::string return_annotation{};  // as written; empty if none
  std::string return_type_json{};
  // Runs the function. May throw rt::PyException (what the Python function raised) or
  // anything else (reported as SystemError); never crosses the ABI.
  ValuePtr (*call)(const Args& args) = nullptr;
  // For a generator entry: starts it, its items to come one at a time. Null otherwise
  // (`call` of a generator entry returns the list of all its items).
  std::unique_ptr<Stream> (*stream)(const Args& args) = nullptr;
};

// Defined by the generated code of each artifact (one per .so).
const Entry& entry();

// The signature JSON that ingot_signature() returns for `entry` (format in ingot.h).
std::string signature_json(const Entry& entry);

// Binds named arguments (a dict with str keys, or null for none) to the entry's
// parameters, raising TypeError as CPython does for an unexpected keyword argument or
// missing required ones.
Args bind_arguments(const Entry& entry, const ingot_value* named);

// Adds the tokens of one encoded text to the current call's count (ingot_call_stats.tokens,
// and one item of ingot_call_counted's per-text counts). Tokenizers call it once per text;
// it counts per thread, for the call running on that thread.
void count_tokens(uint64_t tokens);

// The version of ingot itself, in the signature metadata.
inline constexpr std::string_view kIngotVersion = "0.1.0";

}  // namespace ingot::abi
