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
    pager->setPageSize(500); // GHL's largest search page: fewer calls, and related reads batch better
    if (m_scope.kind == SyncScope::Kind::FirstN)
        pager->setMaximum(m_scope.limit);
    connect(pager, &api::GhlContactPager::page, this, &ContactSource::onPage);
    connect(pager, &api::GhlContactPager::finished, this, [this](const api::ApiResult& result) {
        m_listingDone = true;
        if (!result.ok()) {
            if (m_firstError.ok())
                m_firstError = result;
            return finishIfDone();
        }
        onListed();
    });
    pager->start();
}

void ContactSource::cancel() {
    if (api::GhlContactPager* pager = m_pager.data(); pager != nullptr)
        pager->cancel();
    m_client->queue().cancelAll();
}

void ContactSource::onPage(const QJsonArray& page) {
    // Every page is listed before any related record is read: queued behind a page's notes, the next page
    // would keep the run from planning (and writing) until most reads were done.
    for (const QJsonValue& contact : page)
        m_listed << contact.toObject();
}

void ContactSource::onListed() {
    for (QJsonObject& contact : m_listed) {
        if (m_related.callsPerContact() > 0 && isSettled(contact))
            contact.insert(settledKey(), true);
    }
    Q_EMIT listed(m_listed);
    attachRelated(std::exchange(m_listed, {}));
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
                        if (!m_firstError.ok())
                            return finishIfDone();
                        for (QJsonObject& contact : *found) {
                            if (m_related.callsPerContact() > 0 && isSettled(contact))
                                contact.insert(settledKey(), true);
                        }
                        Q_EMIT listed(*found + *missing);
                        if (!missing->isEmpty()) // no related records to read for a contact that is gone
                            Q_EMIT contacts(*missing);
                        attachRelated(*found);
                    }
                });
    }
}

/// One page of contacts while its related records are read: handed over when the last read is back.
/// One part of the contacts while its related records are read. A contact is handed over as soon as its own
/// reads and its part's task search are back, so the run can write its row while the rest are read.
struct ContactSource::Batch {
    QList<QJsonObject> contacts;
    QHash<QString, qsizetype> indexById;
    QHash<QString, QJsonArray> tasks; ///< open tasks by contact id, from the task search
    QHash<QString, int> pendingOf;    ///< reads still out, by contact id
    bool tasksIn = false;             ///< the part's task search has answered (every page)
    qsizetype handedOver = 0;
    QSet<QString> done;
};

bool ContactSource::isSettled(const QJsonObject& contact) const {
    const auto until = m_settledUntil.constFind(contact.value(QLatin1String("id")).toString());
    if (until == m_settledUntil.constEnd())
        return false;
    const QDateTime updated =
        QDateTime::fromString(contact.value(QLatin1String("dateUpdated")).toString(), Qt::ISODateWithMs);
    return updated.isValid() && updated <= *until;
}

void ContactSource::attachRelated(QList<QJsonObject> page) {
    if (m_related.callsPerContact() == 0 || page.isEmpty()) {
        if (!page.isEmpty())
            Q_EMIT contacts(page);
        return finishIfDone();
    }
    // In parts of one task search each, handed over as each part is read: the run writes a part's rows
    // while the next parts are read.
    ++m_pendingBatches; // held while the parts are sent: a part read at once must not end the source
    QList<QJsonObject> settled;
    QList<QJsonObject> toRead;
    for (QJsonObject& contact : page)
        (contact.value(settledKey()).toBool() ? settled : toRead) << std::move(contact);
    if (!settled.isEmpty()) // nothing to read for these
        Q_EMIT contacts(settled);
    const qsizetype part = std::max(1, m_client->settings().taskSearchContacts);
    for (qsizetype from = 0; from < toRead.size(); from += part)
        attachRelatedToPart(toRead.mid(from, part));
    --m_pendingBatches;
    finishIfDone();
}

void ContactSource::attachRelatedToPart(QList<QJsonObject> page) {
    ++m_pendingBatches;
    auto batch = std::make_shared<Batch>();
    batch->contacts = std::move(page);
    QStringList ids;
    for (qsizetype i = 0; i < batch->contacts.size(); ++i) {
        ids << batch->contacts.at(i).value(QLatin1String("id")).toString();
        batch->indexById.insert(ids.constLast(), i);
        batch->pendingOf.insert(ids.constLast(), 0);
    }
    batch->tasksIn = !m_related.tasks;
    if (m_related.tasks) { // first: the part's contacts are ready once it and their own reads are back
        if (m_taskSearchRefused)
            listTasksOneByOne(batch, ids);
        else
            searchTasks(batch, ids, 0);
    }
    const auto attach = [this, batch](const QString& id, const QString& key, const QString& wrapper) {
        return [this, batch, id, key, wrapper](const api::ApiResult& result) {
            QJsonObject& contact = batch->contacts[batch->indexById.value(id)];
            if (result.ok())
                contact.insert(key, result.json.toObject().value(wrapper));
            else // mapped without its related records, the row would be wrong: the record fails instead
                contact.insert(fetchErrorKey(), result.message);
            --batch->pendingOf[id];
            handOver(batch, {id});
        };
    };
    for (const QString& id : std::as_const(ids)) {
        const api::RequestSubject subject(m_client->queue().log(), id);
        if (m_related.notes) {
            ++batch->pendingOf[id];
            connect(m_client->listNotes(id), &api::ApiRequest::finished, this,
                    attach(id, QStringLiteral("notes"), QStringLiteral("notes")));
        }
        if (m_related.appointments) {
            ++batch->pendingOf[id];
            connect(m_client->listAppointments(id), &api::ApiRequest::finished, this,
                    attach(id, QStringLiteral("appointments"), QStringLiteral("events")));
        }
    }
    handOver(batch, ids); // in case every read already failed at once
}

namespace {

// The spec types each item of `tasks` as an array (a documentation gap); the tasks themselves are objects.
void collectTasks(const QJsonArray& items, QHash<QString, QJsonArray>& byContact) {
    for (const QJsonValue& item : items) {
        if (item.isArray())
            collectTasks(item.toArray(), byContact);
        else if (item.isObject())
            byContact[item.toObject().value(QLatin1String("contactId")).toString()].append(item);
    }
}

QJsonArray openTasks(const QJsonArray& tasks) {
    QJsonArray open;
    for (const QJsonValue& task : tasks) {
        if (!task.toObject().value(QLatin1String("completed")).toBool())
            open.append(task);
    }
    return open;
}

} // namespace

void ContactSource::searchTasks(const std::shared_ptr<Batch>& batch, const QStringList& contactIds,
                                int skip) {
    const int pageSize = std::max(1, m_client->settings().taskSearchPageSize);
    connect(m_client->searchOpenTasks(contactIds, pageSize, skip), &api::ApiRequest::finished, this,
            [this, batch, contactIds, skip, pageSize](const api::ApiResult& result) {
                if (result.error == api::ErrorClass::Scope && skip == 0) {
                    // A token made without locations/tasks.readonly: the tasks still come, one call per
                    // contact (docs/sync.md, "What a run reads").
                    m_taskSearchRefused = true;
                    return listTasksOneByOne(batch, contactIds);
                }
                if (!result.ok()) {
                    for (const QString& id : contactIds)
                        batch->contacts[batch->indexById.value(id)].insert(fetchErrorKey(), result.message);
                    batch->tasksIn = true;
                    return handOver(batch, contactIds);
                }
                const QJsonArray page = result.json.toObject().value(QLatin1String("tasks")).toArray();
                collectTasks(page, batch->tasks);
                if (page.size() >= pageSize) // a full page: there may be more
                    return searchTasks(batch, contactIds, skip + static_cast<int>(page.size()));
                for (const QString& id : contactIds)
                    batch->contacts[batch->indexById.value(id)].insert(QStringLiteral("tasks"),
                                                                       batch->tasks.value(id));
                batch->tasksIn = true;
                handOver(batch, contactIds);
            });
}

void ContactSource::listTasksOneByOne(const std::shared_ptr<Batch>& batch, const QStringList& contactIds) {
    for (const QString& id : contactIds) {
        const api::RequestSubject subject(m_client->queue().log(), id);
        ++batch->pendingOf[id];
        connect(m_client->listTasks(id), &api::ApiRequest::finished, this,
                [this, batch, id](const api::ApiResult& result) {
                    QJsonObject& contact = batch->contacts[batch->indexById.value(id)];
                    if (result.ok()) // the same open tasks the search gives
                        contact.insert(
                            QStringLiteral("tasks"),
                            openTasks(result.json.toObject().value(QLatin1String("tasks")).toArray()));
                    else
                        contact.insert(fetchErrorKey(), result.message);
                    --batch->pendingOf[id];
                    handOver(batch, {id});
                });
    }
    batch->tasksIn = true; // each contact now waits for its own tasks call
}

void ContactSource::handOver(const std::shared_ptr<Batch>& batch, const QStringList& contactIds) {
    if (!batch->tasksIn)
        return;
    QList<QJsonObject> ready;
    for (const QString& id : contactIds) {
        if (batch->pendingOf.value(id) > 0 || batch->done.contains(id))
            continue;
        batch->done.insert(id);
        ready << batch->contacts.at(batch->indexById.value(id));
    }
    if (ready.isEmpty())
        return;
    batch->handedOver += ready.size();
    Q_EMIT contacts(ready);
    if (batch->handedOver == batch->contacts.size()) {
        --m_pendingBatches;
        finishIfDone();
    }
}

void ContactSource::finishIfDone() {
    if (m_finished || !m_listingDone || m_pendingBatches > 0)
        return;
    m_finished = true;
    Q_EMIT finished(m_firstError);
}

} // namespace fieldlink::sync
