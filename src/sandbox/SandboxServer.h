#pragma once

#include "sandbox/SandboxOptions.h"

#include <memory>
#include <string>

namespace fieldlink::sandbox {

/// The emulator of GHL API v2 and Kixie on one loopback port. Runs on its own threads; usable in process
/// (the app's sandbox mode, the tests) or from the fieldlink-sandbox executable.
class SandboxServer {
public:
    explicit SandboxServer(SandboxOptions options);
    ~SandboxServer();
    SandboxServer(const SandboxServer&) = delete;
    SandboxServer& operator=(const SandboxServer&) = delete;

    /// Loads the state file (or seeds the world), binds and starts serving. False, with a message, on
    /// failure.
    bool start(std::string* error);
    /// Stops serving and, with a state file, saves the world to it. Safe to call twice.
    bool stop(std::string* error = nullptr);

    int port() const;
    std::string baseUrl() const;
    /// The GET /__sandbox/credentials body, as JSON text.
    std::string credentialsJson() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace fieldlink::sandbox
