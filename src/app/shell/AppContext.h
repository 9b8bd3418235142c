#pragma once

#include "core/api/RequestQueue.h"
#include "core/store/ConnectionRepository.h"
#include "core/store/Database.h"
#include "core/store/RunRepository.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace fieldlink::api {
class Clock;
class RequestLog;
} // namespace fieldlink::api

namespace fieldlink::auth {
class SecretRequests;
class SecretStore;
} // namespace fieldlink::auth

namespace fieldlink::store {
class ConflictDecisionRepository;
class KixieDirectoryRepository;
class WebhookInbox;
class WatcherRepository;
class ProfileRepository;
class RequestLogRepository;
class RunHistoryQuery;
class RunLeaseRepository;
class RunRecordQuery;
} // namespace fieldlink::store

namespace fieldlink {

class ConnectionInUse;
class EmbeddedSandbox;

/// What the app's screens share on the GUI thread: the repositories over the database, the network, the
/// clock, the request log, where secrets go and the built-in sandbox. One per window; the screens get it,
/// never a global. The screens get repositories, not the database: only src/core/store speaks SQL.
class AppContext : public QObject {
    Q_OBJECT
public:
    enum class KeychainState { Probing, Available, Unavailable };

    explicit AppContext(QString databasePath = store::Database::defaultPath(), QObject* parent = nullptr);
    ~AppContext() override;

    /// Opens the database, or says why it cannot.
    Result<> open();
    /// Asks the system keychain whether it works (QtKeychain has no other way to know). If it does not,
    /// secrets are kept for this session only and keychainStateChanged() says why.
    void probeKeychain();
    /// Keeps secrets in memory only, without asking the keychain (what `--no-keychain` and tests choose).
    void useSessionOnlySecrets(const QString& reason);

    /// The repositories, once open() succeeded.
    store::ConnectionRepository& connections();
    store::ProfileRepository& profiles();
    store::RunRepository& runs();
    const store::RunHistoryQuery& runHistory() const;
    const store::RunRecordQuery& runRecords() const;
    store::ConflictDecisionRepository& conflictDecisions();
    /// The named PowerLists, cadences and agents of each Kixie account, for the routing editor's choices.
    store::KixieDirectoryRepository& kixieDirectory();
    /// The request log kept with the runs, to read (a run writes it through a repository of its own).
    const store::RequestLogRepository& loggedRequests() const;
    /// Where the Test Sync page's webhook listener stores each delivery before answering it.
    store::WebhookInbox& webhookInbox();
    /// Who writes to which account now, this process or another (the status bar shows the others).
    const store::RunLeaseRepository& runLeases() const;
    /// The heartbeats of `fieldlink-cli watch` processes (the Test Sync page shows them).
    const store::WatcherRepository& watchers() const;
    QString databasePath() const { return m_databasePath; }
    auth::SecretRequests& secrets() { return *m_secretRequests; }
    KeychainState keychainState() const { return m_keychainState; }
    QString keychainMessage() const { return m_keychainMessage; }
    QNetworkAccessManager* network() const { return m_network.get(); }
    api::Clock* clock() const;
    api::RequestLog* requestLog() const { return m_requestLog.get(); }

    /// The queue whose budget the status bar shows for `service` (the client of the latest test or run).
    void watchQueue(api::Service service, api::RequestQueue* queue);
    api::RequestQueue* watchedQueue(api::Service service) const;

    /// The connection the window works on, chosen by the admin.
    ConnectionInUse& connectionInUse() const { return *m_connectionInUse; }

    EmbeddedSandbox* sandbox() const { return m_sandbox.get(); }
    /// Starts the in-process sandbox (once), or says why it cannot.
    Result<> startSandbox();

Q_SIGNALS:
    void keychainStateChanged(fieldlink::AppContext::KeychainState state, const QString& message);
    /// The budget a client reported changed; the status bar refreshes.
    void budgetChanged();
    /// The admin saved a Kixie account's named lists (KixieDirectoryDialog): editors showing them reload.
    void kixieDirectoryChanged();

private:
    struct Repositories;

    QString m_databasePath;
    store::Database m_database;
    std::unique_ptr<Repositories> m_repositories;
    QPointer<api::RequestQueue> m_ghlQueue;
    QPointer<api::RequestQueue> m_kixieQueue;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<api::RequestLog> m_requestLog;
    std::unique_ptr<auth::SecretStore> m_secretStore;
    std::unique_ptr<auth::SecretRequests> m_secretRequests;
    std::unique_ptr<EmbeddedSandbox> m_sandbox;
    ConnectionInUse* m_connectionInUse; ///< a child
    KeychainState m_keychainState = KeychainState::Probing;
    QString m_keychainMessage;
};

} // namespace fieldlink
