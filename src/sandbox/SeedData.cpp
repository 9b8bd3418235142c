#include "sandbox/SeedData.h"

#include "sandbox/SeedPhones.h"
#include "sandbox/SeedPools.h"
#include "sandbox/TextRules.h"
#include "sandbox/Timestamps.h"

#include <array>

#include <algorithm>

namespace fieldlink::sandbox {
namespace {

struct ContactSeeder {
    DeterministicRandom& random;
    GhlDirectory& ghl;
    PhoneSeeder phones;
    std::vector<std::string> usedEmails;

    Json makeContact(int index, std::int64_t addedMs) {
        const SeedCulture& culture = random.pick(seedCultures());
        const SeedCountry& country =
            seedCountry(random.chance(0.85) ? culture.country : random.pick(seedCultures()).country);
        Json contact{{"id", ghl.newId()}, {"locationId", ghl.location.id}};
        const std::size_t nameIndex = random.below(culture.firstNames.size());
        std::string first = culture.firstNames[nameIndex];
        std::string last = random.chance(0.06) ? std::string{} : random.pick(culture.lastNames);
        if (random.chance(0.03))
            first += " " + random.pick(seedEmoji());
        if (random.chance(0.02))
            first = "  " + first + " "; // stray whitespace from a web form
        if (!first.empty())
            contact["firstName"] = first;
        if (!last.empty())
            contact["lastName"] = last;

        const std::string email = makeEmail(culture.emailStems[nameIndex % culture.emailStems.size()], index);
        if (!email.empty())
            contact["email"] = email;
        const SeededPhones seeded = phones.make(country);
        if (!seeded.e164.empty())
            contact["phone"] = seeded.e164;
        if (!seeded.additional.empty()) {
            // The same {phone} objects as the {email} objects of additionalEmails.
            contact["additionalPhones"] = Json::array();
            for (const std::string& text : seeded.additional)
                contact["additionalPhones"].push_back({{"phone", text}});
        }
        if (random.chance(0.7))
            contact["companyName"] = random.pick(culture.companies);
        contact["country"] = country.code;
        contact["timezone"] = country.timezone;
        if (random.chance(0.75)) {
            contact["city"] = random.pick(country.cities);
            contact["address1"] =
                std::to_string(random.between(1, 9999)) + " " + random.pick(culture.streets);
            contact["postalCode"] = random.digits(5);
        }
        if (random.chance(0.3))
            contact["website"] =
                "https://www." + std::string(random.chance(0.5) ? "example.com" : "example.org");
        contact["source"] = random.pick(seedSources());
        contact["type"] = random.chance(0.7) ? "lead" : "customer";
        contact["assignedTo"] = random.pick(ghl.location.userIds);
        if (random.chance(0.2))
            contact["dateOfBirth"] = isoUtc(epochMsFromCivil(static_cast<int>(random.between(1950, 2004)),
                                                             static_cast<int>(random.between(1, 12)),
                                                             static_cast<int>(random.between(1, 28))));
        const bool dnd = random.chance(0.05);
        contact["dnd"] = dnd;
        if (dnd || random.chance(0.1)) {
            contact["dndSettings"] = {
                {"Call", {{"status", dnd ? "active" : "inactive"}, {"message", ""}, {"code", ""}}},
                {"SMS", {{"status", "inactive"}, {"message", ""}, {"code", ""}}}};
        }
        if (random.chance(0.1))
            contact["businessId"] = random.pick(seedBusinessIds());
        contact["tags"] = makeTags();
        contact["customFields"] = makeCustomFields();
        if (!seeded.typed.empty())
            contact["customFields"].push_back({{"id", typedPhoneFieldId()}, {"value", seeded.typed}});
        contact["dateAdded"] = isoUtc(addedMs);
        contact["dateUpdated"] = isoUtc(addedMs + random.between(0, 60LL * 86400000));
        deriveMirrors(contact);
        return contact;
    }

    std::string makeEmail(const std::string& stem, int index) {
        if (random.chance(0.08))
            return {};
        if (!usedEmails.empty() && random.chance(0.03))
            return random.pick(usedEmails); // an imported duplicate
        std::string local = stem + "." + std::to_string(index);
        if (random.chance(0.05))
            local += "+crm";
        std::string email = local + "@" + random.pick(seedEmailDomains());
        if (random.chance(0.05))
            std::transform(email.begin(), email.end(), email.begin(), ::toupper);
        usedEmails.push_back(email);
        return email;
    }

    Json makeTags() {
        std::vector<std::string> tags;
        const auto count = random.below(4);
        for (std::uint64_t i = 0; i < count; ++i) {
            const std::string tag = random.pick(seedTags());
            if (std::find(tags.begin(), tags.end(), tag) == tags.end())
                tags.push_back(tag);
        }
        return tags;
    }

    Json makeCustomFields() {
        Json values = Json::array();
        for (const GhlCustomFieldDefinition& field : ghl.location.customFields) {
            if (field.fieldKey == std::string("contact.") + typedPhoneFieldKey || !random.chance(0.55))
                continue; // the typed phone comes with the contact's phone
            Json value;
            if (field.dataType == "NUMERICAL")
                value = random.between(1, 500);
            else if (field.dataType == "MONETORY")
                value = static_cast<double>(random.between(100, 2500000)) / 100.0;
            else if (field.dataType == "SINGLE_OPTIONS" || field.dataType == "RADIO")
                value = random.pick(field.picklistOptions);
            else if (field.dataType == "MULTIPLE_OPTIONS" || field.dataType == "CHECKBOX") {
                Json chosen = Json::array();
                for (const std::string& option : field.picklistOptions)
                    if (random.chance(0.4))
                        chosen.push_back(option);
                if (chosen.empty())
                    continue;
                value = chosen;
            } else if (field.dataType == "DATE")
                value = isoUtc(epochMsFromCivil(2027, static_cast<int>(random.between(1, 12)),
                                                static_cast<int>(random.between(1, 28))))
                            .substr(0, 10);
            else if (field.dataType == "PHONE")
                value = seedCountry("US").makeNumber(random).e164;
            else if (field.dataType == "LARGE_TEXT")
                value = random.pick(seedNoteBodies());
            else
                value = random.pick(seedLeadDetails());
            values.push_back({{"id", field.id}, {"value", value}});
        }
        return values;
    }

    const std::string& typedPhoneFieldId() const {
        return ghl.customField(std::string("contact.") + typedPhoneFieldKey)->id;
    }

    void deriveMirrors(Json& contact) {
        const std::string first = contact.value("firstName", "");
        const std::string last = contact.value("lastName", "");
        const std::string full = first.empty() || last.empty() ? first + last : first + " " + last;
        if (!full.empty())
            contact["name"] = full;
        auto mirror = [&](const char* source, const char* target) {
            if (contact.contains(source))
                contact[target] = lowerCase(contact[source].get<std::string>());
        };
        mirror("firstName", "firstNameLowerCase");
        mirror("lastName", "lastNameLowerCase");
        mirror("name", "fullNameLowerCase");
        mirror("email", "emailLowerCase");
    }

    void addRelated(GhlContactRecord& record) {
        const std::string& contactId = record.contact["id"].get_ref<const std::string&>();
        const auto noteCount = random.below(5);
        for (std::uint64_t i = 0; i < noteCount; ++i) {
            std::string body = random.pick(seedNoteBodies());
            if (random.chance(0.04)) {
                // A long pasted email thread: tests truncation and summaries.
                std::string longBody;
                while (longBody.size() < 6000)
                    longBody += random.pick(seedNoteBodies()) + "\n\n";
                body = longBody;
            }
            record.notes.push_back(
                {{"id", ghl.newId()},
                 {"body", body},
                 {"userId", random.pick(ghl.location.userIds)},
                 {"dateAdded", isoUtc(record.dateAddedMs + random.between(1, 90) * 3600000LL * 24)},
                 {"contactId", contactId}});
        }
        const auto taskCount = random.below(4);
        for (std::uint64_t i = 0; i < taskCount; ++i) {
            record.tasks.push_back(
                {{"id", ghl.newId()},
                 {"title", random.pick(seedTaskTitles())},
                 {"body", random.chance(0.5) ? random.pick(seedNoteBodies()) : std::string{}},
                 {"assignedTo", random.pick(ghl.location.userIds)},
                 {"dueDate", isoUtc(record.dateAddedMs + random.between(1, 120) * 86400000LL)},
                 {"completed", random.chance(0.4)},
                 {"contactId", contactId}});
        }
        const auto appointmentCount = random.chance(0.3) ? random.between(1, 2) : 0;
        for (std::int64_t i = 0; i < appointmentCount; ++i) {
            const std::int64_t start = record.dateAddedMs + random.between(2, 60) * 86400000LL;
            const std::string startText = isoUtc(start - start % 3600000);
            const std::string endText = isoUtc(start - start % 3600000 + 1800000);
            const std::string status =
                random.pick(std::vector<std::string>{"booked", "confirmed", "cancelled", "showed"});
            record.appointments.push_back(
                {{"id", ghl.newId()},
                 {"calendarId", "cal" + std::string("SandboxDemo01")},
                 {"status", status},
                 {"title", random.pick(seedAppointmentTitles())},
                 {"assignedUserId", random.pick(ghl.location.userIds)},
                 {"notes", random.chance(0.5) ? random.pick(seedNoteBodies()) : std::string{}},
                 // GHL's contacts API shows appointment times without a zone ("2021-07-16 11:00:00").
                 {"startTime", startText.substr(0, 10) + " " + startText.substr(11, 8)},
                 {"endTime", endText.substr(0, 10) + " " + endText.substr(11, 8)},
                 {"address", "https://meet.example.com/" + random.alphanumeric(10)},
                 {"locationId", ghl.location.id},
                 {"contactId", contactId},
                 {"groupId", ""},
                 {"appointmentStatus", status},
                 {"users", Json::array({random.pick(ghl.location.userIds)})},
                 {"dateAdded", isoUtc(start - 7 * 86400000LL)},
                 {"dateUpdated", isoUtc(start - 7 * 86400000LL)},
                 {"assignedResources", Json::array()}});
        }
    }
};

void seedLocation(DeterministicRandom& random, GhlDirectory& ghl) {
    ghl.location = GhlLocation{};
    ghl.location.id = ghl.newId();
    ghl.location.companyId = ghl.newId();
    ghl.location.name = "Sandbox Home Services";
    for (int i = 0; i < 4; ++i)
        ghl.location.userIds.push_back(ghl.newId());
    int position = 0;
    for (const SeedCustomField& field : seedCustomFields()) {
        GhlCustomFieldDefinition definition;
        definition.id = ghl.newId();
        definition.name = field.name;
        definition.fieldKey = std::string("contact.") + field.key;
        definition.dataType = field.dataType;
        definition.placeholder = field.placeholder;
        definition.picklistOptions = field.options;
        definition.position = position += 50;
        ghl.location.customFields.push_back(definition);
    }
    (void)random;
}

/// Added after the contacts, with ids from their own stream, so the seeded contacts and every id drawn
/// later stay what they were for a given seed before these fields existed.
void seedCallOutcomeFieldDefinitions(GhlDirectory& ghl) {
    std::uint64_t hash = 1469598103934665603ULL; // FNV-1a of the location id
    for (const char c : ghl.location.id)
        hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    DeterministicRandom ids(hash);
    int position = ghl.location.customFields.empty() ? 0 : ghl.location.customFields.back().position;
    for (const SeedCustomField& field : seedCallOutcomeFields()) {
        if (ghl.customField(std::string("contact.") + field.key))
            continue; // already among the location's fields
        GhlCustomFieldDefinition definition;
        definition.id = ids.alphanumeric(20);
        definition.name = field.name;
        definition.fieldKey = std::string("contact.") + field.key;
        definition.dataType = field.dataType;
        definition.placeholder = field.placeholder;
        definition.position = position += 50;
        ghl.location.customFields.push_back(definition);
    }
}

void seedKixie(DeterministicRandom& random, KixieWorld& kixie) {
    kixie = KixieWorld(random.next());
    kixie.businessId = std::to_string(random.between(10000, 99999));
    kixie.apiKey = random.uuid();
    kixie.businessNumber = "+1415" + std::to_string(random.between(2000000, 9999999));
    const std::vector<std::array<std::string, 3>> agents = {
        {"alex.rivera@sandbox-agency.example", "Alex", "Rivera"},
        {"sam.chen@sandbox-agency.example", "Sam", "Chen"},
        {"jordan.okafor@sandbox-agency.example", "Jordan", "Okafor"}};
    for (const auto& [email, first, last] : agents)
        kixie.agents.push_back({email, first, last, random.between(100000, 999999),
                                "Sandbox Softphone " + random.alphanumeric(6), true, false});
    kixie.agents.back().registered = false; // one agent is logged out
    for (const auto& [id, name] : std::vector<std::pair<std::string, std::string>>{
             {"1969", "New Leads"}, {"2044", "Hot Leads"}, {"2101", "Callbacks"}, {"2150", "Customers"}})
        kixie.powerlists[id] = KixiePowerList{id, name, {}};
    for (const auto& [id, name] : std::vector<std::pair<std::string, std::string>>{
             {"311", "New lead - 5 day"}, {"342", "Re-engage cold leads"}})
        kixie.cadences[id] = KixieCadence{id, name, {}};
    kixie.teamSmsIds = {12345};
    kixie.queueIds = {"501"};
}

} // namespace

Json SandboxCredentials::toJson() const {
    return Json{{"ghlToken", ghlToken},
                {"ghlReadonlyToken", ghlReadonlyToken},
                {"ghlOAuthClientId", ghlOAuthClientId},
                {"ghlOAuthClientSecret", ghlOAuthClientSecret}};
}

void SandboxCredentials::loadJson(const Json& json) {
    ghlToken = json.at("ghlToken");
    ghlReadonlyToken = json.at("ghlReadonlyToken");
    ghlOAuthClientId = json.at("ghlOAuthClientId");
    ghlOAuthClientSecret = json.at("ghlOAuthClientSecret");
}

SandboxCredentials seedWorld(std::uint64_t seed, int contactCount, GhlDirectory& ghl, GhlAccess& access,
                             KixieWorld& kixie) {
    DeterministicRandom random(seed);
    ghl = GhlDirectory(random.next());
    access = GhlAccess(random.next());
    seedLocation(random, ghl);

    ContactSeeder seeder{random, ghl, PhoneSeeder(random), {}};
    // Spread over 2025-01-01 .. 2026-08, fixed rather than relative to today so a seed means one world.
    const std::int64_t base = epochMsFromCivil(2025, 1, 1);
    std::vector<std::int64_t> added;
    for (int i = 0; i < contactCount; ++i)
        added.push_back(base + random.between(0, 600LL * 86400000));
    std::sort(added.begin(), added.end());
    for (int i = 0; i < contactCount; ++i) {
        GhlContactRecord& record = ghl.insert(seeder.makeContact(i, added[i]), added[i]);
        seeder.addRelated(record);
    }
    seedCallOutcomeFieldDefinitions(ghl);

    SandboxCredentials credentials;
    credentials.ghlToken = access.issueStaticToken({ghlscope::contactsRead, ghlscope::contactsWrite,
                                                    ghlscope::customFieldsRead, ghlscope::locationsRead,
                                                    ghlscope::locationTagsRead, ghlscope::locationTasksRead},
                                                   ghl.location.id);
    credentials.ghlReadonlyToken =
        access.issueStaticToken({ghlscope::contactsRead, ghlscope::customFieldsRead}, ghl.location.id);
    static constexpr char hex[] = "0123456789abcdef";
    std::string appId;
    for (int i = 0; i < 24; ++i)
        appId += hex[random.below(16)];
    credentials.ghlOAuthClientId = appId + "-" + random.alphanumeric(8);
    credentials.ghlOAuthClientSecret = random.uuid();
    access.registerClient(credentials.ghlOAuthClientId, credentials.ghlOAuthClientSecret);

    seedKixie(random, kixie);
    return credentials;
}

} // namespace fieldlink::sandbox
