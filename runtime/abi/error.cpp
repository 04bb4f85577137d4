// Turning whatever a call throws into an ingot_error, and the ingot_error_* functions.
#include "runtime/abi/error.h"

#include <new>

#include "runtime/core/errors.h"

namespace ingot::abi {
namespace {

std::vector<std::string> ancestry_of(rt::ExcKind kind) {
  std::vector<std::string> ancestry{std::string(rt::exc_name(kind))};
  for (rt::ExcKind up = rt::exc_parent(kind); up != kind; kind = up, up = rt::exc_parent(up)) {
    ancestry.emplace_back(rt::exc_name(up));
  }
  return ancestry;
}

ingot_error* make_error(rt::ExcKind kind, std::string message) {
  auto* error = new ingot_error;
  error->kind = rt::exc_name(kind);
  error->message = std::move(message);
  error->ancestry = ancestry_of(kind);
  return error;
}

// A failure of ours that no Python error stands for: CPython reports its own internal
// errors as SystemError.
ingot_error* internal_error(std::string message) {
  return new ingot_error{"SystemError",
                         "internal error: " + std::move(message),
                         {"SystemError", "Exception", "BaseException"}};
}

// What is left when even allocating the error fails: a MemoryError made when the library
// loads, which ingot_error_free knows not to delete.
ingot_error g_out_of_memory{"MemoryError", "", {"MemoryError", "Exception", "BaseException"}};

}  // namespace

ingot_error* out_of_memory_error() noexcept { return &g_out_of_memory; }

ingot_error* error_from_current_exception() noexcept {
  try {
    try {
      throw;
    } catch (const rt::PyException& raised) {
      return make_error(raised.kind(), raised.message());
    } catch (const std::bad_alloc&) {
      return make_error(rt::ExcKind::MemoryError, "");
    } catch (const std::exception& other) {
      // A C++ failure that no Python error stands for is a bug of ours, which Python
      // reports as SystemError.
      return internal_error(other.what());
    } catch (...) {
      return internal_error("unknown C++ exception");
    }
  } catch (...) {  // making the error failed too
    return out_of_memory_error();
  }
}

void store_error(ingot_error** error, ingot_error* made) noexcept {
  if (error) {
    *error = made;
  } else {
    ingot_error_free(made);
  }
}

}  // namespace ingot::abi

extern "C" {

INGOT_API const char* ingot_error_kind(const ingot_error* error) {
  return error ? error->kind.c_str() : "SystemError";
}

INGOT_API const char* ingot_error_message(const ingot_error* error) {
  return error ? error->message.c_str() : "";
}

INGOT_API const char* ingot_error_ancestor(const ingot_error* error, size_t index) {
  if (!error || index >= error->ancestry.size()) return nullptr;
  return error->ancestry[index].c_str();
}

INGOT_API void ingot_error_free(ingot_error* error) {
  if (error != ingot::abi::out_of_memory_error()) delete error;
}

}  // extern "C"
