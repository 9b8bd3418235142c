#include "sandbox/ApiMiddleware.h"

#include "sandbox/HttpJson.h"

#include <chrono>
#include <memory>
#include <thread>

namespace fieldlink::sandbox {
namespace {

const char* faultName(Fault fault) {
    switch (fault) {
    case Fault::ServerError:
        return "5xx";
    case Fault::RateLimited:
        return "429";
    case Fault::Drop:
        return "drop";
    case Fault::Malformed:
        return "malformed";
    case Fault::Slow:
        return "slow";
    case Fault::None:
        break;
    }
    return "none";
}

// The connection closes after half of the declared Content-Length: the client sees a reply that started
// and never finished, after the request has already taken effect.
void dropHalfway(httplib::Response& response) {
    auto body = std::make_shared<std::string>(std::move(response.body));
    const std::string contentType = response.get_header_value("Content-Type");
    response.body.clear();
    response.set_content_provider(body->size(), contentType,
                                  [body](std::size_t offset, std::size_t, httplib::DataSink& sink) {
                                      if (offset == 0 && body->size() > 1)
                                          sink.write(body->data(), body->size() / 2);
                                      return false;
                                  });
}

} // namespace

httplib::Server::Handler ApiMiddleware::wrapGhl(const std::string& route, httplib::Server::Handler inner) {
    return wrap(
        Service::Ghl, [route](const httplib::Request&) { return route; }, std::move(inner));
}

httplib::Server::Handler ApiMiddleware::wrap(Service service, StatsKey statsKey,
                                             httplib::Server::Handler inner) {
    return [this, service, statsKey = std::move(statsKey),
            inner = std::move(inner)](const httplib::Request& request, httplib::Response& response) {
        if (service == Service::Ghl)
            m_context.stats.countGhl(statsKey(request));
        else
            m_context.stats.countKixie(statsKey(request));

        const Fault fault = m_context.faults.draw(service == Service::Ghl ? "ghl" : "kixie");
        if (fault != Fault::None)
            m_context.stats.countFault(faultName(fault));
        switch (fault) {
        case Fault::ServerError: {
            const int status = m_context.faults.serverErrorStatus();
            if (service == Service::Ghl)
                sendJson(response, status,
                         Json{{"statusCode", status}, {"message", "Internal server error"}});
            else
                response.set_content("<html><body><h1>" + std::to_string(status) +
                                         " Bad Gateway</h1></body></html>",
                                     "text/html");
            response.status = status;
            return;
        }
        case Fault::RateLimited:
            response.set_header("Retry-After", "1");
            sendJson(response, 429, Json{{"statusCode", 429}, {"message", "Too Many Requests"}});
            return;
        case Fault::Slow:
            sleepUnlessStopping(m_context.faults.rates().slowDelayMs);
            break;
        default:
            break;
        }

        inner(request, response);

        if (fault == Fault::Malformed && !response.body.empty())
            response.body.resize(response.body.size() / 2);
        else if (fault == Fault::Drop)
            dropHalfway(response);
    };
}

void ApiMiddleware::sleepUnlessStopping(int milliseconds) const {
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(milliseconds);
    while (!m_context.stopping && std::chrono::steady_clock::now() < until)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
}

} // namespace fieldlink::sandbox
