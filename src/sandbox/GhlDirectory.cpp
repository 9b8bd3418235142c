#include "sandbox/GhlDirectory.h"

#include "sandbox/TextRules.h"

namespace fieldlink::sandbox {

Json GhlCustomFieldDefinition::toJson(const std::string& locationId) const {
    Json json{{"id", id},
              {"name", name},
              {"fieldKey", fieldKey},
              {"placeholder", placeholder},
              {"dataType", dataType},
              {"position", position},
              {"picklistOptions", picklistOptions},
              {"picklistImageOptions", Json::array()},
              {"isAllowedCustomOption", false},
              {"isMultiFileAllowed", false},
              {"maxFileLimit", 0},
              {"locationId", locationId},
              {"model", "contact"}};
    return json;
}

GhlCustomFieldDefinition GhlCustomFieldDefinition::fromJson(const Json& json) {
    GhlCustomFieldDefinition definition;
    definition.id = json.value("id", "");
    definition.name = json.value("name", "");
    definition.fieldKey = json.value("fieldKey", "");
    definition.dataType = json.value("dataType", "TEXT");
    definition.placeholder = json.value("placeholder", "");
    definition.position = json.value("position", 0);
    definition.picklistOptions = json.value("picklistOptions", std::vector<std::string>{});
    return definition;
}

GhlContactRecord* GhlDirectory::find(const std::string& id) {
    auto it = m_contacts.find(id);
    return it == m_contacts.end() ? nullptr : &it->second;
}

const GhlContactRecord* GhlDirectory::find(const std::string& id) const {
    auto it = m_contacts.find(id);
    return it == m_contacts.end() ? nullptr : &it->second;
}

GhlContactRecord& GhlDirectory::insert(Json contact, std::int64_t dateAddedMs) {
    const std::string id = contact.at("id").get<std::string>();
    GhlContactRecord& record = m_contacts[id];
    record.contact = std::move(contact);
    record.dateAddedMs = dateAddedMs;
    m_order.emplace(dateAddedMs, id);
    return record;
}

void GhlDirectory::erase(const std::string& id) {
    auto it = m_contacts.find(id);
    if (it == m_contacts.end())
        return;
    m_order.erase({it->second.dateAddedMs, id});
    m_contacts.erase(it);
}

std::optional<GhlDirectory::Duplicate> GhlDirectory::findDuplicate(const std::string& email,
                                                                   const std::string& phone,
                                                                   const std::string& excludeId) const {
    const std::string wantedEmail = lowerCase(email);
    for (const std::string& field : location.duplicatePriority) {
        const std::string& wanted = field == "email" ? wantedEmail : phone;
        if (wanted.empty())
            continue;
        // Oldest first, so the answer is stable when imported data already holds duplicates.
        for (const auto& [added, id] : m_order) {
            if (id == excludeId)
                continue;
            const Json& contact = m_contacts.at(id).contact;
            const std::string value =
                field == "email" ? lowerCase(contact.value("email", "")) : contact.value("phone", "");
            if (value == wanted)
                return Duplicate{id, field};
        }
    }
    return std::nullopt;
}

const GhlCustomFieldDefinition* GhlDirectory::customField(const std::string& idOrKey) const {
    for (const auto& definition : location.customFields) {
        if (definition.id == idOrKey || definition.fieldKey == idOrKey ||
            definition.fieldKey == "contact." + idOrKey)
            return &definition;
    }
    return nullptr;
}

Json GhlDirectory::toJson() const {
    Json fields = Json::array();
    for (const auto& definition : location.customFields)
        fields.push_back(definition.toJson(location.id));
    Json contacts = Json::array();
    for (const auto& [added, id] : m_order) {
        const GhlContactRecord& record = m_contacts.at(id);
        contacts.push_back({{"contact", record.contact},
                            {"notes", record.notes},
                            {"tasks", record.tasks},
                            {"appointments", record.appointments},
                            {"dateAddedMs", record.dateAddedMs}});
    }
    return Json{{"location",
                 {{"id", location.id},
                  {"companyId", location.companyId},
                  {"name", location.name},
                  {"timezone", location.timezone},
                  {"country", location.country},
                  {"allowDuplicateContacts", location.allowDuplicateContacts},
                  {"duplicatePriority", location.duplicatePriority},
                  {"userIds", location.userIds},
                  {"customFields", fields}}},
                {"contacts", contacts}};
}

void GhlDirectory::loadJson(const Json& json) {
    const Json& loc = json.at("location");
    location = GhlLocation{};
    location.id = loc.at("id").get<std::string>();
    location.companyId = loc.value("companyId", "");
    location.name = loc.value("name", "");
    location.timezone = loc.value("timezone", "America/New_York");
    location.country = loc.value("country", "US");
    location.allowDuplicateContacts = loc.value("allowDuplicateContacts", false);
    location.duplicatePriority = loc.value("duplicatePriority", std::vector<std::string>{"email", "phone"});
    location.userIds = loc.value("userIds", std::vector<std::string>{});
    for (const Json& field : loc.value("customFields", Json::array()))
        location.customFields.push_back(GhlCustomFieldDefinition::fromJson(field));
    m_contacts.clear();
    m_order.clear();
    for (const Json& entry : json.at("contacts")) {
        GhlContactRecord& record = insert(entry.at("contact"), entry.at("dateAddedMs").get<std::int64_t>());
        record.notes = entry.value("notes", std::vector<Json>{});
        record.tasks = entry.value("tasks", std::vector<Json>{});
        record.appointments = entry.value("appointments", std::vector<Json>{});
    }
}

} // namespace fieldlink::sandbox
