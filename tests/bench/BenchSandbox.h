#pragma once

// Shared by the benchmarks: an in-process sandbox with a GHL burst limit and no daily limits in the way.
#include "sandbox/SandboxServer.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <memory>

namespace fieldlink::bench {

struct BenchSandbox {
    std::unique_ptr<sandbox::SandboxServer> server;
    QJsonObject credentials; ///< the body of /__sandbox/credentials

    QJsonObject ghl() const { return credentials.value(QLatin1String("ghl")).toObject(); }
    QJsonObject kixie() const { return credentials.value(QLatin1String("kixie")).toObject(); }
};

/// Starts the sandbox; an empty server (after printing why) when it cannot.
inline BenchSandbox startBenchSandbox(int contacts, int burstLimit, int windowMs) {
    sandbox::SandboxOptions options;
    options.contacts = contacts;
    options.ghlLimits.burstLimit = burstLimit;
    options.ghlLimits.windowMs = windowMs;
    options.ghlLimits.dailyLimit = 10'000'000;
    options.kixie.dailyLimit = 10'000'000;
    BenchSandbox sandbox{std::make_unique<sandbox::SandboxServer>(options), {}};
    std::string error;
    if (!sandbox.server->start(&error)) {
        std::fprintf(stderr, "sandbox did not start: %s\n", error.c_str());
        sandbox.server.reset();
        return sandbox;
    }
    sandbox.credentials =
        QJsonDocument::fromJson(QByteArray::fromStdString(sandbox.server->credentialsJson())).object();
    return sandbox;
}

} // namespace fieldlink::bench
