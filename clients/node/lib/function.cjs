"use strict";
// load(): a compiled artifact as a JavaScript function of its named arguments.

const path = require("node:path");
const { Library, ABI_VERSION } = require("./abi.cjs");
const { takeError } = require("./errors.cjs");
const { toValue, takeValue } = require("./values.cjs");

// Frees an instance whose function was garbage-collected without close().
const instances = new FinalizationRegistry(({ lib, instance }) => lib.instance_free(instance));

function namedArguments(lib, name, args) {
  if (args === undefined) args = {};
  if (args === null || typeof args !== "object" || Array.isArray(args) || args instanceof Map) {
    throw new TypeError(`${name}() takes its arguments as one object of named arguments`);
  }
  return toValue(lib, args);
}

// Runs a generator's stream to its items, one per next(), as an async iterator.
function streamItems(lib, stream) {
  let open = true;
  const close = () => {
    if (open) {
      open = false;
      lib.stream_free(stream);
    }
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      if (!open) return { done: true, value: undefined };
      const item = [null];
      const error = [null];
      if (lib.stream_next(stream, item, error)) {
        close();
        throw takeError(lib, error[0]);
      }
      if (!item[0]) {
        close();
        return { done: true, value: undefined };
      }
      return { done: false, value: takeValue(lib, item[0]) };
    },
    async return(value) {
      close();
      return { done: true, value };
    },
  };
}

// The artifact at `file` (a .so made by `ingot compile`) as a function: call it with an
// object of the function's named arguments; it returns the result, or, for a generator
// function, an async iterator of its items. It throws what the function raises, as an
// Error subclass named after the Python exception kind.
function load(file) {
  const lib = new Library(path.resolve(file));
  const version = lib.abi_version();
  if (version !== ABI_VERSION) {
    throw new Error(`${file} has ingot ABI version ${version}; this client reads ${ABI_VERSION}`);
  }
  const metadata = JSON.parse(lib.signature());
  const out = [null];
  const error = [null];
  if (lib.instance_create(out, error)) throw takeError(lib, error[0]);
  let instance = out[0];

  const call = (args, stats) => {
    if (!instance) throw new Error(`${metadata.name}: the function was closed`);
    const named = namedArguments(lib, metadata.name, args);
    const result = [null];
    const failure = [null];
    let status;
    try {
      status = lib.call(instance, named, result, stats, failure);
    } finally {
      lib.value_free(named);
    }
    if (status) throw takeError(lib, failure[0]);
    return takeValue(lib, result[0]);
  };

  const compiled = {
    [metadata.name](args) {
      if (!metadata.generator) return call(args, {});
      if (!instance) throw new Error(`${metadata.name}: the function was closed`);
      const named = namedArguments(lib, metadata.name, args);
      const stream = [null];
      const failure = [null];
      let status;
      try {
        status = lib.call_stream(instance, named, stream, failure);
      } finally {
        lib.value_free(named);
      }
      if (status) throw takeError(lib, failure[0]);
      return streamItems(lib, stream[0]);
    },
  }[metadata.name];

  Object.defineProperties(compiled, {
    metadata: { value: metadata, enumerable: true },
    path: { value: lib.path, enumerable: true },
    // {result, stats: {latencyNs, tokens}}: tokens are what the call's tokenizers produced.
    callWithStats: {
      value(args) {
        const stats = {};
        const result = call(args, stats);
        return { result, stats: { latencyNs: Number(stats.latency_ns), tokens: Number(stats.tokens) } };
      },
    },
    close: {
      value() {
        if (instance) {
          instances.unregister(compiled);
          lib.instance_free(instance);
          instance = null;
        }
      },
    },
  });
  instances.register(compiled, { lib, instance }, compiled);
  return compiled;
}

module.exports = { load };
