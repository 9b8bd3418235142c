#include "sandbox/HttpJson.h"

namespace fieldlink::sandbox {

void sendJson(httplib::Response& response, int status, const Json& body) {
    response.status = status;
    response.set_content(body.dump(), "application/json; charset=utf-8");
}

std::optional<Json> parseJsonBody(const httplib::Request& request) {
    if (request.body.empty())
        return Json::object();
    Json body = Json::parse(request.body, nullptr, false);
    if (body.is_discarded())
        return std::nullopt;
    return body;
}

QueryParameters queryOf(const httplib::Request& request) {
    QueryParameters query;
    for (const auto& [key, value] : request.params)
        query.emplace(key, value);
    return query;
}

void sendGhlError(httplib::Response& response, const ApiError& error, const std::string& traceId) {
    Json body{{"statusCode", error.status}, {"message", error.message}, {"error", error.error}};
    if (!error.meta.is_null())
        body["meta"] = error.meta;
    body["traceId"] = traceId;
    sendJson(response, error.status, body);
}

} // namespace fieldlink::sandbox
