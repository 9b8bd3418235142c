#pragma once

#include "sandbox/SandboxContext.h"

#include <httplib.h>

#include <functional>
#include <string>

namespace fieldlink::sandbox {

enum class Service { Ghl, Kixie };

/// Wraps every API route of both services: counts it in the stats and applies the injected faults.
/// /__sandbox/ routes are registered without it, so they are never counted nor faulted.
class ApiMiddleware {
public:
    using StatsKey = std::function<std::string(const httplib::Request&)>;

    explicit ApiMiddleware(SandboxContext& context)
        : m_context(context) {}

    httplib::Server::Handler wrap(Service service, StatsKey statsKey, httplib::Server::Handler inner);
    httplib::Server::Handler wrapGhl(const std::string& route, httplib::Server::Handler inner);

private:
    void sleepUnlessStopping(int milliseconds) const;
    SandboxContext& m_context;
};

} // namespace fieldlink::sandbox
