#include "sandbox/CallSimulator.h"

#include "sandbox/TextRules.h"
#include "sandbox/Timestamps.h"

#include <cstdio>

namespace fieldlink::sandbox {
namespace {

std::string e164(const std::string& phone) {
    const std::string key = kixieRowKey(phone);
    return key.empty() ? std::string{} : "+" + key;
}

// "13 Mar, 2024" / "2024-03-13" / "4:44 pm" / "16:44": the split forms of scheduledactivity.
Json activityDate(std::int64_t whenMs) {
    static const char* const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const std::string iso = isoUtc(whenMs);
    const int year = std::stoi(iso.substr(0, 4));
    const int month = std::stoi(iso.substr(5, 2));
    const int day = std::stoi(iso.substr(8, 2));
    const int hour = std::stoi(iso.substr(11, 2));
    const int minute = std::stoi(iso.substr(14, 2));
    char date[32], time[16], time24[8];
    std::snprintf(date, sizeof date, "%d %s, %d", day, months[month - 1], year);
    std::snprintf(time, sizeof time, "%d:%02d %s", hour % 12 == 0 ? 12 : hour % 12, minute,
                  hour < 12 ? "am" : "pm");
    std::snprintf(time24, sizeof time24, "%02d:%02d", hour, minute);
    return Json{{"date", date}, {"dateformat", iso.substr(0, 10)}, {"time", time}, {"timeformat", time24}};
}

} // namespace

const std::vector<std::string>& sandboxDispositions() {
    static const std::vector<std::string> dispositions = {
        "Connected Call", "Call Back",       "Left Voicemail", "No Answer",
        "Not Interested", "Appointment Set", "Wrong Number"};
    return dispositions;
}

std::string SimulatedCall::readJson(const Json& body) {
    if (!body.is_object())
        return "body must be a JSON object";
    phone = body.value("phone", "");
    if (phone.empty())
        return "phone is required";
    agentEmail = body.value("agent", "");
    direction = body.value("direction", "outgoing");
    outcome = body.value("outcome", "answered");
    disposition = body.value("disposition", "");
    durationSeconds = body.value("durationSeconds", outcome == "answered" ? 95 : 0);
    note = body.value("note", "");
    scheduleActivity = body.value("scheduleActivity", false);
    activitySubject = body.value("activitySubject", activitySubject);
    activityInDays = body.value("activityInDays", activityInDays);
    if (direction != "outgoing" && direction != "incoming")
        return "direction must be outgoing or incoming";
    if (outcome != "answered" && outcome != "missed" && outcome != "voicemail")
        return "outcome must be answered, missed or voicemail";
    return {};
}

std::vector<WebhookEvent> simulateCall(KixieWorld& world, const SimulatedCall& call, std::int64_t nowMs,
                                       std::string* error) {
    const KixieAgent* agent = call.agentEmail.empty()
                                  ? (world.agents.empty() ? nullptr : &world.agents.front())
                                  : world.agent(call.agentEmail);
    if (!agent) {
        *error = "unknown agent " + call.agentEmail;
        return {};
    }
    const std::string customer = e164(call.phone);
    if (customer.size() < 8) {
        *error = "phone is not a valid number";
        return {};
    }
    std::string powerlistId;
    const Json* row = world.findRow(call.phone, &powerlistId);
    const std::string contactId = row && (*row).value("crmContactId", Json()).is_string()
                                      ? (*row)["crmContactId"].get<std::string>()
                                      : std::string{};
    const std::string externalId = world.random.uuid();
    const std::string numericCallId = std::to_string(300000000 + world.random.below(100000000));
    const bool outgoing = call.direction == "outgoing";
    const bool answered = call.outcome == "answered";
    const std::string disposition = !call.disposition.empty()     ? call.disposition
                                    : answered                    ? world.random.pick(sandboxDispositions())
                                    : call.outcome == "voicemail" ? std::string("Left Voicemail")
                                                                  : std::string("No Answer");
    const int duration = answered || call.outcome == "voicemail" ? call.durationSeconds : 0;
    const std::string from = outgoing ? world.businessNumber : customer;
    const std::string to = outgoing ? customer : world.businessNumber;

    Json details{
        {"callid", externalId},
        {"businessid", std::stoll(world.businessId)},
        {"calldate", isoUtc(nowMs)},
        {"fromnumber", kixieRowKey(from)},
        {"tonumber", kixieRowKey(to)},
        {"duration", duration},
        {"amount", duration * 0.0002},
        {"externalid", externalId},
        {"calltype", call.direction},
        {"callstatus", answered ? "answered" : "missed"},
        {"recordingurl", answered ? "https://calls.kixie.com/" + externalId + ".mp3" : ""},
        {"recordingsid", answered ? "RE" + world.random.alphanumeric(32) : ""},
        {"tonumber164", to},
        {"fromnumber164", from},
        {"disposition", "not disposed"},
        // The agent, not the contact: a classic integration mistake is to read these as the customer.
        {"fname", agent->firstName},
        {"lname", agent->lastName},
        {"calleridName", agent->firstName + " " + agent->lastName},
        {"email", agent->email},
        {"destinationName", powerlistId.empty() ? "Direct Dial" : "PowerList"},
        {"cadenceactionprocessid", ""},
        {"powerlistid", powerlistId},
        {"HScalltype", ""},
        {"powerlistsessionid",
         powerlistId.empty() ? "" : std::to_string(world.random.below(900000) + 100000)},
        {"extensionDial", 0},
        {"toExt", ""},
        {"fromExt", ""},
        {"answerDate", answered ? isoUtc(nowMs + 4000) : ""},
        {"callEndDate", isoUtc(nowMs + 4000 + duration * 1000LL)},
        {"transcriptionXd", ""},
        {"transcriptionStatus", ""},
        {"transcriptionS3Key", ""},
        {"externalcrmid", contactId},
        {"crmlink", ""},
        {"contactid", contactId},
        {"dealid", ""},
        {"webhookurl", ""},
        {"outcome", answered                      ? "answered"
                    : call.outcome == "voicemail" ? "voicemail"
                                                  : "missed"},
        {"userid", agent->userId}};

    auto envelope = [&](const std::string& hookevent, Json callDetails) {
        return Json{{"data",
                     {{"callDetails", std::move(callDetails)},
                      {"crm", ""},
                      {"dataUrl", ""},
                      {"hookevent", hookevent},
                      {"businessid", world.businessId},
                      {"webhookurl", ""},
                      {"webhookHeaders", ""},
                      {"number", customer},
                      {"customernumber", customer},
                      {"businessnumber", world.businessNumber}}}};
    };

    std::vector<WebhookEvent> events;
    const std::string result = answered ? "answered" : "missed";
    events.push_back({"startcall", envelope("startcall", details), call.direction, result});
    if (answered)
        events.push_back({"answeredcall", envelope("answeredcall", details), call.direction, result});
    else if (call.outcome == "voicemail")
        events.push_back({"voicemail", envelope("voicemail", details), call.direction, result});
    events.push_back({"endcall", envelope("endcall", details), call.direction, result});

    Json dispositionData{{"disposition", disposition},
                         {"purpose", ""},
                         {"dispositionExternalid", ""},
                         {"purposeExternalid", ""},
                         {"subject", disposition + ": " + (outgoing ? "Outbound call" : "Inbound call")},
                         {"note", call.note},
                         {"callType", call.direction},
                         {"userid", std::to_string(agent->userId)},
                         {"phone", customer},
                         {"timezone", "America/New_York"},
                         {"powerlistId", powerlistId},
                         {"callid", numericCallId},
                         {"externalid", externalId},
                         {"contactid", contactId},
                         {"hookevent", "disposition"},
                         {"businessid", world.businessId},
                         {"callDetails", details}};
    dispositionData["callDetails"]["disposition"] = disposition;
    if (row) {
        Json rowDetails = *row;
        rowDetails["powerlistId"] = powerlistId;
        rowDetails["phoneNumber"] = (*row).value("target", "");
        rowDetails["ssData"] =
            (*row).value("extraData", Json::object()).dump(); // a JSON string, as Kixie sends it
        dispositionData["powerlistContactDetails"] = {{"result", rowDetails}};
    }
    events.push_back({"disposition", Json{{"data", dispositionData}}, call.direction, result});

    if (call.scheduleActivity) {
        const std::int64_t when = nowMs + call.activityInDays * 86400000LL;
        Json activity{{"subject", call.activitySubject},
                      {"description", call.note},
                      {"type", "Call"},
                      {"typename", "Call"},
                      {"duration", 15},
                      {"timezone", "America/New_York"},
                      {"contactid", contactId},
                      {"callid", numericCallId},
                      {"externalid", externalId},
                      {"phone", customer},
                      {"email", agent->email},
                      {"hookevent", "scheduledactivity"},
                      {"businessid", world.businessId}};
        activity.update(activityDate(when));
        events.push_back({"scheduledactivity", Json{{"data", activity}}, call.direction, result});
    }

    world.calls.push_back({{"externalid", externalId},
                           {"callid", numericCallId},
                           {"phone", customer},
                           {"agent", agent->email},
                           {"direction", call.direction},
                           {"outcome", call.outcome},
                           {"disposition", disposition},
                           {"contactid", contactId},
                           {"calldate", isoUtc(nowMs)}});
    return events;
}

} // namespace fieldlink::sandbox
