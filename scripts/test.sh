#!/usr/bin/env bash
# Runs every test of ingot and exits non-zero if any step fails:
#
#   1. lint: clang-format and clang-tidy on our C++ sources, ruff check + ruff format --check
#      on Python
#   2. ctest in build/ (unit tests)
#   3. pytest over tests/ (conformance corpus against CPython, parity, clients, server)
#   4. an ASan+UBSan build with clang in build-asan/: its unit tests, the libFuzzer targets
#      for a bounded time, a slice of the conformance corpus compiled and run under the
#      sanitizers, and tests/server against the sanitized `ingot serve`
#   5. a TSan build with clang in build-tsan/ of the `ingot` target only (the CLI with
#      `ingot serve`, and the runtime artifacts link), and tests/server against it
#
# Expects scripts/setup.sh and scripts/build.sh to have run. Every step runs even when an
# earlier one fails; the closing lines recap each step with its runner's own summary.
# SKIP_ASAN=1 leaves out step 4 (it rebuilds everything, so it is the slow one), SKIP_TSAN=1
# step 5; BUILD_DIR, ASAN_BUILD_DIR and TSAN_BUILD_DIR name other build folders than build/,
# build-asan/ and build-tsan/.
set -uo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR="${BUILD_DIR:-build}"
ASAN_BUILD_DIR="${ASAN_BUILD_DIR:-build-asan}"
TSAN_BUILD_DIR="${TSAN_BUILD_DIR:-build-tsan}"
PY=.venv/bin/python
[ -x "$PY" ] || PY=python3
LOG_DIR="$(mktemp -d)"
trap 'rm -rf "$LOG_DIR"' EXIT

declare -a RECAP=()
FAILED=0
TOTAL_PASSED=0
TOTAL_FAILED=0
TOTAL_SKIPPED=0

# count_from_summary LINE: adds the counts in a pytest or ctest summary line to the totals.
count_from_summary() {
  local line="$1" n
  if [[ "$line" =~ tests\ failed\ out\ of\ ([0-9]+) ]]; then  # ctest
    local total="${BASH_REMATCH[1]}"
    [[ "$line" =~ ([0-9]+)\ tests\ failed ]] && n="${BASH_REMATCH[1]}" || n=0
    TOTAL_PASSED=$((TOTAL_PASSED + total - n))
    TOTAL_FAILED=$((TOTAL_FAILED + n))
    return
  fi
  [[ "$line" =~ ([0-9]+)\ passed ]] && TOTAL_PASSED=$((TOTAL_PASSED + BASH_REMATCH[1]))
  [[ "$line" =~ ([0-9]+)\ failed ]] && TOTAL_FAILED=$((TOTAL_FAILED + BASH_REMATCH[1]))
  [[ "$line" =~ ([0-9]+)\ errors? ]] && TOTAL_FAILED=$((TOTAL_FAILED + BASH_REMATCH[1]))
  [[ "$line" =~ ([0-9]+)\ skipped ]] && TOTAL_SKIPPED=$((TOTAL_SKIPPED + BASH_REMATCH[1]))
  return 0
}

# run_step NAME SUMMARY_REGEX CMD... : runs CMD with its output shown and logged, and
# records a recap line: the step's status and the last line of its output that matches
# SUMMARY_REGEX (pytest's and ctest's own summary lines).
run_step() {
  local name="$1" summary_regex="$2"
  shift 2
  local log="$LOG_DIR/$name.log"
  echo
  echo "==== $name: $*"
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  local summary
  summary="$(grep -E "$summary_regex" "$log" | tail -n 1)"
  count_from_summary "$summary"
  if [ "$status" -eq 0 ]; then
    RECAP+=("ok     $name${summary:+: $summary}")
  else
    RECAP+=("FAILED $name (exit $status)${summary:+: $summary}")
    FAILED=1
    # A step that failed without failing a counted test (lint, a build) counts as one.
    [[ "$summary" =~ [1-9][0-9]*\ (tests\ )?(failed|errors?) ]] || TOTAL_FAILED=$((TOTAL_FAILED + 1))
  fi
}

PYTEST_SUMMARY='^(=+ )?[0-9]+ (passed|failed|errors?|skipped|deselected).* in [0-9.]+s|no tests ran'
CTEST_SUMMARY='tests passed, [0-9]+ tests failed out of|No tests were found'
XDIST=()
if "$PY" -c "import xdist" 2>/dev/null; then XDIST=(-n 2); fi

# --- 1. lint -------------------------------------------------------------------------------
lint_cpp() {
  local files
  mapfile -t files < <(git ls-files '*.h' '*.hpp' '*.cc' '*.cpp' | grep -v '^third_party/')
  if [ ${#files[@]} -eq 0 ]; then echo "no C++ files"; return 0; fi
  clang-format --dry-run -Werror "${files[@]}" && echo "clang-format: ${#files[@]} files clean"
}
lint_python() {
  local ruff=.venv/bin/ruff
  [ -x "$ruff" ] || ruff=ruff
  "$ruff" check . && "$ruff" format --check .
}
lint_js() {
  local prettier=clients/node/node_modules/.bin/prettier
  if [ ! -x "$prettier" ]; then echo "no $prettier: run scripts/setup.sh"; return 1; fi
  "$prettier" --check clients/node/lib clients/node/test clients/node/index.cjs \
    clients/node/index.mjs clients/node/index.d.ts clients/node/package.json
}
# clang-tidy (.clang-tidy at the root) over each of our sources in the build's compile
# commands, two at a time: tracked files only, so generated ones and fetched dependencies
# stay out. Warning flags that only GCC knows are let through, as in step 4; the count of
# warnings clang-tidy filtered out (outside our headers) is left out of the log.
lint_tidy() {
  local db="$BUILD_DIR/compile_commands.json" files
  if [ ! -f "$db" ]; then echo "clang-tidy: no $db, run scripts/build.sh first"; return 1; fi
  mapfile -t files < <("$PY" -c 'import json, os, sys
print("\n".join(sorted({os.path.relpath(e["file"]) for e in json.load(open(sys.argv[1]))})))' "$db" |
    grep -Fx -f <(git ls-files '*.cc' '*.cpp') | grep -v '^third_party/')
  if [ ${#files[@]} -eq 0 ]; then echo "clang-tidy: no sources of ours in $db"; return 1; fi
  printf '%s\n' "${files[@]}" |
    xargs -P 2 -n 1 clang-tidy -p "$BUILD_DIR" --quiet \
      --extra-arg=-Wno-unknown-warning-option 2>&1 |
    { grep --line-buffered -Ev '^[0-9]+ warnings? generated\.$' || true; } &&
    echo "clang-tidy: ${#files[@]} files clean"
}
run_step lint-cpp 'files clean|no C++ files' lint_cpp
run_step lint-tidy '^clang-tidy: ' lint_tidy
run_step lint-python 'All checks passed|files? already formatted' lint_python
run_step lint-js 'use Prettier code style' lint_js

# --- 2. unit tests in build/ ---------------------------------------------------------------
if [ -d "$BUILD_DIR" ]; then
  run_step ctest "$CTEST_SUMMARY" ctest --test-dir "$BUILD_DIR" --output-on-failure -j 2
else
  RECAP+=("FAILED ctest: $BUILD_DIR/ is missing; run scripts/build.sh first")
  FAILED=1
  TOTAL_FAILED=$((TOTAL_FAILED + 1))
fi

# Once the `ingot` CLI is part of the build, a missing build/ingot is a failure, not a skip.
if [ -f compiler/driver/CMakeLists.txt ]; then export INGOT_REQUIRE_COMPILER=1; fi

# --- 3. the Python suites, and the README's demo -------------------------------------------
run_step pytest "$PYTEST_SUMMARY" env INGOT_BUILD="$BUILD_DIR" \
  "$PY" -m pytest tests "${XDIST[@]}" -q
if [ "${INGOT_REQUIRE_COMPILER:-0}" = 1 ]; then
  run_step demo 'CPython:' env INGOT="$BUILD_DIR/ingot" bash examples/demo.sh
fi

# --- 4. ASan + UBSan, and the fuzz targets ---------------------------------------------------
# Built with clang, so that the libFuzzer targets (INGOT_FUZZ) build here too and run under
# the sanitizers. Artifacts that `ingot compile` builds in this step use the same compiler
# (CXX), so one sanitizer runtime serves the CLI and the artifact it loads. Warning flags
# that only GCC knows are let through rather than failing clang's -Werror.
if [ "${SKIP_ASAN:-0}" != 1 ]; then
  SANITIZE_ENV=(CC=clang CXX=clang++)
  run_step asan-build 'build: ' env "${SANITIZE_ENV[@]}" BUILD_DIR="$ASAN_BUILD_DIR" \
    bash scripts/build.sh -DINGOT_SANITIZE=address,undefined -DINGOT_FUZZ=ON \
    -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS=-Wno-unknown-warning-option \
    -DCMAKE_C_FLAGS=-Wno-unknown-warning-option
  run_step asan-ctest "$CTEST_SUMMARY" ctest --test-dir "$ASAN_BUILD_DIR" --output-on-failure -j 2
  # A slice of the corpus (cases named arith_*, str_*, list_*, dict_*, the compile errors,
  # and the tensor cases about NaN, overflow, softmax and printing, where the float kernels'
  # edge cases are). A sanitizer report exits 86, which the runner tells apart from a
  # raise (1).
  run_step asan-conformance "$PYTEST_SUMMARY" env "${SANITIZE_ENV[@]}" INGOT_BUILD="$ASAN_BUILD_DIR" \
    ASAN_OPTIONS=exitcode=86 UBSAN_OPTIONS=exitcode=86:print_stacktrace=1 \
    "$PY" -m pytest tests/conformance/test_conformance.py "${XDIST[@]}" -q \
    -k "arith_ or str_ or list_ or dict_ or error_case or _nan or overflow or softmax or print"
  # `ingot serve` under the sanitizers: a report ends the server, failing the test at hand.
  run_step asan-server "$PYTEST_SUMMARY" env "${SANITIZE_ENV[@]}" INGOT_BUILD="$ASAN_BUILD_DIR" \
    ASAN_OPTIONS=exitcode=86 UBSAN_OPTIONS=exitcode=86:print_stacktrace=1 \
    "$PY" -m pytest tests/server "${XDIST[@]}" -q
fi

# --- 5. TSan: `ingot serve` and tests/server ------------------------------------------------
# Only the `ingot` target, to keep it short: the server's threads are what TSan is for.
# Debian's cpp-httplib is an uninstrumented shared library; tests/server/tsan.supp says why
# reports from inside it are suppressed. A report exits 66, ending the server mid-test.
if [ "${SKIP_TSAN:-0}" != 1 ]; then
  tsan_build() {
    local python_args=()
    if [ -x .venv/bin/python ]; then python_args=(-DPython3_EXECUTABLE="$PWD/.venv/bin/python"); fi
    CC=clang CXX=clang++ cmake -S . -B "$TSAN_BUILD_DIR" -G Ninja "${python_args[@]}" \
      -DINGOT_SANITIZE=thread -DCMAKE_CXX_FLAGS=-Wno-unknown-warning-option \
      -DCMAKE_C_FLAGS=-Wno-unknown-warning-option &&
      cmake --build "$TSAN_BUILD_DIR" --target ingot --parallel "${JOBS:-$(nproc)}" &&
      echo "build: $TSAN_BUILD_DIR/ingot is ready"
  }
  run_step tsan-build 'build: ' tsan_build
  run_step tsan-server "$PYTEST_SUMMARY" env CC=clang CXX=clang++ INGOT_BUILD="$TSAN_BUILD_DIR" \
    TSAN_OPTIONS="suppressions=$PWD/tests/server/tsan.supp halt_on_error=1 exitcode=66" \
    "$PY" -m pytest tests/server "${XDIST[@]}" -q
fi

echo
echo "==== recap"
for line in "${RECAP[@]}"; do echo "$line"; done
echo "test.sh: $TOTAL_PASSED passed, $TOTAL_FAILED failed, $TOTAL_SKIPPED skipped"
exit $FAILED
