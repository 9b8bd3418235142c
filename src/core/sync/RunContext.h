#pragma once

#include "core/Result.h"

#include "core/api/GhlClient.h"
#include "core/mapping/ProfileLoader.h"

#include <memory>

class QNetworkAccessManager;

namespace fieldlink::store {
class ConflictDecisionRepository;
class Database;
class HeldConflictRepository;
class LedgerRepository;
class RequestLogRepository;
class ProfileRepository;
class RunLeaseRepository;
class RunRepository;
class WebhookInbox;
} // namespace fieldlink::store
namespace fieldlink::auth {
class AccessTokenSource;
class SecretStore;
struct GhlCredential;
} // namespace fieldlink::auth

namespace fieldlink::sync {

/// What every run needs, opened on the thread that runs it (docs/architecture.md, "Threads"): the
/// database and its repositories, a network manager, the request log kept with the run, and a GHL client.
class RunContext {
public:
    RunContext();
    ~RunContext();

    /// Opens everything, checks the file is not damaged (before a run sends anything) and marks runs a dead
    /// process left as interrupted.
    /// An OAuth grant that refreshes saves its rotated tokens to the system keychain.
    Result<> open(const QString& databasePath, const api::GhlSettings& ghl,
                  const auth::GhlCredential& credential);

    store::RunRepository& runs() { return *m_runs; }
    /// Profiles saved in the mapping editor (`--profile NAME` finds them first).
    store::ProfileRepository& profiles() { return *m_profiles; }
    store::LedgerRepository& ledger() { return *m_ledger; }
    store::ConflictDecisionRepository& decisions() { return *m_decisions; }
    store::HeldConflictRepository& heldConflicts() { return *m_heldConflicts; }
    /// Who writes to which account now (RunLease).
    store::RunLeaseRepository& leases() { return *m_leases; }
    store::RequestLogRepository& storedLog() { return *m_storedLog; }
    /// The webhook deliveries the listener stored, for a run that processes them.
    store::WebhookInbox& inbox() { return *m_inbox; }
    QNetworkAccessManager* network() { return m_network.get(); }
    api::RequestLog* log() { return m_log.get(); }
    api::GhlClient& ghl() { return *m_ghl; }
    bool isOpen() const { return m_ghl != nullptr; }
    /// Requests sent to a service so far.
    int callsTo(api::Service service) const;

    /// The profile a run asked for: a file, a saved profile's newest version (or `version` when > 0), or a
    /// default (ProfileLoader). A saved version that does not exist is an error naming the newest one.
    mapping::ProfileLoader::Loaded loadProfile(const QString& nameOrPath, int version,
                                               const mapping::CustomFieldDirectory& customFields);
    /// Whether `loaded` can drive a run in `direction`, or why not.
    static Result<> checkProfile(const mapping::ProfileLoader::Loaded& loaded, mapping::Direction direction);

private:
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<store::RunRepository> m_runs;
    std::unique_ptr<store::ProfileRepository> m_profiles;
    std::unique_ptr<store::LedgerRepository> m_ledger;
    std::unique_ptr<store::ConflictDecisionRepository> m_decisions;
    std::unique_ptr<store::HeldConflictRepository> m_heldConflicts;
    std::unique_ptr<store::RunLeaseRepository> m_leases;
    std::unique_ptr<store::RequestLogRepository> m_storedLog;
    std::unique_ptr<store::WebhookInbox> m_inbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<api::RequestLog> m_log;
    std::unique_ptr<auth::SecretStore> m_secrets;
    std::unique_ptr<auth::AccessTokenSource> m_token;
    std::unique_ptr<api::GhlClient> m_ghl;
};

} // namespace fieldlink::sync
