#pragma once

#include "core/api/ApiRequest.h"
#include "core/api/GhlRequestBodies.h"
#include "core/api/RequestQueue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace fieldlink::api {

/// Connection settings for one GHL location. The defaults are GHL's documented ones (docs/api.md).
struct GhlSettings {
    QUrl baseUrl = QUrl(QStringLiteral("https://services.leadconnectorhq.com"));
    QString locationId;
    RateBudget burstBudget{100, 10000};
    int maxConcurrent = 4;
    int transferTimeoutMs = 30000;
    /// Whether PUT /contacts/{id} may carry companyName; unconfirmed, so off.
    bool sendCompanyNameOnUpdate = false;
    /// Tasks per page of the location's task search; its largest allowed value is undocumented
    /// (docs/api.md, "GHL: task search"), so it is a setting.
    int taskSearchPageSize = 100;
    /// Contacts named in one task search.
    int taskSearchContacts = 50;
    RetryPolicy::Settings retry;
};

/// The GHL API v2 endpoints Fieldlink uses, on one rate-limited queue per location.
/// Every call returns its ApiRequest, which emits finished() once. The client pins `Version: 2021-07-28`
/// and cuts every body down to what the endpoint accepts.
class GhlClient : public QObject {
    Q_OBJECT
public:
    static constexpr const char* apiVersion = "2021-07-28";

    GhlClient(GhlSettings settings, QNetworkAccessManager* network, Clock* clock, RequestLog* log,
              QObject* parent = nullptr);

    void setTokenSource(auth::AccessTokenSource* source) { m_queue.setTokenSource(source); }
    RequestQueue& queue() { return m_queue; }
    const GhlSettings& settings() const { return m_settings; }
    QString locationId() const { return m_settings.locationId; }

    ApiRequest* getContact(const QString& contactId);
    /// The deprecated list endpoint, paged with startAfter/startAfterId.
    ApiRequest* listContacts(int limit, qint64 startAfter = 0, const QString& startAfterId = {});
    /// `body` holds filters, sort, query, pageLimit and searchAfter; locationId is added.
    ApiRequest* searchContacts(QJsonObject body);
    ApiRequest* upsertContact(const QJsonObject& contact);
    ApiRequest* updateContact(const QString& contactId, const QJsonObject& changes);
    /// The location's contact with this phone (E.164), by the duplicate lookup: `{"contact": Contact|null}`.
    ApiRequest* findContactByPhone(const QString& phone);

    ApiRequest* listTasks(const QString& contactId);
    /// The location's task search (scope locations/tasks.readonly), open tasks of many contacts in one call:
    /// `{"tasks": [Task]}`, `limit` tasks from the `skip`th on; a page shorter than `limit` is the last.
    ApiRequest* searchOpenTasks(const QStringList& contactIds, int limit, int skip);
    ApiRequest* createTask(const QString& contactId, const QJsonObject& task);
    ApiRequest* updateTask(const QString& contactId, const QString& taskId, const QJsonObject& changes);
    ApiRequest* setTaskCompleted(const QString& contactId, const QString& taskId, bool completed);

    ApiRequest* listNotes(const QString& contactId);
    ApiRequest* createNote(const QString& contactId, const QJsonObject& note);
    ApiRequest* updateNote(const QString& contactId, const QString& noteId, const QJsonObject& changes);

    ApiRequest* listAppointments(const QString& contactId);

    ApiRequest* addTags(const QString& contactId, const QStringList& tags);
    ApiRequest* removeTags(const QString& contactId, const QStringList& tags);

    /// Custom field definitions of the location; `model` is contact, opportunity or all.
    ApiRequest* customFields(const QString& model = QStringLiteral("contact"));
    /// The location's tag catalogue: `{"tags": [{"id", "name", "locationId"}]}` (scope
    /// locations/tags.readonly).
    ApiRequest* locationTags();

private:
    ApiRequest* send(QByteArray method, QString path, QString operation, QString scope,
                     Idempotency idempotency = Idempotency::Idempotent, QJsonObject body = {},
                     QUrlQuery query = {});
    ApiRequest* sendBody(GhlRequestBodies::Dto dto, QByteArray method, QString path, QString operation,
                         Idempotency idempotency, const QJsonObject& body);
    static QString contactPath(const QString& contactId, const QString& tail = {});

    GhlSettings m_settings;
    RequestQueue m_queue;
};

/// The scope names GHL uses.
namespace GhlScope {
inline const QString contactsRead = QStringLiteral("contacts.readonly");
inline const QString contactsWrite = QStringLiteral("contacts.write");
inline const QString customFieldsRead = QStringLiteral("locations/customFields.readonly");
inline const QString locationTagsRead = QStringLiteral("locations/tags.readonly");
inline const QString locationTasksRead = QStringLiteral("locations/tasks.readonly");
} // namespace GhlScope

} // namespace fieldlink::api
