// Types of the ingot Node.js client.

export type DType = "float32" | "float64" | "int32" | "int64" | "uint8" | "bool" | "bfloat16" | "float16" | "int8";

/** An n-dimensional array: C-contiguous data and its shape (dtype names bool/bfloat16/float16). */
export interface Tensor {
  data: Float32Array | Float64Array | Int32Array | BigInt64Array | Uint8Array | Uint16Array;
  shape: number[];
  dtype?: DType;
}

export type Value =
  null | boolean | number | bigint | string | Buffer | Tensor | Value[] | Map<Value, Value> | { [key: string]: Value };

export interface Parameter {
  name: string;
  kind: "POSITIONAL_ONLY" | "POSITIONAL_OR_KEYWORD" | "KEYWORD_ONLY";
  annotation: string;
  type: Record<string, unknown>;
  has_default: boolean;
  default?: unknown;
}

export interface Signature {
  name: string;
  doc: string | null;
  parameters: Parameter[];
  return: { annotation: string; type: Record<string, unknown> };
  generator: boolean;
  abi_version: number;
  ingot_version: string;
}

export interface CallStats {
  latencyNs: number;
  /** Tokens the call's tokenizers produced (0 for a function without one). */
  tokens: number;
}

export interface CompiledFunction {
  /** Calls the function with its named arguments; a generator function gives an async iterator. */
  (args?: { [name: string]: Value }): any;
  readonly metadata: Signature;
  readonly path: string;
  /**
   * The call off the event loop (on koffi's worker threads); a generator function gives an
   * async iterator, whose items are computed off the event loop as well.
   */
  async(args?: { [name: string]: Value }): Promise<any>;
  callWithStats: {
    (args?: { [name: string]: Value }): { result: any; stats: CallStats };
    /** The same off the event loop. */
    async(args?: { [name: string]: Value }): Promise<{ result: any; stats: CallStats }>;
  };
  /**
   * Frees the function's instance now rather than when it is garbage-collected (after the
   * async calls in flight).
   */
  close(): void;
}

/** Loads an artifact made by `ingot compile`. */
export function load(path: string): CompiledFunction;

/** What a compiled function raised: `kind` is the Python exception kind ("ValueError"). */
export class PythonError extends Error {
  readonly kind: string;
  /** The kind, then its base classes, up to "BaseException". */
  readonly ancestors: string[];
}
/** The Error subclass for a Python exception kind (`err instanceof errorClass("ValueError")`). */
export function errorClass(kind: string): typeof PythonError;

export interface Embedding {
  object: "embedding";
  index: number;
  embedding: number[] | string;
}

export interface CreateEmbeddingResponse {
  object: "list";
  data: Embedding[];
  model: string;
  usage: { prompt_tokens: number; total_tokens: number };
}

export interface EmbeddingCreateParams {
  model: string;
  input: string | string[] | number[] | number[][];
  encoding_format?: "float" | "base64";
  dimensions?: number;
  user?: string;
  /** Other fields are the function's own parameters (e.g. task). */
  [parameter: string]: unknown;
}

export interface Model {
  id: string;
  object: "model";
  created: number;
  owned_by: string;
}

export interface ClientOptions {
  /** Model names to artifact paths or loaded functions. */
  models?: { [name: string]: string | CompiledFunction };
  /** Folder of <name>.so artifacts; default $INGOT_MODELS, else ~/.ingot/models. */
  modelsDir?: string;
  /** An OpenAI-compatible server for the models not found here. */
  baseURL?: string;
  apiKey?: string;
  /** Milliseconds for a remote request. */
  timeout?: number;
}

export class OpenAI {
  constructor(options?: ClientOptions);
  embeddings: { create(body: EmbeddingCreateParams): Promise<CreateEmbeddingResponse> };
  models: { list(): Promise<{ object: "list"; data: Model[] }> };
}

export class OpenAIError extends Error {}
export class APIError extends OpenAIError {
  readonly status: number | undefined;
  readonly error: unknown;
  readonly code: string | null;
  readonly param: string | null;
  readonly type: string | null;
}
export class APIConnectionError extends APIError {}
export class BadRequestError extends APIError {}
export class AuthenticationError extends APIError {}
export class PermissionDeniedError extends APIError {}
export class NotFoundError extends APIError {}
export class UnprocessableEntityError extends APIError {}
export class RateLimitError extends APIError {}
export class InternalServerError extends APIError {}
