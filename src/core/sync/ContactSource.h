#pragma once

#include "core/api/ApiResult.h"
#include "core/sync/SyncScope.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

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
/// `notes`, `tasks` and `appointments`, and hands them over in batches.
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

Q_SIGNALS:
    void contacts(const QList<QJsonObject>& batch);
    void finished(const fieldlink::api::ApiResult& result);

private:
    void onPage(const QJsonArray& page);
    void attachRelated(QList<QJsonObject> batch);
    void fetchByIds();
    void finishIfDone();

    api::GhlClient* m_client;
    SyncScope m_scope;
    RelatedData m_related;
    QPointer<api::GhlContactPager> m_pager;
    int m_pendingBatches = 0;
    bool m_listingDone = false;
    bool m_finished = false;
    api::ApiResult m_firstError;
};

} // namespace fieldlink::sync
