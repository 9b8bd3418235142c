#include "sandbox/GhlRoutes.h"

#include "sandbox/HttpJson.h"
#include "sandbox/TextRules.h"
#include "sandbox/Timestamps.h"

#include <algorithm>
#include <set>

namespace fieldlink::sandbox {
namespace {

using Result = std::variant<ApiError, Json>;

ApiError invalid(Json messages) {
    return ApiError{422, std::move(messages), "Unprocessable Entity", {}};
}

/// Whitelist and type checks shared by task and note bodies: `types` maps each allowed property to
/// "string", "boolean" or "date".
std::optional<ApiError> checkBody(const Json& body, const std::map<std::string, std::string>& types,
                                  const std::set<std::string>& required) {
    if (!body.is_object())
        return invalid(unprocessable("body must be a JSON object"));
    Json messages = Json::array();
    for (const auto& [key, value] : body.items()) {
        auto type = types.find(key);
        if (type == types.end()) {
            messages.push_back("property " + key + " should not exist");
            continue;
        }
        if (type->second == "boolean" && !value.is_boolean())
            messages.push_back(key + " must be a boolean value");
        else if (type->second != "boolean" && !value.is_string())
            messages.push_back(key + " must be a string");
        else if (type->second == "date" && !parseIsoUtc(value.get<std::string>()))
            messages.push_back(key + " must be a valid ISO 8601 date string");
    }
    for (const std::string& key : required) {
        if (!body.contains(key) || (body[key].is_string() && trim(body[key].get<std::string>()).empty()))
            messages.push_back(key + " should not be empty");
    }
    if (!messages.empty())
        return invalid(messages);
    return std::nullopt;
}

const std::map<std::string, std::string> taskTypes = {{"title", "string"},
                                                      {"body", "string"},
                                                      {"dueDate", "date"},
                                                      {"completed", "boolean"},
                                                      {"assignedTo", "string"}};
const std::map<std::string, std::string> noteTypes = {{"body", "string"},
                                                      {"userId", "string"},
                                                      {"title", "string"},
                                                      {"color", "string"},
                                                      {"pinned", "boolean"}};

Json* findById(std::vector<Json>& items, const std::string& id) {
    auto it = std::find_if(items.begin(), items.end(), [&](const Json& item) { return item["id"] == id; });
    return it == items.end() ? nullptr : &*it;
}

void applyFields(Json& target, const Json& body) {
    for (const auto& [key, value] : body.items()) {
        if (key == "dueDate")
            target[key] = isoUtc(*parseIsoUtc(value.get<std::string>()));
        else
            target[key] = value;
    }
}

struct RelatedRoutes {
    SandboxContext& context;
    GhlGate& gate;

    void send(httplib::Response& response, const Result& result, int status = 200) {
        if (std::holds_alternative<ApiError>(result))
            sendGhlError(response, std::get<ApiError>(result), gate.traceId());
        else
            sendJson(response, status, std::get<Json>(result));
    }

    /// Runs `work` on the contact named in the path, under the world lock; 400 when it does not exist.
    template <typename Work>
    void onContact(const httplib::Request& request, httplib::Response& response, const char* scope,
                   int status, Work work) {
        if (!gate.admit(request, response, scope, std::nullopt))
            return;
        const auto body = parseJsonBody(request);
        if (!body)
            return send(response, ApiError{400, Json("Invalid JSON body"), "Bad Request", {}});
        std::lock_guard lock(context.world.mutex);
        const std::string contactId = request.matches[1].str();
        GhlContactRecord* record = context.world.ghl.find(contactId);
        if (!record)
            return send(
                response,
                ApiError{400, Json("Contact with id " + contactId + " not found"), "Bad Request", {}});
        send(response, work(*record, *body), status);
    }

    Result notFound(const char* kind, const std::string& id) {
        return ApiError{400, Json(std::string(kind) + " with id " + id + " not found"), "Bad Request", {}};
    }
};

void registerTaskRoutes(httplib::Server& server, ApiMiddleware& middleware,
                        std::shared_ptr<RelatedRoutes> routes) {
    using namespace ghlscope;
    server.Get(R"(/contacts/([^/]+)/tasks)",
               middleware.wrapGhl("GET /contacts/:contactId/tasks",
                                  [routes](const httplib::Request& req, httplib::Response& res) {
                                      routes->onContact(req, res, contactsRead, 200,
                                                        [](GhlContactRecord& record, const Json&) -> Result {
                                                            return Json{{"tasks", record.tasks}};
                                                        });
                                  }));
    server.Get(R"(/contacts/([^/]+)/tasks/([^/]+))",
               middleware.wrapGhl("GET /contacts/:contactId/tasks/:taskId",
                                  [routes](const httplib::Request& req, httplib::Response& res) {
                                      routes->onContact(
                                          req, res, contactsRead, 200,
                                          [&](GhlContactRecord& record, const Json&) -> Result {
                                              Json* task = findById(record.tasks, req.matches[2].str());
                                              return task ? Result(Json{{"task", *task}})
                                                          : routes->notFound("Task", req.matches[2].str());
                                          });
                                  }));
    server.Post(R"(/contacts/([^/]+)/tasks)",
                middleware.wrapGhl("POST /contacts/:contactId/tasks", [routes](const httplib::Request& req,
                                                                               httplib::Response& res) {
                    routes->onContact(
                        req, res, contactsWrite, 201,
                        [&](GhlContactRecord& record, const Json& body) -> Result {
                            if (auto error = checkBody(body, taskTypes, {"title", "dueDate", "completed"}))
                                return *error;
                            Json task{{"id", routes->context.world.ghl.newId()},
                                      {"title", ""},
                                      {"body", ""},
                                      {"assignedTo", ""},
                                      {"dueDate", ""},
                                      {"completed", false},
                                      {"contactId", record.contact["id"]}};
                            applyFields(task, body);
                            record.tasks.push_back(task);
                            return Json{{"task", task}};
                        });
                }));
    server.Put(R"(/contacts/([^/]+)/tasks/([^/]+))",
               middleware.wrapGhl("PUT /contacts/:contactId/tasks/:taskId",
                                  [routes](const httplib::Request& req, httplib::Response& res) {
                                      routes->onContact(
                                          req, res, contactsWrite, 200,
                                          [&](GhlContactRecord& record, const Json& body) -> Result {
                                              if (auto error = checkBody(body, taskTypes, {}))
                                                  return *error;
                                              Json* task = findById(record.tasks, req.matches[2].str());
                                              if (!task)
                                                  return routes->notFound("Task", req.matches[2].str());
                                              applyFields(*task, body);
                                              return Json{{"task", *task}};
                                          });
                                  }));
    server.Put(R"(/contacts/([^/]+)/tasks/([^/]+)/completed)",
               middleware.wrapGhl(
                   "PUT /contacts/:contactId/tasks/:taskId/completed",
                   [routes](const httplib::Request& req, httplib::Response& res) {
                       routes->onContact(
                           req, res, contactsWrite, 200,
                           [&](GhlContactRecord& record, const Json& body) -> Result {
                               if (auto error = checkBody(body, {{"completed", "boolean"}}, {"completed"}))
                                   return *error;
                               Json* task = findById(record.tasks, req.matches[2].str());
                               if (!task)
                                   return routes->notFound("Task", req.matches[2].str());
                               (*task)["completed"] = body["completed"];
                               return Json{{"task", *task}};
                           });
                   }));
    server.Delete(R"(/contacts/([^/]+)/tasks/([^/]+))",
                  middleware.wrapGhl("DELETE /contacts/:contactId/tasks/:taskId",
                                     [routes](const httplib::Request& req, httplib::Response& res) {
                                         routes->onContact(
                                             req, res, contactsWrite, 200,
                                             [&](GhlContactRecord& record, const Json&) -> Result {
                                                 if (!findById(record.tasks, req.matches[2].str()))
                                                     return routes->notFound("Task", req.matches[2].str());
                                                 std::erase_if(record.tasks, [&](const Json& t) {
                                                     return t["id"] == req.matches[2].str();
                                                 });
                                                 return Json{{"succeded", true}};
                                             });
                                     }));
}

void registerNoteRoutes(httplib::Server& server, ApiMiddleware& middleware,
                        std::shared_ptr<RelatedRoutes> routes) {
    using namespace ghlscope;
    server.Get(R"(/contacts/([^/]+)/notes)",
               middleware.wrapGhl("GET /contacts/:contactId/notes",
                                  [routes](const httplib::Request& req, httplib::Response& res) {
                                      routes->onContact(req, res, contactsRead, 200,
                                                        [](GhlContactRecord& record, const Json&) -> Result {
                                                            return Json{{"notes", record.notes}};
                                                        });
                                  }));
    server.Get(R"(/contacts/([^/]+)/notes/([^/]+))",
               middleware.wrapGhl("GET /contacts/:contactId/notes/:id", [routes](const httplib::Request& req,
                                                                                 httplib::Response& res) {
                   routes->onContact(req, res, contactsRead, 200,
                                     [&](GhlContactRecord& record, const Json&) -> Result {
                                         Json* note = findById(record.notes, req.matches[2].str());
                                         return note ? Result(Json{{"note", *note}})
                                                     : routes->notFound("Note", req.matches[2].str());
                                     });
               }));
    server.Post(R"(/contacts/([^/]+)/notes)",
                middleware.wrapGhl("POST /contacts/:contactId/notes", [routes](const httplib::Request& req,
                                                                               httplib::Response& res) {
                    routes->onContact(req, res, contactsWrite, 201,
                                      [&](GhlContactRecord& record, const Json& body) -> Result {
                                          if (auto error = checkBody(body, noteTypes, {"body"}))
                                              return *error;
                                          Json note{{"id", routes->context.world.ghl.newId()},
                                                    {"body", ""},
                                                    {"userId", ""},
                                                    {"dateAdded", isoUtc(nowMs())},
                                                    {"contactId", record.contact["id"]}};
                                          applyFields(note, body);
                                          record.notes.push_back(note);
                                          return Json{{"note", note}};
                                      });
                }));
    server.Put(R"(/contacts/([^/]+)/notes/([^/]+))",
               middleware.wrapGhl("PUT /contacts/:contactId/notes/:id", [routes](const httplib::Request& req,
                                                                                 httplib::Response& res) {
                   routes->onContact(req, res, contactsWrite, 200,
                                     [&](GhlContactRecord& record, const Json& body) -> Result {
                                         if (auto error = checkBody(body, noteTypes, {}))
                                             return *error;
                                         Json* note = findById(record.notes, req.matches[2].str());
                                         if (!note)
                                             return routes->notFound("Note", req.matches[2].str());
                                         applyFields(*note, body);
                                         return Json{{"note", *note}};
                                     });
               }));
    server.Delete(R"(/contacts/([^/]+)/notes/([^/]+))",
                  middleware.wrapGhl("DELETE /contacts/:contactId/notes/:id",
                                     [routes](const httplib::Request& req, httplib::Response& res) {
                                         routes->onContact(
                                             req, res, contactsWrite, 200,
                                             [&](GhlContactRecord& record, const Json&) -> Result {
                                                 if (!findById(record.notes, req.matches[2].str()))
                                                     return routes->notFound("Note", req.matches[2].str());
                                                 std::erase_if(record.notes, [&](const Json& n) {
                                                     return n["id"] == req.matches[2].str();
                                                 });
                                                 return Json{{"succeded", true}};
                                             });
                                     }));
}

void registerTagAndAppointmentRoutes(httplib::Server& server, ApiMiddleware& middleware,
                                     std::shared_ptr<RelatedRoutes> routes) {
    using namespace ghlscope;
    server.Get(R"(/contacts/([^/]+)/appointments)",
               middleware.wrapGhl("GET /contacts/:contactId/appointments",
                                  [routes](const httplib::Request& req, httplib::Response& res) {
                                      routes->onContact(req, res, contactsRead, 200,
                                                        [](GhlContactRecord& record, const Json&) -> Result {
                                                            return Json{{"events", record.appointments}};
                                                        });
                                  }));
    auto changeTags = [routes](bool add) {
        return [routes, add](const httplib::Request& req, httplib::Response& res) {
            routes->onContact(
                req, res, contactsWrite, add ? 201 : 200,
                [&](GhlContactRecord& record, const Json& body) -> Result {
                    const bool valid = body.is_object() && body.size() == 1 && body.contains("tags") &&
                                       body["tags"].is_array() &&
                                       std::all_of(body["tags"].begin(), body["tags"].end(),
                                                   [](const Json& t) { return t.is_string(); });
                    if (!valid) {
                        for (const auto& [key, value] : body.items())
                            if (key != "tags")
                                return invalid(unprocessable("property " + key + " should not exist"));
                        return invalid(unprocessable("tags must be an array of strings"));
                    }
                    std::vector<std::string> tags = record.contact.value("tags", std::vector<std::string>{});
                    for (const Json& tagJson : body["tags"]) {
                        const std::string tag = trim(tagJson.get<std::string>());
                        auto it = std::find(tags.begin(), tags.end(), tag);
                        if (add && it == tags.end() && !tag.empty())
                            tags.push_back(tag);
                        else if (!add && it != tags.end())
                            tags.erase(it);
                    }
                    record.contact["tags"] = tags;
                    record.contact["dateUpdated"] = isoUtc(nowMs());
                    return Json{{"tags", tags}};
                });
        };
    };
    server.Post(R"(/contacts/([^/]+)/tags)",
                middleware.wrapGhl("POST /contacts/:contactId/tags", changeTags(true)));
    // DELETE with a JSON body, as GHL defines it.
    server.Delete(R"(/contacts/([^/]+)/tags)",
                  middleware.wrapGhl("DELETE /contacts/:contactId/tags", changeTags(false)));
}

} // namespace

void registerGhlRelatedRoutes(httplib::Server& server, SandboxContext& context, ApiMiddleware& middleware,
                              GhlGate& gate) {
    auto routes = std::make_shared<RelatedRoutes>(RelatedRoutes{context, gate});
    registerTaskRoutes(server, middleware, routes);
    registerNoteRoutes(server, middleware, routes);
    registerTagAndAppointmentRoutes(server, middleware, routes);
}

} // namespace fieldlink::sandbox
