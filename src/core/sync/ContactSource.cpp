#include "core/sync/ContactSource.h"

#include "core/api/ApiRequest.h"
#include "core/api/GhlClient.h"
#include "core/api/GhlContactPager.h"
#include "core/api/RequestLog.h"

#include <memory>

namespace fieldlink::sync {
namespace {

void collectFields(const QJsonValue& value, QStringList& fields) {
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if ((it.key() == QLatin1String("source") || it.key() == QLatin1String("field")) &&
                it.value().isString())
                fields << it.value().toString();
            else if (it.key() == QLatin1String("sources") && it.value().isArray())
                for (const QJsonValue& source : it.value().toArray())
                    fields << source.toString();
            collectFields(it.value(), fields);
        }
    } else if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            collectFields(item, fields);
    }
}

bool refersTo(const QStringList& fields, const QString& root) {
    return std::any_of(fields.begin(), fields.end(), [&root](const QString& field) {
        return field == root || field.startsWith(root + QLatin1Char('.')) ||
               field.startsWith(root + QLatin1Char('['));
    });
}

} // namespace

RelatedData RelatedData::usedBy(const QJsonObject& profileJson) {
    QStringList fields;
    collectFields(profileJson.value(QLatin1String("rules")), fields);
    collectFields(profileJson.value(QLatin1String("routing")), fields);
    return {refersTo(fields, QStringLiteral("notes")), refersTo(fields, QStringLiteral("tasks")),
            refersTo(fields, QStringLiteral("appointments"))};
}

ContactSource::ContactSource(api::GhlClient* client, SyncScope scope, RelatedData related, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_scope(std::move(scope))
    , m_related(related) {
}

void ContactSource::start() {
    if (m_scope.kind == SyncScope::Kind::Ids)
        return fetchByIds();
    auto* pager = new api::GhlContactPager(m_client, api::GhlContactPager::Mode::Search, this);
    m_pager = pager;
    QJsonObject search{{QStringLiteral("sort"),
                        QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("dateAdded")},
                                               {QStringLiteral("direction"), QStringLiteral("asc")}}}}};
    QJsonArray filters;
    if (m_scope.kind == SyncScope::Kind::Tag)
        filters.append(QJsonObject{{QStringLiteral("field"), QStringLiteral("tags")},
                                   {QStringLiteral("operator"), QStringLiteral("contains")},
                                   {QStringLiteral("value"), m_scope.tag}});
    if (m_scope.kind == SyncScope::Kind::SinceLast && !m_scope.updatedSince.isEmpty())
        filters.append(QJsonObject{
            {QStringLiteral("field"), QStringLiteral("dateUpdated")},
            {QStringLiteral("operator"), QStringLiteral("range")},
            {QStringLiteral("value"), QJsonObject{{QStringLiteral("gt"), m_scope.updatedSince}}}});
    if (!filters.isEmpty())
        search.insert(QStringLiteral("filters"), filters);
    if (m_scope.kind == SyncScope::Kind::Query)
        search.insert(QStringLiteral("query"), m_scope.query);
    pager->setSearch(search);
    pager->setPageSize(m_related.callsPerContact() > 0 ? 100 : 500);
    if (m_scope.kind == SyncScope::Kind::FirstN)
        pager->setMaximum(m_scope.limit);
    connect(pager, &api::GhlContactPager::page, this, &ContactSource::onPage);
    connect(pager, &api::GhlContactPager::finished, this, [this](const api::ApiResult& result) {
        if (!result.ok() && m_firstError.ok())
            m_firstError = result;
        m_listingDone = true;
        finishIfDone();
    });
    pager->start();
}

void ContactSource::cancel() {
    if (api::GhlContactPager* pager = m_pager.data(); pager != nullptr)
        pager->cancel();
    m_client->queue().cancelAll();
}

void ContactSource::onPage(const QJsonArray& page) {
    QList<QJsonObject> batch;
    for (const QJsonValue& contact : page)
        batch << contact.toObject();
    attachRelated(batch);
}

void ContactSource::fetchByIds() {
    auto remaining = std::make_shared<int>(static_cast<int>(m_scope.ids.size()));
    auto found = std::make_shared<QList<QJsonObject>>();
    auto missing = std::make_shared<QList<QJsonObject>>();
    m_pendingBatches = 1;
    m_listingDone = true;
    if (m_scope.ids.isEmpty()) {
        m_pendingBatches = 0;
        return finishIfDone();
    }
    for (const QString& id : m_scope.ids) {
        const api::RequestSubject subject(m_client->queue().log(), id);
        connect(m_client->getContact(id), &api::ApiRequest::finished, this,
                [this, remaining, found, missing, id](const api::ApiResult& result) {
                    if (result.ok())
                        found->append(result.json.toObject().value(QLatin1String("contact")).toObject());
                    else if (result.error == api::ErrorClass::NotFound)
                        missing->append(QJsonObject{{QStringLiteral("id"), id}, {missingKey(), true}});
                    else if (m_firstError.ok())
                        m_firstError = result;
                    if (--*remaining == 0) {
                        --m_pendingBatches;
                        if (!missing->isEmpty()) // no related records to read for a contact that is gone
                            Q_EMIT contacts(*missing);
                        attachRelated(*found);
                    }
                });
    }
}

void ContactSource::attachRelated(QList<QJsonObject> batch) {
    if (m_related.callsPerContact() == 0 || batch.isEmpty()) {
        if (!batch.isEmpty())
            Q_EMIT contacts(batch);
        return finishIfDone();
    }
    ++m_pendingBatches;
    auto shared = std::make_shared<QList<QJsonObject>>(std::move(batch));
    auto remaining = std::make_shared<int>(static_cast<int>(shared->size()) * m_related.callsPerContact());
    const auto attach = [this, shared, remaining](qsizetype index, const QString& key,
                                                  const QString& wrapper) {
        return [this, shared, remaining, index, key, wrapper](const api::ApiResult& result) {
            if (result.ok())
                (*shared)[index].insert(key, result.json.toObject().value(wrapper));
            else // mapped without its related records, the row would be wrong: the record fails instead
                (*shared)[index].insert(fetchErrorKey(), result.message);
            if (--*remaining == 0) {
                --m_pendingBatches;
                Q_EMIT contacts(*shared);
                finishIfDone();
            }
        };
    };
    for (qsizetype i = 0; i < shared->size(); ++i) {
        const QString id = shared->at(i).value(QLatin1String("id")).toString();
        const api::RequestSubject subject(m_client->queue().log(), id);
        if (m_related.notes)
            connect(m_client->listNotes(id), &api::ApiRequest::finished, this,
                    attach(i, QStringLiteral("notes"), QStringLiteral("notes")));
        if (m_related.tasks)
            connect(m_client->listTasks(id), &api::ApiRequest::finished, this,
                    attach(i, QStringLiteral("tasks"), QStringLiteral("tasks")));
        if (m_related.appointments)
            connect(m_client->listAppointments(id), &api::ApiRequest::finished, this,
                    attach(i, QStringLiteral("appointments"), QStringLiteral("events")));
    }
}

void ContactSource::finishIfDone() {
    if (m_finished || !m_listingDone || m_pendingBatches > 0)
        return;
    m_finished = true;
    Q_EMIT finished(m_firstError);
}

} // namespace fieldlink::sync
