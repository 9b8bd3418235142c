#include "sandbox/KixieWorld.h"

#include "sandbox/TextRules.h"

namespace fieldlink::sandbox {
namespace {

// The updatepowerlist fields that make up a row.
const char* const rowFields[] = {"firstName", "lastName",          "title",     "companyName",
                                 "email",     "nextCallRefresher", "crmUserId", "crmContactId"};

std::string asText(const Json& value) {
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_number_integer())
        return std::to_string(value.get<long long>());
    return value.dump();
}

} // namespace

KixieAgent* KixieWorld::agent(const std::string& email) {
    for (KixieAgent& candidate : agents) {
        if (lowerCase(candidate.email) == lowerCase(email))
            return &candidate;
    }
    return nullptr;
}

bool KixieWorld::consumeQuota(std::int64_t nowMs, int dailyLimit) {
    // Kixie resets the quota at 00:00 UTC.
    const std::int64_t today = nowMs / 86400000;
    if (quotaDay != today) {
        quotaDay = today;
        usedToday = 0;
    }
    if (usedToday >= dailyLimit)
        return false;
    ++usedToday;
    return true;
}

std::string KixieWorld::updatePowerList(const Json& body, const std::string& defaultMode) {
    const std::string listId = body.contains("powerlistId") ? asText(body["powerlistId"]) : std::string{};
    if (listId.empty())
        return "powerlistId is required";
    auto list = powerlists.find(listId);
    if (list == powerlists.end())
        return "PowerList " + listId + " not found";
    const std::string target = body.contains("target") ? asText(body["target"]) : std::string{};
    const std::string key = kixieRowKey(target);
    if (key.size() < 7 || key.size() > 15)
        return "target is not a valid phone number";
    const std::string mode = body.value("duplicateHandling", defaultMode);
    if (mode != "overwrite" && mode != "merge" && mode != "ignore")
        return "duplicateHandling must be overwrite, merge or ignore";
    if (body.contains("extraData") && !body["extraData"].is_object())
        return "extraData must be an object";

    auto existing = list->second.rows.find(key);
    if (existing != list->second.rows.end() && mode == "ignore")
        return {};
    Json row = existing == list->second.rows.end() ? Json{{"attemptCount", 0}, {"lastDialOutcome", ""}}
                                                   : existing->second;
    row["target"] = target;
    const bool overwrite = mode == "overwrite" || existing == list->second.rows.end();
    for (const char* field : rowFields) {
        if (body.contains(field))
            row[field] = body[field].is_null() ? Json(nullptr) : Json(asText(body[field]));
        else if (overwrite)
            row[field] = nullptr; // overwrite replaces the whole row: omitted fields become empty
    }
    Json extra = overwrite ? Json::object() : row.value("extraData", Json::object());
    if (body.contains("extraData")) {
        for (const auto& [column, value] : body["extraData"].items())
            extra[column] = value.is_null() ? Json(nullptr) : Json(asText(value));
    }
    row["extraData"] = extra;
    list->second.rows[key] = row;
    return {};
}

int KixieWorld::removeFromPowerLists(const std::vector<std::string>& targets,
                                     const std::string& powerlistId) {
    int removed = 0;
    for (auto& [id, list] : powerlists) {
        if (!powerlistId.empty() && id != powerlistId)
            continue;
        for (const std::string& target : targets)
            removed += static_cast<int>(list.rows.erase(kixieRowKey(target)));
    }
    return removed;
}

const Json* KixieWorld::findRow(const std::string& phone, std::string* powerlistId) const {
    const std::string key = kixieRowKey(phone);
    for (const auto& [id, list] : powerlists) {
        auto row = list.rows.find(key);
        if (row != list.rows.end()) {
            if (powerlistId)
                *powerlistId = id;
            return &row->second;
        }
    }
    return nullptr;
}

Json KixieWorld::stateJson() const {
    Json lists = Json::array();
    for (const auto& [id, list] : powerlists) {
        Json rows = Json::array();
        for (const auto& [key, row] : list.rows)
            rows.push_back(row);
        lists.push_back({{"id", id}, {"name", list.name}, {"rows", rows}});
    }
    Json cadenceList = Json::array();
    for (const auto& [id, cadence] : cadences)
        cadenceList.push_back({{"id", id}, {"name", cadence.name}, {"enrolled", cadence.enrolled}});
    Json hooks = Json::array();
    for (const KixieWebhook& hook : webhooks) {
        Json entry = hook.registration;
        entry["webhookid"] = hook.id;
        hooks.push_back(entry);
    }
    return Json{{"powerlists", lists},  {"cadences", cadenceList}, {"webhooks", hooks},
                {"messages", messages}, {"calls", calls},          {"usedToday", usedToday}};
}

Json KixieWorld::toJson() const {
    Json state = stateJson();
    Json agentList = Json::array();
    for (const KixieAgent& a : agents)
        agentList.push_back({{"email", a.email},
                             {"fname", a.firstName},
                             {"lname", a.lastName},
                             {"userid", a.userId},
                             {"device", a.device},
                             {"registered", a.registered}});
    state["businessId"] = businessId;
    state["apiKey"] = apiKey;
    state["apiEnabled"] = apiEnabled;
    state["businessNumber"] = businessNumber;
    state["agents"] = agentList;
    state["teamSmsIds"] = teamSmsIds;
    state["queueIds"] = queueIds;
    state["nextWebhookId"] = nextWebhookId;
    return state;
}

void KixieWorld::loadJson(const Json& json) {
    businessId = json.at("businessId").get<std::string>();
    apiKey = json.at("apiKey").get<std::string>();
    apiEnabled = json.value("apiEnabled", true);
    businessNumber = json.value("businessNumber", "");
    agents.clear();
    for (const Json& a : json.at("agents"))
        agents.push_back({a.at("email"), a.value("fname", ""), a.value("lname", ""), a.value("userid", 0LL),
                          a.value("device", ""), a.value("registered", true), false});
    powerlists.clear();
    for (const Json& list : json.at("powerlists")) {
        KixiePowerList& target = powerlists[list.at("id").get<std::string>()];
        target.id = list.at("id");
        target.name = list.at("name");
        for (const Json& row : list.at("rows"))
            target.rows[kixieRowKey(row.value("target", ""))] = row;
    }
    cadences.clear();
    for (const Json& cadence : json.at("cadences"))
        cadences[cadence.at("id").get<std::string>()] = KixieCadence{
            cadence.at("id"), cadence.at("name"), cadence.at("enrolled").get<std::set<std::string>>()};
    webhooks.clear();
    for (Json hook : json.at("webhooks")) {
        const long long id = hook.at("webhookid").get<long long>();
        hook.erase("webhookid");
        webhooks.push_back({id, hook});
    }
    teamSmsIds = json.value("teamSmsIds", std::vector<long long>{});
    queueIds = json.value("queueIds", std::vector<std::string>{});
    nextWebhookId = json.value("nextWebhookId", 1001LL);
    messages = json.value("messages", std::vector<Json>{});
    calls = json.value("calls", std::vector<Json>{});
    usedToday = 0;
    quotaDay = -1;
}

} // namespace fieldlink::sandbox
