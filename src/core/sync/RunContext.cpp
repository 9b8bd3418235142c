#include "core/sync/RunContext.h"

#include "core/Logging.h"
#include "core/api/Clock.h"
#include "core/auth/AccessTokenSource.h"
#include "core/auth/GhlCredential.h"
#include "core/auth/KeychainSecretStore.h"
#include "core/store/ConflictDecisionRepository.h"
#include "core/store/Database.h"
#include "core/store/HeldConflictRepository.h"
#include "core/store/LedgerRepository.h"
#include "core/store/ProfileRepository.h"
#include "core/store/RequestLogRepository.h"
#include "core/store/RunLeaseRepository.h"
#include "core/store/RunRepository.h"
#include "core/store/WebhookInbox.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QThread>

namespace fieldlink::sync {
namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::sync::RunContext)
};
} // namespace

RunContext::RunContext() = default;

// Destroyed in reverse: the client before the log and the network, the repositories before the database.
RunContext::~RunContext() = default;

Result<> RunContext::open(const QString& databasePath, const api::GhlSettings& ghl,
                          const auth::GhlCredential& credential) {
    m_database = std::make_unique<store::Database>();
    // One named connection per thread and context: a watch runs a sync, its call events and its probes on
    // one thread, each with its own context.
    const QString connection = QStringLiteral("run-%1-%2")
                                   .arg(reinterpret_cast<quintptr>(QThread::currentThread()))
                                   .arg(reinterpret_cast<quintptr>(this));
    if (const Result<> opened = m_database->open(databasePath, connection); !opened)
        return opened;
    if (const Result<> intact = m_database->checkIntegrity(); !intact)
        return intact;
    m_runs = std::make_unique<store::RunRepository>(m_database->connection());
    m_profiles = std::make_unique<store::ProfileRepository>(m_database->connection());
    m_ledger = std::make_unique<store::LedgerRepository>(m_database->connection());
    m_decisions = std::make_unique<store::ConflictDecisionRepository>(m_database->connection());
    m_heldConflicts = std::make_unique<store::HeldConflictRepository>(m_database->connection());
    m_leases = std::make_unique<store::RunLeaseRepository>(m_database->connection());
    m_storedLog = std::make_unique<store::RequestLogRepository>(m_database->connection());
    m_inbox = std::make_unique<store::WebhookInbox>(m_database->connection());
    const Result<int> interrupted = m_runs->markAbandonedRunsInterrupted();
    if (!interrupted)
        return Failure{Tr::tr("Could not update the runs in the database: %1").arg(interrupted.error())};
    if (*interrupted > 0)
        qCInfo(lcSync) << *interrupted << "earlier run(s) had stopped without finishing; marked interrupted";
    m_network = std::make_unique<QNetworkAccessManager>();
    m_log = std::make_unique<api::RequestLog>();
    m_log->setSink(m_storedLog.get());
    if (credential.oauth)
        m_secrets = std::make_unique<auth::KeychainSecretStore>();
    m_token = credential.makeTokenSource(m_network.get(), api::SystemClock::instance(), m_log.get(),
                                         m_secrets.get());
    m_ghl = std::make_unique<api::GhlClient>(ghl, m_network.get(), api::SystemClock::instance(), m_log.get());
    m_ghl->setTokenSource(m_token.get());
    return {};
}

int RunContext::callsTo(api::Service service) const {
    return m_log ? m_log->count(service) : 0;
}

mapping::ProfileLoader::Loaded RunContext::loadProfile(const QString& nameOrPath, int version,
                                                       const mapping::CustomFieldDirectory& customFields) {
    if (version <= 0)
        return mapping::ProfileLoader::load(nameOrPath, customFields, m_profiles->newestDocuments());
    mapping::ProfileLoader::Loaded loaded;
    const QList<store::ProfileVersion> versions = m_profiles->versions(nameOrPath);
    const auto wanted =
        std::find_if(versions.begin(), versions.end(),
                     [version](const store::ProfileVersion& saved) { return saved.version == version; });
    if (wanted == versions.end()) {
        loaded.error =
            versions.isEmpty()
                ? Tr::tr("No version of the profile \"%1\" is saved; save one in the Mapping page.")
                      .arg(nameOrPath)
                : Tr::tr("The profile \"%1\" has no version %2; the newest is version %3.")
                      .arg(nameOrPath)
                      .arg(version)
                      .arg(versions.constFirst().version);
        return loaded;
    }
    loaded.origin = Tr::tr("\"%1\" version %2").arg(nameOrPath).arg(version);
    loaded.text = wanted->document;
    loaded.parsed = mapping::ProfileParser::parse(loaded.text, customFields);
    return loaded;
}

Result<> RunContext::checkProfile(const mapping::ProfileLoader::Loaded& loaded,
                                  mapping::Direction direction) {
    if (!loaded.error.isEmpty())
        return Failure{loaded.error};
    if (!loaded.parsed.profile) {
        const QString first =
            loaded.parsed.diagnostics.isEmpty() ? QString() : loaded.parsed.diagnostics.first().message;
        return Failure{Tr::tr("The profile %1 has errors: %2").arg(loaded.origin, first)};
    }
    if (loaded.parsed.profile->direction == direction)
        return {};
    return Failure{
        direction == mapping::Direction::GhlToKixie
            ? Tr::tr("The profile %1 maps Kixie to GHL; a contact sync needs a GHL to Kixie profile.")
                  .arg(loaded.origin)
            : Tr::tr("The profile %1 maps GHL to Kixie; call events need a Kixie to GHL profile.")
                  .arg(loaded.origin)};
}

} // namespace fieldlink::sync
