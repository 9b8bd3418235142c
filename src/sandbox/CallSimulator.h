#pragma once

#include "sandbox/Json.h"
#include "sandbox/KixieWorld.h"

#include <string>
#include <vector>

namespace fieldlink::sandbox {

struct SimulatedCall {
    std::string phone;      ///< the customer's number, any format
    std::string agentEmail; ///< empty: the first agent
    std::string direction = "outgoing";
    std::string outcome = "answered"; ///< answered | missed | voicemail
    std::string disposition;          ///< empty: picked from the account's dispositions
    int durationSeconds = 95;
    std::string note;
    bool scheduleActivity = false;
    std::string activitySubject = "Follow-up call";
    int activityInDays = 2;

    /// Reads the /__sandbox/kixie/calls body; returns an error message or empty.
    std::string readJson(const Json& body);
};

struct WebhookEvent {
    std::string name; ///< startcall, answeredcall, voicemail, endcall, disposition, scheduledactivity
    Json payload;     ///< the delivered body, `{"data": {...}}`; webhookurl is filled per delivery
    std::string direction;
    std::string callResult;
};

/// Builds the events one call produces, in Kixie's order and with its payload fields (docs/api.md, "Kixie:
/// webhook deliveries"): a shared UUID `externalid`, a numeric `callid` on disposition and
/// scheduledactivity, `...164` numbers, the agent in fname/lname/email, and empty strings for blanks. The
/// call is recorded in the world.
std::vector<WebhookEvent> simulateCall(KixieWorld& world, const SimulatedCall& call, std::int64_t nowMs,
                                       std::string* error);

const std::vector<std::string>& sandboxDispositions();

} // namespace fieldlink::sandbox
