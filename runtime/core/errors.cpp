#include "runtime/core/errors.h"

#include <array>

namespace ingot::rt {

namespace {

struct ExcInfo {
  std::string_view name;
  ExcKind parent;
};

constexpr std::array kExcInfos = {
#define INGOT_EXC(Name, Parent) ExcInfo{#Name, ExcKind::Parent},
#define INGOT_EXC_NAMED(Identifier, Name, Parent) ExcInfo{Name, ExcKind::Parent},
#include "runtime/core/exceptions.def"
#undef INGOT_EXC_NAMED
#undef INGOT_EXC
};

const ExcInfo& info(ExcKind kind) { return kExcInfos[static_cast<size_t>(kind)]; }

std::string format_what(ExcKind kind, const std::string& message) {
  std::string what(exc_name(kind));
  if (!message.empty()) {
    what += ": ";
    what += message;
  }
  return what;
}

}  // namespace

std::string_view exc_name(ExcKind kind) { return info(kind).name; }

ExcKind exc_parent(ExcKind kind) { return info(kind).parent; }

bool is_subclass(ExcKind kind, ExcKind parent) {
  for (;;) {
    if (kind == parent) return true;
    ExcKind up = exc_parent(kind);
    if (up == kind) return false;
    kind = up;
  }
}

std::optional<ExcKind> exc_from_name(std::string_view name) {
  for (size_t i = 0; i < kExcInfos.size(); ++i) {
    if (kExcInfos[i].name == name) return static_cast<ExcKind>(i);
  }
  return std::nullopt;
}

PyException::PyException(ExcKind kind, std::string message)
    : kind_(kind), message_(std::move(message)), what_(format_what(kind_, message_)) {}

void raise(ExcKind kind, std::string message) { throw PyException(kind, std::move(message)); }

void raise_int_overflow() { raise(ExcKind::OverflowError, "integer overflow"); }

}  // namespace ingot::rt
