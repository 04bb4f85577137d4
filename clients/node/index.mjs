// ESM entry: the same exports as index.cjs.
import ingot from "./index.cjs";

export const {
  load,
  PythonError,
  errorClass,
  OpenAI,
  OpenAIError,
  APIError,
  APIConnectionError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
} = ingot;
export default ingot;
