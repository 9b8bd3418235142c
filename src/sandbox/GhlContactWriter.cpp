#include "sandbox/GhlContactWriter.h"

#include "sandbox/GhlPhoneRule.h"
#include "sandbox/TextRules.h"
#include "sandbox/Timestamps.h"

#include <algorithm>
#include <set>

namespace fieldlink::sandbox {
namespace {

const std::set<std::string> stringFields = {"firstName",  "lastName",   "name",   "email",   "gender",
                                            "phone",      "address1",   "city",   "state",   "postalCode",
                                            "website",    "timezone",   "source", "country", "companyName",
                                            "assignedTo", "dateOfBirth"};
const std::set<std::string> dndChannels = {"Call", "Email", "SMS", "WhatsApp", "GMB", "FB"};
const std::set<std::string> dndStatuses = {"active", "inactive", "permanent"};

std::set<std::string> allowedProperties(ContactWrite kind) {
    std::set<std::string> allowed = stringFields;
    allowed.insert({"dnd", "dndSettings", "inboundDndSettings", "tags", "customFields"});
    switch (kind) {
    case ContactWrite::Create:
        allowed.insert("locationId");
        break;
    case ContactWrite::Upsert:
        allowed.insert({"locationId", "createNewIfDuplicateAllowed"});
        break;
    case ContactWrite::Update:
        // UpdateContactDto has neither locationId nor gender. companyName is missing from the DTO too, but
        // whether the live API rejects it is unconfirmed; the sandbox accepts it (docs/sandbox.md).
        allowed.erase("gender");
        break;
    }
    return allowed;
}

bool looksLikeEmail(const std::string& email) {
    const auto at = email.find('@');
    return at != std::string::npos && at > 0 && email.find('.', at) != std::string::npos &&
           email.find(' ') == std::string::npos && email.back() != '.';
}

const Json* customFieldValue(const Json& item) {
    for (const char* key : {"field_value", "fieldValue", "value"}) {
        if (item.contains(key))
            return &item.at(key);
    }
    return nullptr;
}

} // namespace

Json unprocessable(const std::string& message) {
    return Json::array({message});
}

std::optional<ApiError> GhlContactWriter::validate(const Json& body, ContactWrite kind,
                                                   const Json& existing) const {
    if (!body.is_object())
        return ApiError{422, unprocessable("body must be a JSON object"), "Unprocessable Entity", {}};
    const std::set<std::string> allowed = allowedProperties(kind);
    Json messages = Json::array();
    for (const auto& [key, value] : body.items()) {
        if (!allowed.contains(key)) {
            messages.push_back("property " + key + " should not exist");
            continue;
        }
        if (stringFields.contains(key) && !value.is_string())
            messages.push_back(key + " must be a string");
    }
    if (kind != ContactWrite::Update && !body.contains("locationId"))
        messages.push_back("locationId should not be empty");
    if (body.contains("dnd") && !body["dnd"].is_boolean())
        messages.push_back("dnd must be a boolean value");
    if (body.contains("createNewIfDuplicateAllowed") && !body["createNewIfDuplicateAllowed"].is_boolean())
        messages.push_back("createNewIfDuplicateAllowed must be a boolean value");
    if (body.contains("tags")) {
        const Json& tags = body["tags"];
        if (!tags.is_array() ||
            !std::all_of(tags.begin(), tags.end(), [](const Json& t) { return t.is_string(); }))
            messages.push_back("each value in tags must be a string");
    }
    if (body.contains("email") && body["email"].is_string() && !body["email"].get<std::string>().empty() &&
        !looksLikeEmail(body["email"].get<std::string>()))
        messages.push_back("email must be an email");
    if (body.contains("phone") && body["phone"].is_string()) {
        const std::string phone = body["phone"].get<std::string>();
        if (!phone.empty() && normalisedPhone(body, existing).empty())
            messages.push_back("phone must be a valid phone number");
    }
    if (body.contains("dateOfBirth") && body["dateOfBirth"].is_string() &&
        !body["dateOfBirth"].get<std::string>().empty() &&
        !parseLooseDate(body["dateOfBirth"].get<std::string>()))
        messages.push_back("dateOfBirth must be a valid date");
    if (body.contains("dndSettings")) {
        const Json& settings = body["dndSettings"];
        if (!settings.is_object()) {
            messages.push_back("dndSettings must be an object");
        } else {
            for (const auto& [channel, entry] : settings.items()) {
                if (!dndChannels.contains(channel))
                    messages.push_back("property dndSettings." + channel + " should not exist");
                else if (!entry.is_object() || !entry.contains("status") || !entry["status"].is_string() ||
                         !dndStatuses.contains(entry["status"].get<std::string>()))
                    messages.push_back(
                        "dndSettings." + channel +
                        ".status must be one of the following values: active, inactive, permanent");
                else
                    for (const char* text : {"message", "code"})
                        if (entry.contains(text) && !entry[text].is_string())
                            messages.push_back("dndSettings." + channel + "." + text + " must be a string");
            }
        }
    }
    if (!messages.empty())
        return ApiError{422, messages, "Unprocessable Entity", {}};
    if (body.contains("customFields"))
        return validateCustomFields(body["customFields"]);
    return std::nullopt;
}

std::optional<ApiError> GhlContactWriter::validateCustomFields(const Json& value) const {
    if (!value.is_array())
        return ApiError{422, unprocessable("customFields must be an array"), "Unprocessable Entity", {}};
    for (std::size_t i = 0; i < value.size(); ++i) {
        const Json& item = value[i];
        const std::string where = "customFields." + std::to_string(i);
        if (!item.is_object())
            return ApiError{422, unprocessable(where + " must be an object"), "Unprocessable Entity", {}};
        const std::string ref = item.contains("id") && item["id"].is_string() ? item["id"].get<std::string>()
                                : item.contains("key") && item["key"].is_string()
                                    ? item["key"].get<std::string>()
                                    : std::string{};
        if (ref.empty())
            return ApiError{
                422, unprocessable(where + ".id should not be empty"), "Unprocessable Entity", {}};
        if (!m_directory.customField(ref))
            return ApiError{
                400, Json("Custom field " + ref + " does not exist in this location"), "Bad Request", {}};
        if (!customFieldValue(item))
            return ApiError{
                422, unprocessable(where + ".field_value should not be empty"), "Unprocessable Entity", {}};
    }
    return std::nullopt;
}

std::string GhlContactWriter::normalisedPhone(const Json& body, const Json& existing) const {
    if (!body.contains("phone") || !body["phone"].is_string())
        return existing.value("phone", "");
    // A non-string country is reported by validate(); the phone is then read in the location's country.
    const auto stringOr = [](const Json& object, const std::string& fallback) {
        return object.contains("country") && object["country"].is_string()
                   ? object["country"].get<std::string>()
                   : fallback;
    };
    const std::string country = stringOr(body, stringOr(existing, m_directory.location.country));
    return ghlE164(body["phone"].get<std::string>(), country);
}

void GhlContactWriter::apply(Json& contact, const Json& body, std::int64_t nowMs) const {
    for (const auto& [key, value] : body.items()) {
        if (key == "locationId" || key == "createNewIfDuplicateAllowed" || key == "customFields" ||
            key == "phone" || key == "dateOfBirth" || key == "dndSettings")
            continue;
        if (value.is_string() && value.get<std::string>().empty())
            contact.erase(key);
        else
            contact[key] = value;
    }
    if (body.contains("phone")) {
        const std::string phone = normalisedPhone(body, contact);
        if (phone.empty())
            contact.erase("phone");
        else
            contact["phone"] = phone;
    }
    if (body.contains("dateOfBirth")) {
        if (auto ms = parseLooseDate(body["dateOfBirth"].get<std::string>()))
            contact["dateOfBirth"] = isoUtc(*ms);
        else
            contact.erase("dateOfBirth");
    }
    if (body.contains("dndSettings")) {
        // Per channel: a channel the body leaves out keeps its setting (docs/sandbox.md).
        Json& stored = contact["dndSettings"];
        if (!stored.is_object())
            stored = Json::object();
        for (const auto& [channel, entry] : body["dndSettings"].items())
            stored[channel] = Json{{"status", entry.at("status")},
                                   {"message", entry.value("message", "")},
                                   {"code", entry.value("code", "")}};
    }
    if (body.contains("tags")) {
        std::vector<std::string> tags;
        for (const Json& tag : body["tags"]) {
            std::string text = trim(tag.get<std::string>());
            if (!text.empty() && std::find(tags.begin(), tags.end(), text) == tags.end())
                tags.push_back(text);
        }
        contact["tags"] = tags;
    }
    if (body.contains("customFields")) {
        Json stored = contact.value("customFields", Json::array());
        for (const Json& item : body["customFields"]) {
            const std::string ref =
                item.contains("id") ? item["id"].get<std::string>() : item["key"].get<std::string>();
            const std::string id = m_directory.customField(ref)->id;
            const Json& value = *customFieldValue(item);
            stored.erase(
                std::remove_if(stored.begin(), stored.end(), [&](const Json& e) { return e["id"] == id; }),
                stored.end());
            const bool empty = value.is_null() || (value.is_string() && value.get<std::string>().empty()) ||
                               (value.is_array() && value.empty());
            if (!empty)
                stored.push_back({{"id", id}, {"value", value}});
        }
        contact["customFields"] = stored;
    }
    // Server-derived mirrors, as GHL maintains them.
    const std::string first = contact.value("firstName", "");
    const std::string last = contact.value("lastName", "");
    if (!body.contains("name") && (body.contains("firstName") || body.contains("lastName"))) {
        const std::string full = trim(first + " " + last);
        if (full.empty())
            contact.erase("name");
        else
            contact["name"] = full;
    }
    auto mirror = [&](const char* source, const char* target) {
        const std::string value = contact.value(source, "");
        if (value.empty())
            contact.erase(target);
        else
            contact[target] = lowerCase(value);
    };
    mirror("firstName", "firstNameLowerCase");
    mirror("lastName", "lastNameLowerCase");
    mirror("name", "fullNameLowerCase");
    mirror("email", "emailLowerCase");
    if (!contact.contains("tags"))
        contact["tags"] = Json::array();
    if (!contact.contains("customFields"))
        contact["customFields"] = Json::array();
    if (!contact.contains("dnd"))
        contact["dnd"] = false;
    contact["dateUpdated"] = isoUtc(nowMs);
}

} // namespace fieldlink::sandbox
