// Python exceptions in the runtime: a registry of CPython's built-in exception kinds with
// their parents (so `except LookupError` catches an IndexError), and the one C++ exception
// type compiled code throws and catches.
#pragma once

#include <exception>
#include <optional>
#include <string>
#include <string_view>

namespace ingot::rt {

enum class ExcKind {
#define INGOT_EXC(Name, Parent) Name,
#include "runtime/core/exceptions.def"
#undef INGOT_EXC
};

// "IndexError", ... exactly as Python spells the class.
std::string_view exc_name(ExcKind kind);
// The direct base class; BaseException is its own parent.
ExcKind exc_parent(ExcKind kind);
// True when `kind` is `parent` or derives from it (Python's issubclass).
bool is_subclass(ExcKind kind, ExcKind parent);
// The kind named `name`, if it is one of ours.
std::optional<ExcKind> exc_from_name(std::string_view name);

class PyException : public std::exception {
 public:
  PyException(ExcKind kind, std::string message);
  // An `except ... as e` variable before anything is caught into it.
  PyException() : PyException(ExcKind::Exception, "") {}

  ExcKind kind() const { return kind_; }
  // The text after "Kind: " in a CPython traceback.
  const std::string& message() const { return message_; }
  // "Kind: message" (or just "Kind" when the message is empty), as a traceback's last line.
  const char* what() const noexcept override { return what_.c_str(); }

 private:
  ExcKind kind_;
  std::string message_;
  std::string what_;
};

[[noreturn]] void raise(ExcKind kind, std::string message);

// The error every Int operation raises where CPython would grow a big int.
[[noreturn]] void raise_int_overflow();

}  // namespace ingot::rt
