#include "sandbox/SandboxStats.h"

namespace fieldlink::sandbox {

void SandboxStats::countGhl(const std::string& route) {
    std::lock_guard lock(m_mutex);
    ++m_ghlRequests;
    ++m_ghlByRoute[route];
}

void SandboxStats::countGhlRateLimited() {
    std::lock_guard lock(m_mutex);
    ++m_ghlRateLimited;
}

void SandboxStats::countKixie(const std::string& event) {
    std::lock_guard lock(m_mutex);
    ++m_kixieRequests;
    ++m_kixieByEvent[event];
}

void SandboxStats::countFault(const std::string& kind) {
    std::lock_guard lock(m_mutex);
    ++m_faults[kind];
}

Json SandboxStats::toJson(int ghlPeakWindowRequests) const {
    std::lock_guard lock(m_mutex);
    Json byRoute = Json::object();
    for (const auto& [route, count] : m_ghlByRoute)
        byRoute[route] = count;
    Json byEvent = Json::object();
    for (const auto& [event, count] : m_kixieByEvent)
        byEvent[event] = count;
    Json faults = Json::object();
    for (const auto& [kind, count] : m_faults)
        faults[kind] = count;
    return Json{{"ghl",
                 {{"requests", m_ghlRequests},
                  {"rateLimited", m_ghlRateLimited},
                  {"peakWindowRequests", ghlPeakWindowRequests},
                  {"byRoute", byRoute}}},
                {"kixie", {{"requests", m_kixieRequests}, {"byEvent", byEvent}}},
                {"faults", faults}};
}

void SandboxStats::reset() {
    std::lock_guard lock(m_mutex);
    m_ghlRequests = 0;
    m_ghlRateLimited = 0;
    m_ghlByRoute.clear();
    m_kixieRequests = 0;
    m_kixieByEvent.clear();
    m_faults.clear();
}

} // namespace fieldlink::sandbox
