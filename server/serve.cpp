#include "server/serve.h"

#include <httplib.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <ctime>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "server/batcher.h"
#include "server/embeddings.h"
#include "server/metrics.h"
#include "server/models.h"

namespace ingot::server {
namespace {

using nlohmann::json;

constexpr const char* kUsage =
    "usage: ingot serve A.so [B.so...] [--name NAME=PATH]... [--host 127.0.0.1] [--port 8000]\n"
    "                   [--api-key KEY] [--max-batch-tokens 8192] [--max-queue 256]\n"
    "                   [--threads N] [--max-body-bytes 16777216] [--timeout 10]\n";

struct Options {
  std::vector<std::pair<std::string, std::string>> models;  // (name, path)
  std::string host = "127.0.0.1";
  int port = 8000;
  std::string api_key;
  BatcherOptions batcher;
  size_t max_body_bytes = 16 << 20;
  int timeout_seconds = 10;  // per read or write: a stalled client is dropped after it
};

bool parse_count(const std::string& text, size_t& out) {
  try {
    size_t used = 0;
    const long long value = std::stoll(text, &used);
    if (used != text.size() || value < 0) return false;
    out = static_cast<size_t>(value);
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

// Reads the command line; false (after saying why) on bad usage.
bool parse_options(int argc, char** argv, Options& options) {
  options.batcher.threads = std::max(1u, std::thread::hardware_concurrency());
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg.rfind("--", 0) != 0) {
      options.models.emplace_back(default_model_name(arg), arg);
      continue;
    }
    if (i + 1 >= argc) {
      std::cerr << "ingot serve: " << arg << " needs a value\n" << kUsage;
      return false;
    }
    const std::string value = argv[++i];
    size_t number = 0;
    const bool numeric = parse_count(value, number);
    auto need_number = [&](size_t minimum) {
      if (numeric && number >= minimum) return true;
      std::cerr << "ingot serve: " << arg << " needs a number of at least " << minimum << "\n";
      return false;
    };
    if (arg == "--name") {
      const auto eq = value.find('=');
      if (eq == std::string::npos || eq == 0 || eq + 1 == value.size()) {
        std::cerr << "ingot serve: --name takes NAME=PATH\n";
        return false;
      }
      options.models.emplace_back(value.substr(0, eq), value.substr(eq + 1));
    } else if (arg == "--host") {
      options.host = value;
    } else if (arg == "--port") {
      if (!need_number(0) || number > 65535) return false;
      options.port = static_cast<int>(number);
    } else if (arg == "--api-key") {
      options.api_key = value;
    } else if (arg == "--max-batch-tokens") {
      if (!need_number(1)) return false;
      options.batcher.max_batch_tokens = number;
    } else if (arg == "--max-queue") {
      if (!need_number(1)) return false;
      options.batcher.max_queue = number;
    } else if (arg == "--threads") {
      if (!need_number(1)) return false;
      options.batcher.threads = number;
    } else if (arg == "--max-body-bytes") {
      if (!need_number(1)) return false;
      options.max_body_bytes = number;
    } else if (arg == "--timeout") {
      if (!need_number(1)) return false;
      options.timeout_seconds = static_cast<int>(number);
    } else {
      std::cerr << "ingot serve: unknown option " << arg << "\n" << kUsage;
      return false;
    }
  }
  if (options.models.empty()) {
    std::cerr << "ingot serve: no artifact given\n" << kUsage;
    return false;
  }
  return true;
}

void send_error(httplib::Response& res, const ApiError& error) {
  res.status = error.status;
  res.set_content(error_body(error), "application/json");
}

// Compares without stopping at the first difference, so that timing does not tell how
// much of a guessed key was right.
bool same_key(const std::string& given, const std::string& expected) {
  unsigned char difference = given.size() != expected.size();
  for (size_t i = 0; i < given.size(); ++i) {
    difference |= static_cast<unsigned char>(given[i] ^ expected[i % expected.size()]);
  }
  return difference == 0;
}

class Server {
 public:
  Server(Options options, std::map<std::string, std::unique_ptr<Model>> models)
      : options_(std::move(options)),
        models_(std::move(models)),
        batcher_(options_.batcher, metrics_),
        created_(std::time(nullptr)) {
    configure();
  }

  // Binds; the port it got (options' port, or a free one for port 0), or -1.
  int bind() {
    if (options_.port == 0) return http_.bind_to_any_port(options_.host);
    return http_.bind_to_port(options_.host, options_.port) ? options_.port : -1;
  }
  void listen() { http_.listen_after_bind(); }
  void stop() { http_.stop(); }

 private:
  void configure() {
    // Each connection holds one of these threads while its request waits for a worker, so
    // there are enough for every queued request and every worker.
    const size_t connection_threads =
        std::max<size_t>(64, options_.batcher.threads + options_.batcher.max_queue);
    http_.new_task_queue = [connection_threads] {
      return new httplib::ThreadPool(connection_threads);
    };
    // An answer goes out as headers then body; without this, Nagle's algorithm holds the
    // body until the client's delayed ACK (40 ms on Linux) on every kept-alive request.
    http_.set_tcp_nodelay(true);
    http_.set_payload_max_length(options_.max_body_bytes);
    http_.set_read_timeout(options_.timeout_seconds, 0);
    http_.set_write_timeout(options_.timeout_seconds, 0);
    // A connection, fresh or kept alive, waits this long for its next request; an idle one
    // holds a thread, and SIGTERM waits for it. It is not --timeout (a stall in the middle
    // of a request): at 2 s a fresh connection from a client starved of CPU was closed
    // before its first request arrived, and the client saw a disconnect without an answer.
    http_.set_keep_alive_timeout(5);
    // httplib closes a connection after 5 requests by default; each reconnect is another
    // chance for that race, and costs a handshake.
    http_.set_keep_alive_max_count(1000);

    route(
        "/v1/embeddings", [this](const auto& req, auto& res) { embeddings(req, res); }, true);
    route(
        "/v1/models", [this](const auto&, auto& res) { list_models(res); }, true);
    http_.Get("/health", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(R"({"status":"ok"})", "application/json");
    });
    http_.Get("/metrics", [this](const httplib::Request&, httplib::Response& res) {
      res.set_content(metrics_.prometheus(batcher_.depth()), "text/plain; version=0.0.4");
    });
    // What httplib answers by itself (413, a malformed request line, an unknown path) gets
    // the same envelope.
    http_.set_error_handler([](const httplib::Request&, httplib::Response& res) {
      if (res.body.empty()) send_error(res, http_error(res.status));
    });
  }

  // The envelope for a status httplib chose itself.
  static ApiError http_error(int status) {
    switch (status) {
      case 413:
        return ApiError{413, "The request body is larger than the server accepts",
                        "invalid_request_error", "", "request_too_large"};
      case 404:
        return ApiError{404, "No such endpoint", "invalid_request_error", "", "not_found"};
      default:
        return ApiError{status, "The HTTP request failed (status " + std::to_string(status) + ")",
                        status >= 500 ? "server_error" : "invalid_request_error", "", ""};
    }
  }

  // Routes `path` (POST for embeddings, GET otherwise) through the key check and metrics.
  template <typename Handler>
  void route(const std::string& path, Handler handler, bool needs_key) {
    auto wrapped = [this, handler, path, needs_key](const httplib::Request& req,
                                                    httplib::Response& res) {
      const auto start = std::chrono::steady_clock::now();
      if (needs_key && !authorized(req)) {
        send_error(res, ApiError{401, "Incorrect or missing API key", "invalid_request_error", "",
                                 "invalid_api_key"});
      } else {
        handler(req, res);
      }
      if (res.status == -1) res.status = 200;  // httplib's default, applied after us
      const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
      metrics_.record_request(path, res.status, took.count());
    };
    if (path == "/v1/embeddings") {
      http_.Post(path, wrapped);
    } else {
      http_.Get(path, wrapped);
    }
  }

  bool authorized(const httplib::Request& req) const {
    if (options_.api_key.empty()) return true;
    const std::string header = req.get_header_value("Authorization");
    const std::string prefix = "Bearer ";
    return header.rfind(prefix, 0) == 0 && same_key(header.substr(prefix.size()), options_.api_key);
  }

  void list_models(httplib::Response& res) const {
    json data = json::array();
    for (const auto& [name, model] : models_) {
      data.push_back(
          {{"id", name}, {"object", "model"}, {"created", created_}, {"owned_by", "ingot"}});
    }
    res.set_content(json{{"object", "list"}, {"data", data}}.dump(), "application/json");
  }

  void embeddings(const httplib::Request& req, httplib::Response& res) {
    auto parsed = parse_embedding_request(req.body);
    if (auto* error = std::get_if<ApiError>(&parsed)) return send_error(res, *error);
    auto& request = std::get<EmbeddingRequest>(parsed);
    const auto found = models_.find(request.model);
    if (found == models_.end()) {
      return send_error(res, ApiError{404, "The model '" + request.model + "' does not exist",
                                      "invalid_request_error", "model", "model_not_found"});
    }
    auto job = std::make_shared<EmbeddingJob>();
    job->model = found->second.get();
    job->inputs = request.inputs;
    job->extra_arguments = request.extra.dump();
    auto done = job->done.get_future();
    if (!batcher_.submit(job)) {
      return send_error(res, ApiError{429, "The server's queue is full; retry later",
                                      "rate_limit_exceeded", "", "rate_limit_exceeded"});
    }
    EmbeddingResult result = done.get();
    if (result.error) return send_error(res, *result.error);
    auto body = embedding_response(request, std::move(result.vectors), result.tokens);
    if (auto* error = std::get_if<ApiError>(&body)) return send_error(res, *error);
    res.set_content(std::get<std::string>(body), "application/json");
  }

  Options options_;
  std::map<std::string, std::unique_ptr<Model>> models_;
  Metrics metrics_;
  Batcher batcher_;
  const std::time_t created_;
  httplib::Server http_;
};

}  // namespace

int serve_command(int argc, char** argv) {
  Options options;
  if (!parse_options(argc, argv, options)) return 2;
  std::map<std::string, std::unique_ptr<Model>> models;
  for (const auto& [name, path] : options.models) {
    if (models.count(name)) {
      std::cerr << "ingot serve: two artifacts are named '" << name << "' (use --name)\n";
      return 2;
    }
    std::string why;
    auto model = load_model(name, path, &why);
    if (!model) {
      std::cerr << "ingot serve: " << path << ": " << why << "\n";
      return 2;
    }
    models.emplace(name, std::move(model));
  }

  // SIGTERM and SIGINT are taken by one thread (sigwait) that stops the server; every other
  // thread inherits the mask that blocks them.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  // A client that hangs up mid-answer must not kill the server.
  signal(SIGPIPE, SIG_IGN);

  Server server(options, std::move(models));
  const int port = server.bind();
  if (port < 0) {
    std::cerr << "ingot serve: cannot listen on " << options.host << ":" << options.port << "\n";
    return 2;
  }
  std::cout << "ingot serve: listening on http://" << options.host << ":" << port << std::endl;

  std::atomic<bool> finished = false;
  std::thread signal_waiter([&] {
    const timespec poll{0, 200'000'000};
    while (!finished) {
      if (sigtimedwait(&stop_signals, nullptr, &poll) > 0) {
        std::cout << "ingot serve: stopping after the requests in flight" << std::endl;
        server.stop();
        return;
      }
    }
  });
  server.listen();
  finished = true;
  signal_waiter.join();
  return 0;
}

}  // namespace ingot::server
