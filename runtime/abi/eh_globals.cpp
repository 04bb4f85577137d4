// The per-thread state of C++ exceptions (the Itanium C++ ABI's __cxa_get_globals), defined
// here so that the artifact links this definition rather than libstdc++'s. libstdc++'s own
// uses initial-exec TLS, which would mark every artifact STATIC_TLS and make dlopen fail
// in a process that has spent glibc's static-TLS reserve (see tls.h). The layout is the
// ABI's: the stack of caught exceptions and the count of uncaught ones.
#include "runtime/abi/tls.h"

#ifndef INGOT_SANITIZER_BUILD

// The names are the ABI's, reserved identifiers on purpose: they must match libstdc++'s.
// NOLINTNEXTLINE(bugprone-reserved-identifier): the ABI's name
namespace __cxxabiv1 {

// NOLINTNEXTLINE(bugprone-reserved-identifier): the ABI's name
struct __cxa_eh_globals {
  void* caughtExceptions;
  unsigned int uncaughtExceptions;
};

// NOLINTNEXTLINE(bugprone-reserved-identifier): the ABI's name
extern "C" __cxa_eh_globals* __cxa_get_globals() noexcept {
  thread_local __cxa_eh_globals globals{};
  return &globals;
}

// NOLINTNEXTLINE(bugprone-reserved-identifier): the ABI's name
extern "C" __cxa_eh_globals* __cxa_get_globals_fast() noexcept { return __cxa_get_globals(); }

}  // namespace __cxxabiv1

#endif
