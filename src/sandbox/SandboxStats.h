#pragma once

#include "sandbox/Json.h"

#include <map>
#include <mutex>
#include <string>

namespace fieldlink::sandbox {

/// Request counters behind GET /__sandbox/stats. `requests` counts every request to a service's API
/// routes, whatever its outcome; /__sandbox/ routes are never counted.
class SandboxStats {
public:
    void countGhl(const std::string& route);
    void countGhlRateLimited();
    void countKixie(const std::string& event);
    void countFault(const std::string& kind);
    Json toJson(int ghlPeakWindowRequests) const;
    void reset();

private:
    mutable std::mutex m_mutex;
    long long m_ghlRequests = 0;
    long long m_ghlRateLimited = 0;
    std::map<std::string, long long> m_ghlByRoute;
    long long m_kixieRequests = 0;
    std::map<std::string, long long> m_kixieByEvent;
    std::map<std::string, long long> m_faults;
};

} // namespace fieldlink::sandbox
