#pragma once

#include "sandbox/GhlContactQuery.h"
#include "sandbox/GhlContactWriter.h"
#include "sandbox/Json.h"

#include <httplib.h>

#include <optional>
#include <string>

namespace fieldlink::sandbox {

void sendJson(httplib::Response& response, int status, const Json& body);
/// The JSON body; an empty body reads as `{}`. nullopt when the body is not JSON.
std::optional<Json> parseJsonBody(const httplib::Request& request);
/// First value of each query parameter.
QueryParameters queryOf(const httplib::Request& request);
/// GHL's NestJS error body: `{statusCode, message, error, traceId[, meta]}`.
void sendGhlError(httplib::Response& response, const ApiError& error, const std::string& traceId);

} // namespace fieldlink::sandbox
