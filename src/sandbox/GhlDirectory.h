#pragma once

#include "sandbox/DeterministicRandom.h"
#include "sandbox/Json.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace fieldlink::sandbox {

struct GhlCustomFieldDefinition {
    std::string id;
    std::string name;
    std::string fieldKey; ///< "contact.<key>"
    std::string dataType; ///< TEXT, LARGE_TEXT, NUMERICAL, PHONE, MONETORY, CHECKBOX, SINGLE_OPTIONS, ...
    std::string placeholder;
    std::vector<std::string> picklistOptions;
    int position = 0;

    Json toJson(const std::string& locationId) const;
    static GhlCustomFieldDefinition fromJson(const Json& json);
};

/// A contact as GET /contacts/{id} returns it, plus the related lists that hang off it.
struct GhlContactRecord {
    Json contact;
    std::vector<Json> notes;
    std::vector<Json> tasks;
    std::vector<Json> appointments;
    std::int64_t dateAddedMs = 0;
};

struct GhlLocation {
    std::string id;
    std::string companyId;
    std::string name;
    std::string timezone = "America/New_York";
    std::string country = "US";
    /// "Allow Duplicate Contact" (off by default in GHL) and the matching priority used by upsert.
    bool allowDuplicateContacts = false;
    std::vector<std::string> duplicatePriority{"email", "phone"};
    std::vector<GhlCustomFieldDefinition> customFields;
    std::vector<std::string> userIds;
};

/// The GHL side's data. Not thread-safe: the server serialises access with its world mutex.
class GhlDirectory {
public:
    explicit GhlDirectory(std::uint64_t seed)
        : m_ids(seed ^ 0x6d1d5eedULL) {}

    GhlLocation location;

    GhlContactRecord* find(const std::string& id);
    const GhlContactRecord* find(const std::string& id) const;
    GhlContactRecord& insert(Json contact, std::int64_t dateAddedMs);
    void erase(const std::string& id);
    std::size_t size() const { return m_contacts.size(); }
    /// (dateAdded ms, id) in ascending order: the order of GET /contacts/ paging.
    const std::set<std::pair<std::int64_t, std::string>>& addedOrder() const { return m_order; }
    const std::map<std::string, GhlContactRecord>& contacts() const { return m_contacts; }

    struct Duplicate {
        std::string contactId;
        std::string matchingField;
    };
    /// The first contact, by the location's priority, whose email (case-insensitively) or phone equals
    /// the given ones. Empty values never match.
    std::optional<Duplicate> findDuplicate(const std::string& email, const std::string& phone,
                                           const std::string& excludeId = {}) const;

    const GhlCustomFieldDefinition* customField(const std::string& idOrKey) const;

    /// 20-character alphanumeric ids like GHL's.
    std::string newId() { return m_ids.alphanumeric(20); }

    Json toJson() const;
    void loadJson(const Json& json);

private:
    std::map<std::string, GhlContactRecord> m_contacts;
    std::set<std::pair<std::int64_t, std::string>> m_order;
    DeterministicRandom m_ids;
};

} // namespace fieldlink::sandbox
