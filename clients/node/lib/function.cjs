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

// Calls `fn` (a koffi function of the ABI) on koffi's worker threads, so that the event loop
// runs on meanwhile: resolves with the ingot_status it returned.
function callOffThread(fn, ...args) {
  return new Promise((resolve, reject) => {
    fn.async(...args, (error, status) => (error ? reject(error) : resolve(status)));
  });
}

// Runs a generator's stream to its items, one per next(), as an async iterator. Each item
// is computed off the event loop; next() and return() run one after another, in order.
function streamItems(lib, stream, keepAlive) {
  let open = true;
  let last = Promise.resolve();
  const close = () => {
    if (open) {
      open = false;
      lib.stream_free(stream);
    }
  };
  const inOrder = (step) => {
    const result = last.then(step);
    last = result.catch(() => {});
    return result;
  };
  const nextItem = async () => {
    if (!open) return { done: true, value: undefined };
    const item = [null];
    const error = [null];
    if (await callOffThread(lib.stream_next, stream, item, error)) {
      close();
      throw takeError(lib, error[0]);
    }
    void keepAlive; // the function (and so its instance) lives while its items are read
    if (!item[0]) {
      close();
      return { done: true, value: undefined };
    }
    return { done: false, value: takeValue(lib, item[0]) };
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    next() {
      return inOrder(nextItem);
    },
    return(value) {
      return inOrder(async () => {
        close();
        return { done: true, value };
      });
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

  // Calls in flight off the event loop: close() frees the instance once they are done.
  let running = 0;
  let closed = false;
  const freeInstance = () => {
    instances.unregister(compiled);
    lib.instance_free(instance);
    instance = null;
  };
  const usable = () => {
    if (closed) throw new Error(`${metadata.name}: the function was closed`);
  };

  const call = (args, stats) => {
    usable();
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

  const callAsync = async (args, stats) => {
    usable();
    const named = namedArguments(lib, metadata.name, args);
    const result = [null];
    const failure = [null];
    let status;
    running += 1;
    try {
      status = await callOffThread(lib.call, instance, named, result, stats, failure);
    } finally {
      lib.value_free(named);
      running -= 1;
      if (closed && running === 0 && instance) freeInstance();
    }
    if (status) throw takeError(lib, failure[0]);
    return takeValue(lib, result[0]);
  };

  const stream = (args) => {
    usable();
    const named = namedArguments(lib, metadata.name, args);
    const items = [null];
    const failure = [null];
    let status;
    try {
      status = lib.call_stream(instance, named, items, failure);
    } finally {
      lib.value_free(named);
    }
    if (status) throw takeError(lib, failure[0]);
    return streamItems(lib, items[0], compiled);
  };

  const compiled = {
    [metadata.name](args) {
      return metadata.generator ? stream(args) : call(args, {});
    },
  }[metadata.name];

  const withStats = (result, stats) => ({
    result,
    stats: { latencyNs: Number(stats.latency_ns), tokens: Number(stats.tokens) },
  });
  // {result, stats: {latencyNs, tokens}}: tokens are what the call's tokenizers produced.
  const callWithStats = (args) => {
    const stats = {};
    return withStats(call(args, stats), stats);
  };
  // The same off the event loop, as a promise.
  callWithStats.async = async (args) => {
    const stats = {};
    return withStats(await callAsync(args, stats), stats);
  };

  Object.defineProperties(compiled, {
    metadata: { value: metadata, enumerable: true },
    path: { value: lib.path, enumerable: true },
    // The call off the event loop (on koffi's worker threads), as a promise of its result; a
    // generator function's items are computed off the event loop either way.
    async: {
      value(args) {
        return metadata.generator ? Promise.resolve().then(() => stream(args)) : callAsync(args, {});
      },
    },
    callWithStats: { value: callWithStats },
    close: {
      value() {
        if (closed) return;
        closed = true;
        if (running === 0) freeInstance();
      },
    },
  });
  instances.register(compiled, { lib, instance }, compiled);
  return compiled;
}

module.exports = { load };
