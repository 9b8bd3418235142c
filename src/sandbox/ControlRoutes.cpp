#include "sandbox/ControlRoutes.h"

#include "sandbox/CallSimulator.h"
#include "sandbox/HttpJson.h"
#include "sandbox/KixieRoutes.h"
#include "sandbox/Timestamps.h"

namespace fieldlink::sandbox {
namespace {

void badRequest(httplib::Response& response, const std::string& error) {
    sendJson(response, 400, Json{{"error", error}});
}

Json stateJson(SandboxContext& context) {
    std::lock_guard lock(context.world.mutex);
    Json contacts = Json::array();
    for (const auto& [added, id] : context.world.ghl.addedOrder()) {
        const GhlContactRecord& record = *context.world.ghl.find(id);
        Json contact = record.contact;
        contact["notes"] = record.notes;
        contact["tasks"] = record.tasks;
        contact["appointments"] = record.appointments;
        // Readable beside the API's {id, value} pairs: each custom field value under its fieldKey.
        Json byKey = Json::object();
        for (const Json& entry : record.contact.value("customFields", Json::array()))
            if (const auto* field = context.world.ghl.customField(entry.value("id", "")))
                byKey[field->fieldKey] = entry.value("value", Json());
        contact["customFieldsByKey"] = std::move(byKey);
        if (!contact.contains("dndSettings"))
            contact["dndSettings"] = Json::object();
        contacts.push_back(std::move(contact));
    }
    return Json{{"ghl", {{"contacts", contacts}}}, {"kixie", context.world.kixie.stateJson()}};
}

void applyGhlSettings(SandboxContext& context, const Json& body, httplib::Response& response) {
    if (body.contains("allowDuplicateContacts")) {
        if (!body["allowDuplicateContacts"].is_boolean())
            return badRequest(response, "allowDuplicateContacts must be a boolean");
        std::lock_guard lock(context.world.mutex);
        context.world.ghl.location.allowDuplicateContacts = body["allowDuplicateContacts"].get<bool>();
    }
    GhlRateLimitSettings limits = context.ghlLimiter.settings();
    for (const auto& [key, target] : {std::pair<const char*, int*>{"burstLimit", &limits.burstLimit},
                                      {"windowMs", &limits.windowMs},
                                      {"dailyLimit", &limits.dailyLimit}}) {
        if (!body.contains(key))
            continue;
        if (!body[key].is_number_integer() || body[key].get<int>() < 1)
            return badRequest(response, std::string(key) + " must be a positive integer");
        *target = body[key].get<int>();
    }
    context.ghlLimiter.setSettings(limits);
    sendJson(response, 200,
             Json{{"burstLimit", limits.burstLimit},
                  {"windowMs", limits.windowMs},
                  {"dailyLimit", limits.dailyLimit}});
}

} // namespace

/// The account's named lists, cadences and agents (no secrets). The caller holds the world mutex.
Json directoryJson(const KixieWorld& kixie) {
    Json powerlists = Json::array();
    for (const auto& [id, list] : kixie.powerlists)
        powerlists.push_back({{"id", id}, {"name", list.name}});
    Json cadences = Json::array();
    for (const auto& [id, cadence] : kixie.cadences)
        cadences.push_back({{"id", id}, {"name", cadence.name}});
    Json agents = Json::array();
    for (const KixieAgent& agent : kixie.agents)
        agents.push_back({{"id", std::to_string(agent.userId)},
                          {"name", agent.firstName + " " + agent.lastName},
                          {"email", agent.email}});
    return Json{{"businessId", kixie.businessId},
                {"powerlists", powerlists},
                {"cadences", cadences},
                {"agents", agents}};
}

Json credentialsJson(SandboxContext& context) {
    std::lock_guard lock(context.world.mutex);
    const SandboxWorld& world = context.world;
    const Json directory = directoryJson(world.kixie);
    Json agents = Json::array();
    for (const KixieAgent& agent : world.kixie.agents)
        agents.push_back({{"email", agent.email}});
    return Json{{"ghl",
                 {{"baseUrl", context.baseUrl()},
                  {"locationId", world.ghl.location.id},
                  {"token", world.credentials.ghlToken},
                  {"readonlyToken", world.credentials.ghlReadonlyToken},
                  {"oauthClientId", world.credentials.ghlOAuthClientId},
                  {"oauthClientSecret", world.credentials.ghlOAuthClientSecret}}},
                {"kixie",
                 {{"baseUrl", context.baseUrl()},
                  {"apiKey", world.kixie.apiKey},
                  {"businessId", world.kixie.businessId},
                  {"powerlists", directory["powerlists"]},
                  {"cadences", directory["cadences"]},
                  {"agents", agents}}}};
}

void registerControlRoutes(httplib::Server& server, SandboxContext& context) {
    server.Get("/__sandbox/credentials", [&context](const httplib::Request&, httplib::Response& res) {
        sendJson(res, 200, credentialsJson(context));
    });
    server.Get("/__sandbox/state", [&context](const httplib::Request&, httplib::Response& res) {
        sendJson(res, 200, stateJson(context));
    });
    server.Get("/__sandbox/stats", [&context](const httplib::Request&, httplib::Response& res) {
        sendJson(res, 200, context.stats.toJson(context.ghlLimiter.peakWindowRequests()));
    });
    server.Get("/__sandbox/faults", [&context](const httplib::Request&, httplib::Response& res) {
        sendJson(res, 200, context.faults.rates().toJson());
    });
    server.Post("/__sandbox/faults", [&context](const httplib::Request& req, httplib::Response& res) {
        const auto body = parseJsonBody(req);
        std::string error = "body must be JSON";
        const auto rates = body ? parseFaultJson(*body, &error) : std::nullopt;
        if (!rates)
            return badRequest(res, error);
        context.faults.setRates(*rates);
        sendJson(res, 200, rates->toJson());
    });
    server.Post("/__sandbox/reset", [&context](const httplib::Request& req, httplib::Response& res) {
        const auto body = parseJsonBody(req);
        if (!body || !body->is_object())
            return badRequest(res, "body must be a JSON object");
        const std::uint64_t seed = body->value("seed", context.options.seed);
        const int contacts = body->value("contacts", context.options.contacts);
        if (contacts < 0 || contacts > 1000000)
            return badRequest(res, "contacts must be between 0 and 1000000");
        {
            std::lock_guard lock(context.world.mutex);
            context.world.seed(seed, contacts);
        }
        context.stats.reset();
        context.ghlLimiter.reset();
        context.ghlLimiter.setSettings(context.options.ghlLimits);
        context.faults.setRates(context.options.faults);
        context.webhooks.clearLog();
        sendJson(res, 200, Json{{"seed", seed}, {"contacts", contacts}});
    });
    server.Post("/__sandbox/ghl/expire-tokens",
                [&context](const httplib::Request& req, httplib::Response& res) {
                    const auto body = parseJsonBody(req);
                    if (!body || !body->is_object())
                        return badRequest(res, "body must be a JSON object");
                    std::lock_guard lock(context.world.mutex);
                    const int expired = context.world.access.expire(body->value("token", ""), nowMs());
                    sendJson(res, 200, Json{{"expired", expired}});
                });
    server.Post("/__sandbox/ghl/settings", [&context](const httplib::Request& req, httplib::Response& res) {
        const auto body = parseJsonBody(req);
        if (!body || !body->is_object())
            return badRequest(res, "body must be a JSON object");
        applyGhlSettings(context, *body, res);
    });
    server.Post("/__sandbox/kixie/account", [&context](const httplib::Request& req, httplib::Response& res) {
        const auto body = parseJsonBody(req);
        if (!body || !body->is_object() || !body->contains("apiEnabled") ||
            !(*body)["apiEnabled"].is_boolean())
            return badRequest(res, "expected {\"apiEnabled\": true|false}");
        std::lock_guard lock(context.world.mutex);
        context.world.kixie.apiEnabled = (*body)["apiEnabled"].get<bool>();
        sendJson(res, 200, Json{{"apiEnabled", context.world.kixie.apiEnabled}});
    });
    server.Post("/__sandbox/kixie/calls", [&context](const httplib::Request& req, httplib::Response& res) {
        const auto body = parseJsonBody(req);
        SimulatedCall call;
        std::string error = body ? call.readJson(*body) : "body must be JSON";
        if (!error.empty())
            return badRequest(res, error);
        std::lock_guard lock(context.world.mutex);
        const auto events = simulateCall(context.world.kixie, call, nowMs(), &error);
        if (!error.empty())
            return badRequest(res, error);
        deliverToWebhooks(context, events);
        Json names = Json::array();
        for (const WebhookEvent& event : events)
            names.push_back(event.name);
        const Json& last = context.world.kixie.calls.back();
        sendJson(res, 201,
                 Json{{"externalid", last["externalid"]},
                      {"callid", last["callid"]},
                      {"contactid", last["contactid"]},
                      {"events", names}});
    });
    server.Get("/__sandbox/kixie/deliveries", [&context](const httplib::Request&, httplib::Response& res) {
        sendJson(res, 200, context.webhooks.log());
    });
    // Real Kixie has no API that lists these; the app reads them here so a Sandbox connection's routes can
    // be picked by name.
    server.Get("/__sandbox/kixie/directory", [&context](const httplib::Request&, httplib::Response& res) {
        std::lock_guard lock(context.world.mutex);
        sendJson(res, 200, directoryJson(context.world.kixie));
    });
}

} // namespace fieldlink::sandbox
