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

struct KixieAgent {
    std::string email;
    std::string firstName;
    std::string lastName;
    long long userId = 0;
    std::string device;
    bool registered = true;
    bool onCall = false;
};

struct KixiePowerList {
    std::string id;
    std::string name;
    /// Rows keyed by the normalised phone (TextRules kixieRowKey); each holds the updatepowerlist field
    /// names.
    std::map<std::string, Json> rows;
};

struct KixieCadence {
    std::string id;
    std::string name;
    std::set<std::string> enrolled; ///< normalised phones
};

struct KixieWebhook {
    long long id = 0;
    Json registration; ///< eventname, location, name, direction, callresult, disposition, runtime, headers
};

/// The Kixie side's data. Not thread-safe: the server serialises access with its world mutex.
class KixieWorld {
public:
    explicit KixieWorld(std::uint64_t seed)
        : random(seed ^ 0x41c1eULL) {}

    std::string businessId;
    std::string apiKey;
    /// Kixie enables the API per account through support; a disabled account answers success:false.
    bool apiEnabled = true;
    std::string businessNumber; ///< the DID calls come from, E.164
    std::vector<KixieAgent> agents;
    std::map<std::string, KixiePowerList> powerlists;
    std::map<std::string, KixieCadence> cadences;
    std::vector<long long> teamSmsIds;
    std::vector<std::string> queueIds;
    std::vector<KixieWebhook> webhooks;
    long long nextWebhookId = 1001;
    std::vector<Json> messages;
    std::vector<Json> calls;
    std::int64_t quotaDay = -1;
    int usedToday = 0;
    DeterministicRandom random;

    KixieAgent* agent(const std::string& email);
    /// Counts one API request against the daily quota; false once it is spent.
    bool consumeQuota(std::int64_t nowMs, int dailyLimit);

    /// Applies one updatepowerlist with overwrite / merge / ignore semantics (docs/api.md, "Kixie: PowerList
    /// rows and cadences").
    /// Returns an error message, or empty on success.
    std::string updatePowerList(const Json& body, const std::string& defaultMode);
    /// Removes `targets` from one list, or from every list when `powerlistId` is empty. Returns rows removed.
    int removeFromPowerLists(const std::vector<std::string>& targets, const std::string& powerlistId);
    /// The PowerList row holding this phone, in the first list that has it.
    const Json* findRow(const std::string& phone, std::string* powerlistId = nullptr) const;

    Json stateJson() const; ///< the /__sandbox/state shape
    Json toJson() const;    ///< everything, for --state
    void loadJson(const Json& json);
};

} // namespace fieldlink::sandbox
