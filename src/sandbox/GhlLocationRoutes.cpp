#include "sandbox/GhlRoutes.h"

#include "sandbox/GhlTaskSearch.h"
#include "sandbox/HttpJson.h"

#include <set>

namespace fieldlink::sandbox {

void registerGhlLocationRoutes(httplib::Server& server, SandboxContext& context, ApiMiddleware& middleware,
                               GhlGate& gate) {
    using namespace ghlscope;
    server.Get(
        R"(/locations/([^/]+)/customFields)",
        middleware.wrapGhl(
            "GET /locations/:locationId/customFields",
            [&context, &gate](const httplib::Request& req, httplib::Response& res) {
                if (!gate.admit(req, res, customFieldsRead, req.matches[1].str()))
                    return;
                for (const auto& [key, value] : req.params) {
                    if (key != "model")
                        return sendGhlError(res,
                                            ApiError{422,
                                                     unprocessable("property " + key + " should not exist"),
                                                     "Unprocessable Entity",
                                                     {}},
                                            gate.traceId());
                }
                const std::string model = req.has_param("model") ? req.get_param_value("model") : "all";
                if (model != "contact" && model != "opportunity" && model != "all")
                    return sendGhlError(
                        res,
                        ApiError{422,
                                 unprocessable(
                                     "model must be one of the following values: contact, opportunity, all"),
                                 "Unprocessable Entity",
                                 {}},
                        gate.traceId());
                std::lock_guard lock(context.world.mutex);
                Json fields = Json::array();
                // The sandbox location has contact fields only.
                if (model != "opportunity") {
                    for (const auto& definition : context.world.ghl.location.customFields)
                        fields.push_back(definition.toJson(context.world.ghl.location.id));
                }
                sendJson(res, 200, Json{{"customFields", fields}});
            }));

    // The location's tag catalogue: every tag a contact carries (the sandbox has no tags apart from
    // contacts).
    server.Get(R"(/locations/([^/]+)/tags)",
               middleware.wrapGhl("GET /locations/:locationId/tags",
                                  [&context, &gate](const httplib::Request& req, httplib::Response& res) {
                                      if (!gate.admit(req, res, locationTagsRead, req.matches[1].str()))
                                          return;
                                      std::lock_guard lock(context.world.mutex);
                                      std::set<std::string> names;
                                      for (const auto& [id, record] : context.world.ghl.contacts()) {
                                          for (const Json& tag : record.contact.value("tags", Json::array()))
                                              names.insert(tag.get<std::string>());
                                      }
                                      Json tags = Json::array();
                                      int index = 0;
                                      for (const std::string& name : names)
                                          tags.push_back(Json{{"id", "tag" + std::to_string(++index)},
                                                              {"name", name},
                                                              {"locationId", context.world.ghl.location.id}});
                                      sendJson(res, 200, Json{{"tags", tags}});
                                  }));

    // Open (or done) tasks of many contacts in one call, paged with limit/skip.
    server.Post(R"(/locations/([^/]+)/tasks/search)",
                middleware.wrapGhl(
                    "POST /locations/:locationId/tasks/search",
                    [&context, &gate](const httplib::Request& req, httplib::Response& res) {
                        if (!gate.admit(req, res, locationTasksRead, req.matches[1].str()))
                            return;
                        const auto body = parseJsonBody(req);
                        if (!body)
                            return sendGhlError(res,
                                                ApiError{400, Json("Invalid JSON body"), "Bad Request", {}},
                                                gate.traceId());
                        std::lock_guard lock(context.world.mutex);
                        auto result = searchTasks(context.world.ghl, *body);
                        if (std::holds_alternative<ApiError>(result))
                            return sendGhlError(res, std::get<ApiError>(result), gate.traceId());
                        sendJson(res, 200, std::get<Json>(result));
                    }));

    server.Get(
        R"(/locations/([^/]+)/customFields/([^/]+))",
        middleware.wrapGhl("GET /locations/:locationId/customFields/:id", [&context,
                                                                           &gate](const httplib::Request& req,
                                                                                  httplib::Response& res) {
            if (!gate.admit(req, res, customFieldsRead, req.matches[1].str()))
                return;
            std::lock_guard lock(context.world.mutex);
            // `id` may be the field id or its key such as contact.budget.
            const GhlCustomFieldDefinition* definition = context.world.ghl.customField(req.matches[2].str());
            if (!definition)
                return sendGhlError(
                    res,
                    ApiError{400,
                             Json("Custom field with id " + req.matches[2].str() + " not found"),
                             "Bad Request",
                             {}},
                    gate.traceId());
            sendJson(res, 200, Json{{"customField", definition->toJson(context.world.ghl.location.id)}});
        }));
}

} // namespace fieldlink::sandbox
