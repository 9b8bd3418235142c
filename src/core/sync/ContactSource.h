#pragma once

#include "core/api/ApiResult.h"
#include "core/sync/SyncScope.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <memory>

namespace fieldlink::api {
class GhlClient;
class GhlContactPager;
} // namespace fieldlink::api

namespace fieldlink::sync {

/// The related records a profile reads; only these are fetched (no notes request when no rule reads notes).
struct RelatedData {
    bool notes = false;
    bool tasks = false;
    bool appointments = false;

    /// What `profileJson` refers to in any `source` or condition `field`.
    static RelatedData usedBy(const QJsonObject& profileJson);
    int callsPerContact() const { return int(notes) + int(tasks) + int(appointments); }
};

/// Reads the contacts of a scope from GHL with the related records the profile needs attached under
/// `notes`, `tasks` and `appointments`, and hands them over in batches (docs/sync.md, "What a run reads").
/// Contacts come from search pages of 500, GHL's largest. Open tasks come from the location's task search,
/// many contacts per call (GhlSettings::taskSearchContacts, paged by taskSearchPageSize); a token without
/// its scope gets them contact by contact, as before. Notes and appointments are read per contact, and only
/// for contacts that are not settled (setSettled).
class ContactSource : public QObject {
    Q_OBJECT
public:
    ContactSource(api::GhlClient* client, SyncScope scope, RelatedData related, QObject* parent = nullptr);
    void start();
    void cancel();
    /// Set on a contact whose related records could not be read, with the reason.
    static QString fetchErrorKey() { return QStringLiteral("_fieldlinkFetchError"); }
    /// Set (true) on an id of an Ids scope that HighLevel no longer has (deleted or merged since it was
    /// picked or failed): that record fails alone instead of the whole run.
    static QString missingKey() { return QStringLiteral("_fieldlinkMissing"); }
    /// Set (true) on a settled contact: its related records were not read, so it must not be mapped as if
    /// it had none (see SettledContacts).
    static QString settledKey() { return QStringLiteral("_fieldlinkSettled"); }

    /// By contact id, the newest `dateUpdated` up to which the ledger's rows of that contact are still
    /// current: a listed contact not updated since is handed over without its related records, marked
    /// settledKey(). Call before start().
    void setSettled(QHash<QString, QDateTime> settledUntil) { m_settledUntil = std::move(settledUntil); }

Q_SIGNALS:
    /// Every contact of the scope, once listed and before any related record is read (missing and settled
    /// ones marked): enough to judge which contacts share a row (SyncWorker's overlapped writes).
    void listed(const QList<QJsonObject>& contacts);
    /// The same contacts again, a part at a time, each with its related records.
    void contacts(const QList<QJsonObject>& batch);
    void finished(const fieldlink::api::ApiResult& result);

private:
    void onPage(const QJsonArray& page);
    void onListed();
    void attachRelated(QList<QJsonObject> batch);
    void attachRelatedToPart(QList<QJsonObject> part);
    bool isSettled(const QJsonObject& contact) const;
    struct Batch;
    void searchTasks(const std::shared_ptr<Batch>& batch, const QStringList& contactIds, int skip);
    void listTasksOneByOne(const std::shared_ptr<Batch>& batch, const QStringList& contactIds);
    /// Hands over those of `contactIds` whose related records are all in.
    void handOver(const std::shared_ptr<Batch>& batch, const QStringList& contactIds);
    void fetchByIds();
    void finishIfDone();

    api::GhlClient* m_client;
    SyncScope m_scope;
    RelatedData m_related;
    QHash<QString, QDateTime> m_settledUntil;
    bool m_taskSearchRefused = false; ///< the token lacks locations/tasks.readonly
    QList<QJsonObject> m_listed;
    QPointer<api::GhlContactPager> m_pager;
    int m_pendingBatches = 0;
    bool m_listingDone = false;
    bool m_finished = false;
    api::ApiResult m_firstError;
};

} // namespace fieldlink::sync
