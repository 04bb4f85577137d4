"use strict";
// What a compiled function raises, as Error subclasses named after the Python exception
// kinds: `err instanceof PythonError`, `err.kind === "ValueError"`, and
// `err instanceof errorClass("ValueError")` holds for a UnicodeDecodeError too, since the
// classes follow the ancestry the artifact reports.

class PythonError extends Error {
  constructor(kind, message, ancestors) {
    super(message);
    this.kind = kind;
    this.ancestors = ancestors;
  }
}

const classes = new Map([["BaseException", PythonError]]);

// The class for `kind`, made from its ancestry (kind first, "BaseException" last).
function errorClass(kind, ancestors = [kind, "BaseException"]) {
  if (classes.has(kind)) return classes.get(kind);
  const base = errorClass(ancestors[1] ?? "BaseException", ancestors.slice(1));
  const cls = { [kind]: class extends base {} }[kind];
  Object.defineProperty(cls.prototype, "name", { value: kind });
  classes.set(kind, cls);
  return cls;
}

// The Error for an ingot_error pointer, which is freed.
function takeError(lib, pointer) {
  if (!pointer) return new Error("ingot: the call failed without an error (out of memory?)");
  try {
    const kind = lib.error_kind(pointer);
    const message = lib.error_message(pointer);
    const ancestors = [];
    for (let i = 0; ; i++) {
      const name = lib.error_ancestor(pointer, i);
      if (name === null) break;
      ancestors.push(name);
    }
    const Cls = errorClass(kind, ancestors.length ? ancestors : [kind, "BaseException"]);
    return new Cls(kind, message, ancestors);
  } finally {
    lib.error_free(pointer);
  }
}

module.exports = { PythonError, errorClass, takeError };
