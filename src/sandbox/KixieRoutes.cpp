#include "sandbox/KixieRoutes.h"

#include "sandbox/HttpJson.h"
#include "sandbox/TextRules.h"
#include "sandbox/Timestamps.h"

#include <set>

namespace fieldlink::sandbox {
namespace {

const std::set<std::string> webhookEvents = {"endcall",     "startcall", "answeredcall",      "SMS",
                                             "disposition", "voicemail", "scheduledactivity", "cisummary"};

std::string text(const Json& body, const char* key) {
    if (!body.is_object() || !body.contains(key))
        return {};
    const Json& value = body[key];
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_number_integer())
        return std::to_string(value.get<long long>());
    return {};
}

struct KixieCall {
    SandboxContext& context;
    const httplib::Request& request;
    httplib::Response& response;
    Json body;

    void fail(const std::string& error) {
        sendJson(response, context.options.kixie.businessErrorStatus,
                 Json{{"success", false}, {"error", error}});
    }
    void succeed(Json extra = Json::object()) {
        Json reply{{"success", true}};
        reply.update(extra);
        sendJson(response, 200, reply);
    }

    /// Credentials from the body or the query (Kixie's docs put apikey in both; integrators send either),
    /// then the enabled flag and the daily quota. Returns false after answering.
    bool admit() {
        const std::string apiKey =
            !text(body, "apikey").empty() ? text(body, "apikey") : request.get_param_value("apikey");
        const std::string businessId = !text(body, "businessid").empty()
                                           ? text(body, "businessid")
                                           : request.get_param_value("businessid");
        KixieWorld& kixie = context.world.kixie;
        if (apiKey != kixie.apiKey || businessId != kixie.businessId) {
            fail("Invalid API key or Business ID");
            return false;
        }
        if (!kixie.apiEnabled) {
            fail("API access is not enabled for this account. Please contact Kixie support.");
            return false;
        }
        if (!kixie.consumeQuota(nowMs(), context.options.kixie.dailyLimit)) {
            // Kixie does not document its over-limit answer; the status is a setting (docs/sandbox.md).
            sendJson(response, context.options.kixie.overQuotaStatus,
                     Json{{"success", false}, {"error", "Daily API call limit reached"}});
            return false;
        }
        return true;
    }

    std::vector<std::string> targets() {
        std::vector<std::string> out;
        if (body.contains("target") && body["target"].is_array()) {
            for (const Json& item : body["target"])
                if (item.is_string())
                    out.push_back(item.get<std::string>());
        } else if (!text(body, "target").empty()) {
            out.push_back(text(body, "target"));
        }
        return out;
    }

    void requireFields(std::initializer_list<const char*> fields, std::string& missing) {
        for (const char* field : fields) {
            if (missing.empty() && text(body, field).empty() &&
                !(body.contains(field) && body[field].is_array()))
                missing = std::string(field) + " is required";
        }
    }

    void dispatch() {
        KixieWorld& kixie = context.world.kixie;
        const std::string event = text(body, "eventname");
        std::string missing;
        if (event == "updatepowerlist") {
            const std::string error =
                kixie.updatePowerList(body, context.options.kixie.defaultDuplicateHandling);
            return error.empty() ? succeed() : fail(error);
        }
        if (event == "removefrompowerlist") {
            const std::string action = text(body, "action");
            requireFields({"target", "action"}, missing);
            if (!missing.empty())
                return fail(missing);
            if (action == "removefrompowerlist") {
                const std::string list = text(body, "powerlistId");
                if (!kixie.powerlists.contains(list))
                    return fail("PowerList " + list + " not found");
                kixie.removeFromPowerLists(targets(), list);
                return succeed();
            }
            if (action == "removefromallpowerlists") {
                kixie.removeFromPowerLists(targets(), {});
                return succeed();
            }
            return fail("action must be removefrompowerlist or removefromallpowerlists");
        }
        if (event == "cadence") {
            requireFields({"target", "cadenceid"}, missing);
            if (!missing.empty())
                return fail(missing);
            auto cadence = kixie.cadences.find(text(body, "cadenceid"));
            if (cadence == kixie.cadences.end())
                return fail("Cadence " + text(body, "cadenceid") + " not found");
            const std::string key = kixieRowKey(text(body, "target"));
            if (text(body, "action") == "remove")
                cadence->second.enrolled.erase(key);
            else
                cadence->second.enrolled.insert(key);
            return succeed();
        }
        if (event == "call") {
            requireFields({"email", "target"}, missing);
            if (!missing.empty())
                return fail(missing);
            SimulatedCall call;
            call.phone = text(body, "target");
            call.agentEmail = text(body, "email");
            std::string error;
            auto events = simulateCall(kixie, call, nowMs(), &error);
            if (!error.empty())
                return fail(error);
            deliverToWebhooks(context, events);
            return succeed();
        }
        if (event == "sms" || event == "bizsms") {
            requireFields(event == "sms" ? std::initializer_list<const char*>{"email", "target", "message"}
                                         : std::initializer_list<const char*>{"id", "target", "message"},
                          missing);
            if (!missing.empty())
                return fail(missing);
            if (event == "sms" && !kixie.agent(text(body, "email")))
                return fail("Unknown agent " + text(body, "email"));
            if (event == "bizsms" &&
                std::find(kixie.teamSmsIds.begin(), kixie.teamSmsIds.end(),
                          std::stoll("0" + digitsOf(text(body, "id")))) == kixie.teamSmsIds.end())
                return fail("Team SMS id " + text(body, "id") + " not found");
            kixie.messages.push_back(
                {{"messageid", "sms" + kixie.random.alphanumeric(24)},
                 {"eventname", event},
                 {"to", text(body, "target")},
                 {"from", text(body, "fromNumber").empty() ? kixie.businessNumber : text(body, "fromNumber")},
                 {"message", text(body, "message")},
                 {"email", text(body, "email")},
                 {"at", isoUtc(nowMs())}});
            return succeed();
        }
        if (event == "queue") {
            requireFields({"email", "target", "id"}, missing);
            if (!missing.empty())
                return fail(missing);
            if (std::find(kixie.queueIds.begin(), kixie.queueIds.end(), text(body, "id")) ==
                kixie.queueIds.end())
                return fail("Queue " + text(body, "id") + " not found");
            return succeed();
        }
        fail(event.empty() ? "eventname is required" : "Unknown eventname " + event);
    }
};

std::string eventStatsKey(const httplib::Request& request) {
    const Json body = Json::parse(request.body, nullptr, false);
    const std::string event = text(body, "eventname");
    return event.empty() ? std::string("(none)") : event;
}

void manageWebhooks(SandboxContext& context, const httplib::Request& request, httplib::Response& response,
                    const std::set<std::string>& acceptedCalls) {
    auto parsed = parseJsonBody(request);
    KixieCall call{context, request, response, parsed.value_or(Json::object())};
    if (!parsed)
        return call.fail("Invalid JSON body");
    std::lock_guard lock(context.world.mutex);
    if (!call.admit())
        return;
    KixieWorld& kixie = context.world.kixie;
    const std::string verb = text(call.body, "call");
    if (!acceptedCalls.contains(verb))
        return call.fail("function does not exist");
    if (verb == "getWebhooks") {
        Json hooks = Json::array();
        for (const KixieWebhook& hook : kixie.webhooks) {
            Json entry{{"webhookid", hook.id}};
            entry.update(hook.registration);
            hooks.push_back(entry);
        }
        return call.succeed({{"webhooks", hooks}});
    }
    if (verb == "removeWebhook") {
        const std::string id = text(call.body, "webhookid");
        const auto removed =
            std::erase_if(kixie.webhooks, [&](const KixieWebhook& h) { return std::to_string(h.id) == id; });
        return removed ? call.succeed() : call.fail("Webhook " + id + " not found");
    }
    const std::string eventName = text(call.body, "eventname");
    if (!webhookEvents.contains(eventName))
        return call.fail(
            "eventname must be one of endcall, startcall, answeredcall, SMS, disposition, voicemail, "
            "scheduledactivity, cisummary");
    if (!text(call.body, "location").starts_with("http"))
        return call.fail("location must be a URL");
    Json registration{
        {"eventname", eventName},
        {"location", text(call.body, "location")},
        {"name", text(call.body, "name")},
        {"direction", text(call.body, "direction").empty() ? "all" : text(call.body, "direction")},
        {"callresult", text(call.body, "callresult").empty() ? "all" : text(call.body, "callresult")},
        {"disposition", text(call.body, "disposition").empty() ? "all" : text(call.body, "disposition")},
        {"runtime", "realtime"},
        {"headers", call.body.contains("headers") ? call.body["headers"] : Json(false)}};
    if (verb == "putWebhook") {
        const std::string id = text(call.body, "webhookid");
        for (KixieWebhook& hook : kixie.webhooks) {
            if (std::to_string(hook.id) == id) {
                hook.registration = registration;
                return call.succeed({{"webhookid", hook.id}});
            }
        }
        return call.fail("Webhook " + id + " not found");
    }
    const long long id = kixie.nextWebhookId++;
    kixie.webhooks.push_back({id, registration});
    call.succeed({{"webhookid", id}});
}

std::vector<std::pair<std::string, std::string>> staticHeaders(const Json& headers) {
    // Registered as false or as a JSON-encoded string of [{name, value}].
    std::vector<std::pair<std::string, std::string>> out;
    if (!headers.is_string())
        return out;
    const Json list = Json::parse(headers.get<std::string>(), nullptr, false);
    if (!list.is_array())
        return out;
    for (const Json& entry : list)
        if (entry.is_object() && entry.contains("name") && entry.contains("value"))
            out.emplace_back(text(entry, "name"), text(entry, "value"));
    return out;
}

bool filterAccepts(const Json& registration, const std::string& key, const std::string& value) {
    const std::string wanted = registration.value(key, "all");
    return wanted == "all" || wanted.empty() || wanted == value;
}

} // namespace

void deliverToWebhooks(SandboxContext& context, const std::vector<WebhookEvent>& events) {
    std::vector<WebhookDelivery> deliveries;
    for (const WebhookEvent& event : events) {
        for (const KixieWebhook& hook : context.world.kixie.webhooks) {
            const Json& registration = hook.registration;
            if (lowerCase(registration.value("eventname", "")) != event.name ||
                !filterAccepts(registration, "direction", event.direction) ||
                !filterAccepts(registration, "callresult", event.callResult))
                continue;
            Json payload = event.payload;
            Json& data = payload["data"];
            const std::string location = registration.value("location", "");
            data["webhookurl"] = location;
            if (data.contains("callDetails"))
                data["callDetails"]["webhookurl"] = location;
            std::string externalId = data.value("externalid", "");
            if (externalId.empty() && data.contains("callDetails"))
                externalId = data["callDetails"].value("externalid", "");
            deliveries.push_back({hook.id, event.name, location, staticHeaders(registration["headers"]),
                                  payload.dump(), externalId});
        }
    }
    if (!deliveries.empty())
        context.webhooks.enqueue(std::move(deliveries));
}

void registerKixieRoutes(httplib::Server& server, SandboxContext& context, ApiMiddleware& middleware) {
    server.Post("/app/event",
                middleware.wrap(Service::Kixie, eventStatsKey,
                                [&context](const httplib::Request& req, httplib::Response& res) {
                                    auto parsed = parseJsonBody(req);
                                    KixieCall call{context, req, res, parsed.value_or(Json::object())};
                                    if (!parsed || !parsed->is_object())
                                        return call.fail("Invalid JSON body");
                                    std::lock_guard lock(context.world.mutex);
                                    if (call.admit())
                                        call.dispatch();
                                }));

    // Both spellings: integrators report that one or the other works.
    for (const char* path : {"/app/v1/api/postwebhook", "/app/v1/api/postWebhook"})
        server.Post(path, middleware.wrap(
                              Service::Kixie, [](const auto&) { return std::string("postWebhook"); },
                              [&context](const httplib::Request& req, httplib::Response& res) {
                                  manageWebhooks(context, req, res, {"postWebhook", "putWebhook"});
                              }));
    server.Post("/app/v1/api/getWebhooks",
                middleware.wrap(
                    Service::Kixie, [](const auto&) { return std::string("getWebhooks"); },
                    [&context](const httplib::Request& req, httplib::Response& res) {
                        manageWebhooks(context, req, res, {"getWebhooks"});
                    }));
    server.Post("/app/v1/api/deleteWebhooks",
                middleware.wrap(
                    Service::Kixie, [](const auto&) { return std::string("removeWebhook"); },
                    [&context](const httplib::Request& req, httplib::Response& res) {
                        manageWebhooks(context, req, res, {"removeWebhook"});
                    }));

    server.Get("/www/agent/status",
               middleware.wrap(
                   Service::Kixie, [](const auto&) { return std::string("agentStatus"); },
                   [&context](const httplib::Request& req, httplib::Response& res) {
                       std::lock_guard lock(context.world.mutex);
                       KixieWorld& kixie = context.world.kixie;
                       // camel-case apiKey and no businessid on this endpoint.
                       if (req.get_param_value("apiKey") != kixie.apiKey)
                           return sendJson(res, context.options.kixie.businessErrorStatus,
                                           Json{{"success", false}, {"error", "Invalid API key"}});
                       const KixieAgent* agent = kixie.agent(req.get_param_value("email"));
                       Json result{{"onCall", agent && agent->onCall ? 1 : 0},
                                   {"registered", agent && agent->registered ? 1 : 0},
                                   {"device", agent ? agent->device : std::string{}}};
                       sendJson(res, 200, Json{{"success", agent && agent->registered}, {"result", result}});
                   }));
}

} // namespace fieldlink::sandbox
