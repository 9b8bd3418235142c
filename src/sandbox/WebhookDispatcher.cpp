#include "sandbox/WebhookDispatcher.h"

#include "sandbox/Timestamps.h"

#include <httplib.h>

#include <regex>

namespace fieldlink::sandbox {

WebhookDispatcher::WebhookDispatcher()
    : m_thread([this] { run(); }) {
}

WebhookDispatcher::~WebhookDispatcher() {
    stop();
}

void WebhookDispatcher::enqueue(std::vector<WebhookDelivery> deliveries) {
    {
        std::lock_guard lock(m_mutex);
        for (WebhookDelivery& delivery : deliveries)
            m_queue.push_back(std::move(delivery));
    }
    m_wake.notify_one();
}

Json WebhookDispatcher::log() const {
    std::lock_guard lock(m_mutex);
    return Json{{"deliveries", m_log}, {"pending", m_queue.size() + (m_busy ? 1 : 0)}};
}

void WebhookDispatcher::clearLog() {
    std::lock_guard lock(m_mutex);
    m_log.clear();
}

void WebhookDispatcher::stop() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_queue.clear();
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

void WebhookDispatcher::run() {
    for (;;) {
        WebhookDelivery delivery;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_stopping)
                return;
            delivery = std::move(m_queue.front());
            m_queue.pop_front();
            m_busy = true;
        }
        Json entry = deliver(delivery);
        std::lock_guard lock(m_mutex);
        m_log.push_back(std::move(entry));
        m_busy = false;
    }
}

Json WebhookDispatcher::deliver(const WebhookDelivery& delivery) {
    Json entry{{"webhookid", delivery.webhookId},
               {"eventname", delivery.eventName},
               {"location", delivery.url},
               {"externalid", delivery.externalId},
               {"at", isoUtc(nowMs())}};
    static const std::regex urlPattern(R"(^(http://[^/]+)(/.*)?$)");
    std::smatch match;
    if (!std::regex_match(delivery.url, match, urlPattern)) {
        entry["status"] = 0;
        entry["error"] = "the sandbox delivers to http:// receivers only";
        return entry;
    }
    httplib::Client client(match[1].str());
    client.set_connection_timeout(2, 0);
    client.set_read_timeout(5, 0);
    client.set_write_timeout(5, 0);
    httplib::Headers headers;
    for (const auto& [name, value] : delivery.headers)
        headers.emplace(name, value);
    const std::string path = match[2].matched ? match[2].str() : "/";
    auto result = client.Post(path, headers, delivery.body, "application/json");
    if (result) {
        entry["status"] = result->status;
    } else {
        entry["status"] = 0;
        entry["error"] = httplib::to_string(result.error());
    }
    return entry;
}

} // namespace fieldlink::sandbox
