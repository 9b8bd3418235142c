#pragma once

#include "sandbox/Json.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace fieldlink::sandbox {

struct WebhookDelivery {
    long long webhookId = 0;
    std::string eventName;
    std::string url;
    std::vector<std::pair<std::string, std::string>> headers; ///< the registration's static headers
    std::string body;
    std::string externalId;
};

/// Posts webhook events from one background thread, in the order they were queued, so every receiver sees
/// startcall -> answeredcall -> endcall -> disposition as Kixie sends them. Each attempt is logged
/// (GET /__sandbox/kixie/deliveries). Like Kixie, it does not retry.
class WebhookDispatcher {
public:
    WebhookDispatcher();
    ~WebhookDispatcher();
    WebhookDispatcher(const WebhookDispatcher&) = delete;
    WebhookDispatcher& operator=(const WebhookDispatcher&) = delete;

    void enqueue(std::vector<WebhookDelivery> deliveries);
    /// Attempts so far, oldest first, plus how many are still queued.
    Json log() const;
    void clearLog();
    void stop();

private:
    void run();
    Json deliver(const WebhookDelivery& delivery);

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<WebhookDelivery> m_queue;
    std::vector<Json> m_log;
    bool m_stopping = false;
    bool m_busy = false;
    std::thread m_thread;
};

} // namespace fieldlink::sandbox
