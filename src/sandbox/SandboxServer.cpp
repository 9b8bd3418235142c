#include "sandbox/SandboxServer.h"

#include "sandbox/ApiMiddleware.h"
#include "sandbox/ControlRoutes.h"
#include "sandbox/GhlRoutes.h"
#include "sandbox/HttpJson.h"
#include "sandbox/KixieRoutes.h"
#include "sandbox/SandboxContext.h"

#include <httplib.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

namespace fieldlink::sandbox {

struct SandboxServer::Impl {
    explicit Impl(const SandboxOptions& options)
        : context(options)
        , middleware(context)
        , gate(context) {}

    SandboxContext context;
    httplib::Server server;
    ApiMiddleware middleware;
    GhlGate gate;
    std::thread thread;
    bool running = false;

    bool loadOrSeed(std::string* error);
    bool save(std::string* error);
    void registerRoutes();
};

bool SandboxServer::Impl::loadOrSeed(std::string* error) {
    const SandboxOptions& options = context.options;
    std::lock_guard lock(context.world.mutex);
    if (options.stateFile.empty() || !std::filesystem::exists(options.stateFile)) {
        context.world.seed(options.seed, options.contacts);
        return true;
    }
    std::ifstream in(options.stateFile);
    const Json state = Json::parse(in, nullptr, false);
    if (state.is_discarded()) {
        *error = "state file " + options.stateFile + " is not valid JSON";
        return false;
    }
    try {
        context.world.loadJson(state);
    } catch (const std::exception& e) {
        *error = "state file " + options.stateFile + " cannot be loaded: " + e.what();
        return false;
    }
    return true;
}

bool SandboxServer::Impl::save(std::string* error) {
    const std::string& path = context.options.stateFile;
    if (path.empty())
        return true;
    std::string text;
    {
        std::lock_guard lock(context.world.mutex);
        text = context.world.toJson().dump(1);
    }
    // Write beside and rename, so a crash while saving never leaves a half-written state file.
    const std::string temporary = path + ".tmp";
    {
        std::ofstream out(temporary, std::ios::trunc);
        out << text;
        if (!out.flush()) {
            *error = "cannot write " + temporary;
            return false;
        }
    }
    std::error_code code;
    std::filesystem::rename(temporary, path, code);
    if (code) {
        *error = "cannot replace " + path + ": " + code.message();
        return false;
    }
    return true;
}

void SandboxServer::Impl::registerRoutes() {
    registerControlRoutes(server, context);
    registerGhlOAuthRoutes(server, context, middleware);
    registerGhlContactRoutes(server, context, middleware, gate);
    registerGhlRelatedRoutes(server, context, middleware, gate);
    registerGhlLocationRoutes(server, context, middleware, gate);
    registerKixieRoutes(server, context, middleware);

    // Unknown routes answer like GHL's NestJS router does.
    server.set_error_handler([](const httplib::Request& request, httplib::Response& response) {
        if (response.status == 404 && response.body.empty())
            sendJson(response, 404,
                     Json{{"statusCode", 404},
                          {"message", "Cannot " + request.method + " " + request.path},
                          {"error", "Not Found"}});
    });
    server.set_exception_handler(
        [](const httplib::Request&, httplib::Response& response, std::exception_ptr error) {
            std::string message = "Internal server error";
            try {
                if (error)
                    std::rethrow_exception(error);
            } catch (const std::exception& e) {
                message += std::string(": ") + e.what();
            }
            sendJson(response, 500, Json{{"statusCode", 500}, {"message", message}});
        });
}

SandboxServer::SandboxServer(SandboxOptions options)
    : d(std::make_unique<Impl>(options)) {
}

SandboxServer::~SandboxServer() {
    stop();
}

bool SandboxServer::start(std::string* error) {
    if (d->running)
        return true;
    if (!d->loadOrSeed(error))
        return false;
    const SandboxOptions& options = d->context.options;
    d->context.ghlLimiter.setSettings(options.ghlLimits);
    d->context.faults.setRates(options.faults);
    d->registerRoutes();
    const int threads = std::max(4, options.threads);
    d->server.new_task_queue = [threads] {
        return new httplib::ThreadPool(static_cast<std::size_t>(threads));
    };
    d->server.set_keep_alive_max_count(100000);
    // httplib sends headers and body in separate writes; without TCP_NODELAY every reply waits ~40 ms for
    // the client's delayed ACK, which would make the emulator the bottleneck of every throughput figure.
    d->server.set_tcp_nodelay(true);
    // httplib 0.11 lets an idle keep-alive connection outlive stop() until this timeout, so keep it short,
    // as load balancers in front of real APIs do.
    d->server.set_keep_alive_timeout(5);
    d->server.set_payload_max_length(16 * 1024 * 1024);

    int port = options.port;
    if (port == 0) {
        port = d->server.bind_to_any_port(options.host);
        if (port < 0) {
            *error = "cannot bind to a free port on " + options.host;
            return false;
        }
    } else if (!d->server.bind_to_port(options.host, port)) {
        *error = "cannot bind to " + options.host + ":" + std::to_string(port) + " (port in use?)";
        return false;
    }
    d->context.port = port;
    d->thread = std::thread([this] { d->server.listen_after_bind(); });
    // httplib 0.11's stop() does nothing until the listening thread has marked the server running; a stop()
    // in that gap would leave the thread blocked in accept() for good. Return only once it is running.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!d->server.is_running() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    d->running = true;
    if (!d->server.is_running()) {
        *error = "the sandbox did not start listening within 10 s";
        stop();
        return false;
    }
    return true;
}

bool SandboxServer::stop(std::string* error) {
    if (!d->running)
        return true;
    d->running = false;
    d->context.stopping = true;
    d->server.stop();
    if (d->thread.joinable())
        d->thread.join();
    d->context.webhooks.stop();
    std::string ignored;
    return d->save(error ? error : &ignored);
}

int SandboxServer::port() const {
    return d->context.port;
}

std::string SandboxServer::baseUrl() const {
    return d->context.baseUrl();
}

std::string SandboxServer::credentialsJson() const {
    return fieldlink::sandbox::credentialsJson(d->context).dump();
}

} // namespace fieldlink::sandbox
