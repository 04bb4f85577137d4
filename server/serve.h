// `ingot serve`: compiled artifacts behind an OpenAI-compatible HTTP API.
#pragma once

namespace ingot::server {

// ingot serve A.so [B.so...] [--name NAME=PATH]... [--host H] [--port P] [--api-key KEY]
//   [--max-batch-tokens N] [--max-queue N] [--threads N] [--max-body-bytes N] [--timeout S]
// argv[0] is "serve". Serves until SIGTERM or SIGINT, then finishes the requests in flight.
// Returns 0 after a clean shutdown, 2 on bad usage or an artifact that does not load.
int serve_command(int argc, char** argv);

}  // namespace ingot::server
