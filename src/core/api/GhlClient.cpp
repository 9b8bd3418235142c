#include "core/api/GhlClient.h"

#include "core/Logging.h"

#include <QJsonDocument>

namespace fieldlink::api {

GhlClient::GhlClient(GhlSettings settings, QNetworkAccessManager* network, Clock* clock, RequestLog* log,
                     QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_queue(QueueSettings{Service::Ghl, m_settings.baseUrl, m_settings.maxConcurrent,
                            m_settings.transferTimeoutMs, m_settings.burstBudget, 0, m_settings.retry},
              network, clock, log, this) {
    // Pinned: later versions rename paths (docs/api.md, "GHL: transport and version").
    m_queue.setDefaultHeaders({{QByteArrayLiteral("Version"), QByteArray(apiVersion)}});
}

QString GhlClient::contactPath(const QString& contactId, const QString& tail) {
    return QStringLiteral("/contacts/") + QString::fromLatin1(QUrl::toPercentEncoding(contactId)) + tail;
}

ApiRequest* GhlClient::send(QByteArray method, QString path, QString operation, QString scope,
                            Idempotency idempotency, QJsonObject body, QUrlQuery query) {
    RequestSpec spec;
    spec.method = std::move(method);
    spec.path = std::move(path);
    spec.query = std::move(query);
    if (!body.isEmpty() || spec.method == "POST" || spec.method == "PUT")
        spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    spec.idempotency = idempotency;
    spec.requiredScope = std::move(scope);
    spec.operation = std::move(operation);
    return m_queue.submit(std::move(spec));
}

ApiRequest* GhlClient::sendBody(GhlRequestBodies::Dto dto, QByteArray method, QString path, QString operation,
                                Idempotency idempotency, const QJsonObject& body) {
    auto sanitised = GhlRequestBodies::sanitise(dto, body, m_settings.sendCompanyNameOnUpdate);
    if (!sanitised.dropped.isEmpty())
        qCDebug(lcApi) << operation << "left out properties GHL does not accept:" << sanitised.dropped;
    return send(std::move(method), std::move(path), std::move(operation), GhlScope::contactsWrite,
                idempotency, sanitised.body);
}

ApiRequest* GhlClient::getContact(const QString& contactId) {
    return send("GET", contactPath(contactId), QStringLiteral("contacts.get"), GhlScope::contactsRead);
}

ApiRequest* GhlClient::listContacts(int limit, qint64 startAfter, const QString& startAfterId) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("locationId"), m_settings.locationId);
    query.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(limit, 1, 100)));
    if (!startAfterId.isEmpty()) {
        query.addQueryItem(QStringLiteral("startAfter"), QString::number(startAfter));
        query.addQueryItem(QStringLiteral("startAfterId"), startAfterId);
    }
    return send("GET", QStringLiteral("/contacts/"), QStringLiteral("contacts.list"), GhlScope::contactsRead,
                Idempotency::Idempotent, {}, query);
}

ApiRequest* GhlClient::searchContacts(QJsonObject body) {
    body.insert(QStringLiteral("locationId"), m_settings.locationId);
    if (!body.contains(QLatin1String("pageLimit")))
        body.insert(QStringLiteral("pageLimit"), 100);
    // A search reads; repeating it is harmless even though it is a POST.
    return send("POST", QStringLiteral("/contacts/search"), QStringLiteral("contacts.search"),
                GhlScope::contactsRead, Idempotency::Idempotent, body);
}

ApiRequest* GhlClient::upsertContact(const QJsonObject& contact) {
    QJsonObject body = contact;
    body.insert(QStringLiteral("locationId"), m_settings.locationId);
    // Upsert matches on the location's duplicate rule, so sending it twice updates the same contact.
    return sendBody(GhlRequestBodies::Dto::UpsertContact, "POST", QStringLiteral("/contacts/upsert"),
                    QStringLiteral("contacts.upsert"), Idempotency::Idempotent, body);
}

ApiRequest* GhlClient::updateContact(const QString& contactId, const QJsonObject& changes) {
    return sendBody(GhlRequestBodies::Dto::UpdateContact, "PUT", contactPath(contactId),
                    QStringLiteral("contacts.update"), Idempotency::Idempotent, changes);
}

ApiRequest* GhlClient::findContactByPhone(const QString& phone) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("locationId"), m_settings.locationId);
    // The + of an E.164 number must travel as %2B.
    query.addQueryItem(QStringLiteral("number"), QString::fromLatin1(QUrl::toPercentEncoding(phone)));
    return send("GET", QStringLiteral("/contacts/search/duplicate"), QStringLiteral("contacts.duplicate"),
                GhlScope::contactsRead, Idempotency::Idempotent, {}, query);
}

ApiRequest* GhlClient::listTasks(const QString& contactId) {
    return send("GET", contactPath(contactId, QStringLiteral("/tasks")), QStringLiteral("tasks.list"),
                GhlScope::contactsRead);
}

ApiRequest* GhlClient::searchOpenTasks(const QStringList& contactIds, int limit, int skip) {
    const QJsonObject body{{QStringLiteral("contactId"), QJsonArray::fromStringList(contactIds)},
                           {QStringLiteral("completed"), false},
                           {QStringLiteral("limit"), std::max(1, limit)},
                           {QStringLiteral("skip"), std::max(0, skip)}};
    // A search reads; repeating it is harmless even though it is a POST.
    return send("POST",
                QStringLiteral("/locations/") +
                    QString::fromLatin1(QUrl::toPercentEncoding(m_settings.locationId)) +
                    QStringLiteral("/tasks/search"),
                QStringLiteral("tasks.search"), GhlScope::locationTasksRead, Idempotency::Idempotent, body);
}

ApiRequest* GhlClient::createTask(const QString& contactId, const QJsonObject& task) {
    return sendBody(GhlRequestBodies::Dto::CreateTask, "POST",
                    contactPath(contactId, QStringLiteral("/tasks")), QStringLiteral("tasks.create"),
                    Idempotency::NonIdempotent, task);
}

ApiRequest* GhlClient::updateTask(const QString& contactId, const QString& taskId,
                                  const QJsonObject& changes) {
    return sendBody(GhlRequestBodies::Dto::UpdateTask, "PUT",
                    contactPath(contactId, QStringLiteral("/tasks/") + taskId),
                    QStringLiteral("tasks.update"), Idempotency::Idempotent, changes);
}

ApiRequest* GhlClient::setTaskCompleted(const QString& contactId, const QString& taskId, bool completed) {
    return send("PUT",
                contactPath(contactId, QStringLiteral("/tasks/") + taskId + QStringLiteral("/completed")),
                QStringLiteral("tasks.completed"), GhlScope::contactsWrite, Idempotency::Idempotent,
                QJsonObject{{QStringLiteral("completed"), completed}});
}

ApiRequest* GhlClient::listNotes(const QString& contactId) {
    return send("GET", contactPath(contactId, QStringLiteral("/notes")), QStringLiteral("notes.list"),
                GhlScope::contactsRead);
}

ApiRequest* GhlClient::createNote(const QString& contactId, const QJsonObject& note) {
    return sendBody(GhlRequestBodies::Dto::CreateNote, "POST",
                    contactPath(contactId, QStringLiteral("/notes")), QStringLiteral("notes.create"),
                    Idempotency::NonIdempotent, note);
}

ApiRequest* GhlClient::updateNote(const QString& contactId, const QString& noteId,
                                  const QJsonObject& changes) {
    return sendBody(GhlRequestBodies::Dto::UpdateNote, "PUT",
                    contactPath(contactId, QStringLiteral("/notes/") + noteId),
                    QStringLiteral("notes.update"), Idempotency::Idempotent, changes);
}

ApiRequest* GhlClient::listAppointments(const QString& contactId) {
    return send("GET", contactPath(contactId, QStringLiteral("/appointments")),
                QStringLiteral("appointments.list"), GhlScope::contactsRead);
}

ApiRequest* GhlClient::addTags(const QString& contactId, const QStringList& tags) {
    return sendBody(GhlRequestBodies::Dto::Tags, "POST", contactPath(contactId, QStringLiteral("/tags")),
                    QStringLiteral("tags.add"), Idempotency::Idempotent,
                    QJsonObject{{QStringLiteral("tags"), QJsonArray::fromStringList(tags)}});
}

ApiRequest* GhlClient::removeTags(const QString& contactId, const QStringList& tags) {
    return sendBody(GhlRequestBodies::Dto::Tags, "DELETE", contactPath(contactId, QStringLiteral("/tags")),
                    QStringLiteral("tags.remove"), Idempotency::Idempotent,
                    QJsonObject{{QStringLiteral("tags"), QJsonArray::fromStringList(tags)}});
}

ApiRequest* GhlClient::locationTags() {
    return send("GET",
                QStringLiteral("/locations/") +
                    QString::fromLatin1(QUrl::toPercentEncoding(m_settings.locationId)) +
                    QStringLiteral("/tags"),
                QStringLiteral("locations.tags"), GhlScope::locationTagsRead);
}

ApiRequest* GhlClient::customFields(const QString& model) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("model"), model);
    return send(
        "GET",
        QStringLiteral("/locations/") + QString::fromLatin1(QUrl::toPercentEncoding(m_settings.locationId)) +
            QStringLiteral("/customFields"),
        QStringLiteral("customFields.list"), GhlScope::customFieldsRead, Idempotency::Idempotent, {}, query);
}

} // namespace fieldlink::api
