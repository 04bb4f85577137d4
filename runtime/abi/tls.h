// The thread-local storage model of the runtime's thread_locals.
//
// An artifact is dlopen'ed into processes that already hold many libraries (Python with
// torch, Node.js). A module with initial-exec TLS is marked STATIC_TLS and takes its
// thread-locals from glibc's small static-TLS reserve at each dlopen; once a process has
// spent it (torch spends most), dlopen fails with "cannot allocate memory in static TLS
// block". So the runtime's thread_locals use the default, dynamic model. Only sanitizer
// builds keep initial-exec: clang 14's LeakSanitizer crashes on a dlopen'ed module's dynamic
// TLS, and their artifacts load only into sanitized processes anyway.
#pragma once

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define INGOT_SANITIZER_BUILD 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define INGOT_SANITIZER_BUILD 1
#endif

#ifdef INGOT_SANITIZER_BUILD
#define INGOT_THREAD_LOCAL __attribute__((tls_model("initial-exec"))) thread_local
#else
#define INGOT_THREAD_LOCAL thread_local
#endif
