#include "sandbox/GhlRoutes.h"

#include "sandbox/GhlContactQuery.h"
#include "sandbox/GhlContactWriter.h"
#include "sandbox/GhlPhoneRule.h"
#include "sandbox/HttpJson.h"
#include "sandbox/Timestamps.h"

namespace fieldlink::sandbox {
namespace {

std::optional<std::string> stringField(const Json& body, const char* key) {
    if (body.is_object() && body.contains(key) && body[key].is_string())
        return body[key].get<std::string>();
    return std::nullopt;
}

std::optional<std::string> queryField(const httplib::Request& request, const char* key) {
    if (request.has_param(key))
        return request.get_param_value(key);
    return std::nullopt;
}

ApiError contactNotFound(const std::string& id) {
    // The live API answers an unknown contact id with 400, not 404.
    return ApiError{400, Json("Contact with id " + id + " not found"), "Bad Request", {}};
}

ApiError duplicateError(const GhlDirectory& directory, const GhlDirectory::Duplicate& duplicate) {
    const Json& existing = directory.find(duplicate.contactId)->contact;
    return ApiError{400, Json("This location does not allow duplicated contacts."), "Bad Request",
                    Json{{"contactId", duplicate.contactId},
                         {"contactName", existing.value("name", "")},
                         {"matchingField", duplicate.matchingField}}};
}

struct ContactRoutes {
    SandboxContext& context;
    GhlGate& gate;

    GhlDirectory& directory() { return context.world.ghl; }

    void send(httplib::Response& response, const std::variant<ApiError, Json>& result, int status = 200) {
        if (std::holds_alternative<ApiError>(result))
            sendGhlError(response, std::get<ApiError>(result), gate.traceId());
        else
            sendJson(response, status, std::get<Json>(result));
    }

    /// The JSON body of a POST that names its location in the body: admits the request for that location
    /// and rejects a body that is not JSON. nullopt once the response has been written.
    std::optional<Json> admitWithBody(const httplib::Request& request, httplib::Response& response,
                                      const char* scope) {
        const auto body = parseJsonBody(request);
        if (!gate.admit(request, response, scope, body ? stringField(*body, "locationId") : std::nullopt))
            return std::nullopt;
        if (!body) {
            sendGhlError(response, ApiError{400, Json("Invalid JSON body"), "Bad Request", {}},
                         gate.traceId());
            return std::nullopt;
        }
        return body;
    }

    std::optional<ApiError> rejectDuplicate(const Json& body, const Json& existing,
                                            const std::string& selfId) {
        if (directory().location.allowDuplicateContacts)
            return std::nullopt;
        GhlContactWriter writer(directory());
        const std::string email = stringField(body, "email").value_or(existing.value("email", ""));
        const std::string phone = writer.normalisedPhone(body, existing);
        if (auto duplicate = directory().findDuplicate(email, phone, selfId))
            return duplicateError(directory(), *duplicate);
        return std::nullopt;
    }

    std::variant<ApiError, Json> create(const Json& body) {
        GhlContactWriter writer(directory());
        if (auto error = writer.validate(body, ContactWrite::Create))
            return *error;
        if (auto error = rejectDuplicate(body, Json::object(), {}))
            return *error;
        return Json{{"contact", insertNew(writer, body)}};
    }

    Json insertNew(const GhlContactWriter& writer, const Json& body) {
        const std::int64_t now = nowMs();
        Json contact{{"id", directory().newId()}, {"locationId", directory().location.id}};
        writer.apply(contact, body, now);
        contact["dateAdded"] = isoUtc(now);
        return directory().insert(std::move(contact), now).contact;
    }

    std::variant<ApiError, Json> upsert(const Json& body) {
        GhlContactWriter writer(directory());
        if (auto error = writer.validate(body, ContactWrite::Upsert))
            return *error;
        const bool forceNew =
            body.value("createNewIfDuplicateAllowed", false) && directory().location.allowDuplicateContacts;
        const auto match =
            directory().findDuplicate(stringField(body, "email").value_or(""), writer.normalisedPhone(body));
        if (match && !forceNew) {
            Json& contact = directory().find(match->contactId)->contact;
            Json update = body;
            update.erase("locationId");
            update.erase("createNewIfDuplicateAllowed");
            writer.apply(contact, update, nowMs());
            return Json{{"new", false}, {"contact", contact}, {"traceId", gate.traceId()}};
        }
        return Json{{"new", true}, {"contact", insertNew(writer, body)}, {"traceId", gate.traceId()}};
    }

    std::variant<ApiError, Json> update(const std::string& id, const Json& body) {
        GhlContactWriter writer(directory());
        GhlContactRecord* record = directory().find(id);
        if (auto error =
                writer.validate(body, ContactWrite::Update, record ? record->contact : Json::object()))
            return *error;
        if (!record)
            return contactNotFound(id);
        if (auto error = rejectDuplicate(body, record->contact, id))
            return *error;
        writer.apply(record->contact, body, nowMs());
        return Json{{"succeded", true}, {"contact", record->contact}};
    }

    std::variant<ApiError, Json> duplicateSearch(const httplib::Request& request) {
        for (const auto& [key, value] : request.params) {
            if (key != "locationId" && key != "number" && key != "email")
                return ApiError{
                    422, unprocessable("property " + key + " should not exist"), "Unprocessable Entity", {}};
        }
        if (!request.has_param("locationId"))
            return ApiError{422, unprocessable("locationId should not be empty"), "Unprocessable Entity", {}};
        // An unencoded '+' arrives as a space and the number loses its country code, as on the real API.
        const std::string number = request.get_param_value("number");
        const std::string phone =
            number.empty() ? std::string{} : ghlE164(number, directory().location.country);
        const auto match = directory().findDuplicate(request.get_param_value("email"), phone);
        return Json{{"contact", match ? directory().find(match->contactId)->contact : Json(nullptr)}};
    }
};

} // namespace

void registerGhlContactRoutes(httplib::Server& server, SandboxContext& context, ApiMiddleware& middleware,
                              GhlGate& gate) {
    auto routes = std::make_shared<ContactRoutes>(ContactRoutes{context, gate});
    using namespace ghlscope;

    server.Get(R"(/contacts/?)",
               middleware.wrapGhl("GET /contacts/", [routes, &context, &gate](const httplib::Request& req,
                                                                              httplib::Response& res) {
                   if (!gate.admit(req, res, contactsRead, queryField(req, "locationId")))
                       return;
                   std::lock_guard lock(context.world.mutex);
                   routes->send(res, listContacts(context.world.ghl, queryOf(req), context.baseUrl()));
               }));

    server.Post(
        R"(/contacts/search)",
        middleware.wrapGhl("POST /contacts/search",
                           [routes, &context, &gate](const httplib::Request& req, httplib::Response& res) {
                               const auto body = routes->admitWithBody(req, res, contactsRead);
                               if (!body)
                                   return;
                               std::lock_guard lock(context.world.mutex);
                               auto result = searchContacts(context.world.ghl, *body);
                               if (auto* json = std::get_if<Json>(&result))
                                   (*json)["traceId"] = gate.traceId();
                               routes->send(res, result);
                           }));

    server.Get(
        R"(/contacts/search/duplicate)",
        middleware.wrapGhl("GET /contacts/search/duplicate",
                           [routes, &context, &gate](const httplib::Request& req, httplib::Response& res) {
                               if (!gate.admit(req, res, contactsRead, queryField(req, "locationId")))
                                   return;
                               std::lock_guard lock(context.world.mutex);
                               routes->send(res, routes->duplicateSearch(req));
                           }));

    server.Get(R"(/contacts/business/([^/]+))",
               middleware.wrapGhl("GET /contacts/business/:businessId", [routes, &context,
                                                                         &gate](const httplib::Request& req,
                                                                                httplib::Response& res) {
                   if (!gate.admit(req, res, contactsRead, queryField(req, "locationId")))
                       return;
                   std::lock_guard lock(context.world.mutex);
                   routes->send(res, businessContacts(context.world.ghl, req.matches[1].str(), queryOf(req)));
               }));

    server.Post(R"(/contacts/?)",
                middleware.wrapGhl("POST /contacts/", [routes, &context, &gate](const httplib::Request& req,
                                                                                httplib::Response& res) {
                    const auto body = routes->admitWithBody(req, res, contactsWrite);
                    if (!body)
                        return;
                    std::lock_guard lock(context.world.mutex);
                    routes->send(res, routes->create(*body), 201);
                }));

    server.Post(
        R"(/contacts/upsert)",
        middleware.wrapGhl("POST /contacts/upsert",
                           [routes, &context, &gate](const httplib::Request& req, httplib::Response& res) {
                               const auto body = routes->admitWithBody(req, res, contactsWrite);
                               if (!body)
                                   return;
                               std::lock_guard lock(context.world.mutex);
                               routes->send(res, routes->upsert(*body));
                           }));

    server.Get(
        R"(/contacts/([^/]+))",
        middleware.wrapGhl("GET /contacts/:contactId",
                           [routes, &context, &gate](const httplib::Request& req, httplib::Response& res) {
                               if (!gate.admit(req, res, contactsRead, std::nullopt))
                                   return;
                               std::lock_guard lock(context.world.mutex);
                               const GhlContactRecord* record = context.world.ghl.find(req.matches[1].str());
                               if (!record)
                                   return routes->send(res, contactNotFound(req.matches[1].str()));
                               sendJson(res, 200, Json{{"contact", record->contact}});
                           }));

    server.Put(
        R"(/contacts/([^/]+))",
        middleware.wrapGhl("PUT /contacts/:contactId", [routes, &context, &gate](const httplib::Request& req,
                                                                                 httplib::Response& res) {
            if (!gate.admit(req, res, contactsWrite, std::nullopt))
                return;
            const auto body = parseJsonBody(req);
            if (!body)
                return sendGhlError(res, ApiError{400, Json("Invalid JSON body"), "Bad Request", {}},
                                    gate.traceId());
            std::lock_guard lock(context.world.mutex);
            routes->send(res, routes->update(req.matches[1].str(), *body));
        }));

    server.Delete(
        R"(/contacts/([^/]+))",
        middleware.wrapGhl("DELETE /contacts/:contactId",
                           [routes, &context, &gate](const httplib::Request& req, httplib::Response& res) {
                               if (!gate.admit(req, res, contactsWrite, std::nullopt))
                                   return;
                               std::lock_guard lock(context.world.mutex);
                               const std::string id = req.matches[1].str();
                               if (!context.world.ghl.find(id))
                                   return routes->send(res, contactNotFound(id));
                               context.world.ghl.erase(id);
                               sendJson(res, 200, Json{{"succeded", true}});
                           }));
}

} // namespace fieldlink::sandbox
