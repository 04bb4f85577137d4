// Errors at the C ABI: what a call raised, as (Python exception kind, message, ancestry).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "include/ingot/ingot.h"
#include "runtime/core/errors.h"

struct ingot_error {
  std::string kind;
  std::string message;
  std::vector<std::string> ancestry;  // kind first, "BaseException" last
};

namespace ingot::abi {

// runtime/abi raises Python exceptions as all runtime code does; the boundary turns them
// into ingot_errors.
using rt::ExcKind;
using rt::raise;

// Runs `body` and converts anything it throws into an ingot_error stored in *error (when
// error is not null; it is set to null first, so it is null after a success). Returns whether body
// completed. Never throws.
template <typename Body>
bool guarded(ingot_error** error, Body&& body) noexcept;

// The ingot_error for the exception being handled (call only inside a catch block).
ingot_error* error_from_current_exception() noexcept;
// The preallocated MemoryError, for when allocating an error fails.
ingot_error* out_of_memory_error() noexcept;
// Stores `made` in *error, or frees it when the caller did not ask for errors.
void store_error(ingot_error** error, ingot_error* made) noexcept;

template <typename Body>
bool guarded(ingot_error** error, Body&& body) noexcept {
  if (error) *error = nullptr;
  try {
    body();
    return true;
  } catch (...) {
    store_error(error, error_from_current_exception());
    return false;
  }
}

}  // namespace ingot::abi
