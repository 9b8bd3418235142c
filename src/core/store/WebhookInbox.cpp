#include "core/store/WebhookInbox.h"

#include "core/store/SqlFailure.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace fieldlink::store {
namespace {

QString now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

Result<qint64> WebhookInbox::add(const QByteArray& body) {
    return insert(body, QStringLiteral("pending"), QStringLiteral(""));
}

Result<qint64> WebhookInbox::keepMalformed(const QByteArray& body, const QString& reason) {
    return insert(body, QStringLiteral("malformed"), reason);
}

Result<qint64> WebhookInbox::insert(const QByteArray& body, const QString& state, const QString& error) {
    // One statement outside any open transaction: SQLite commits it on its own, the shortest write there is.
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("INSERT INTO webhook_inbox (received_at, body, state, error) VALUES (?, ?, ?, ?)"));
    query.addBindValue(now());
    query.addBindValue(body.isNull() ? QByteArray("") : body);
    query.addBindValue(state);
    query.addBindValue(error);
    if (!query.exec())
        return sqlFailure(query.lastError());
    return query.lastInsertId().toLongLong();
}

Result<QList<InboxDelivery>> WebhookInbox::pending(qint64 afterId, int limit) const {
    return select(QStringLiteral("WHERE state = 'pending' AND id > ? ORDER BY id LIMIT ?"), {afterId, limit});
}

Result<QList<InboxDelivery>> WebhookInbox::malformed(int limit) const {
    return select(QStringLiteral("WHERE state = 'malformed' ORDER BY id DESC LIMIT ?"), {limit});
}

Result<QList<InboxDelivery>> WebhookInbox::select(const QString& where, const QVariantList& values) const {
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, received_at, body, state, error, run_id FROM webhook_inbox ") +
                  where);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlFailure(query.lastError());
    QList<InboxDelivery> deliveries;
    while (query.next()) {
        deliveries.append({query.value(0).toLongLong(),
                           QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs),
                           query.value(2).toByteArray(), query.value(3).toString(), query.value(4).toString(),
                           query.value(5).toLongLong()});
    }
    return deliveries;
}

Result<bool> WebhookInbox::claim(qint64 id, qint64 runId) {
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "UPDATE webhook_inbox SET run_id = ? WHERE id = ? AND state = 'pending' AND (run_id IS NULL OR "
        "run_id = ? OR run_id NOT IN (SELECT id FROM runs WHERE status = 'running'))"));
    query.addBindValue(runId);
    query.addBindValue(id);
    query.addBindValue(runId);
    if (!query.exec())
        return sqlFailure(query.lastError());
    return query.numRowsAffected() == 1;
}

Result<> WebhookInbox::markDone(qint64 id, qint64 runId) {
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral(
        "UPDATE webhook_inbox SET state = 'done', run_id = ?, processed_at = ? WHERE id = ? AND state = "
        "'pending'"));
    query.addBindValue(runId);
    query.addBindValue(now());
    query.addBindValue(id);
    if (!query.exec())
        return sqlFailure(query.lastError());
    return {};
}

Result<InboxCounts> WebhookInbox::counts() const {
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT state, COUNT(*) FROM webhook_inbox GROUP BY state")))
        return sqlFailure(query.lastError());
    InboxCounts counts;
    while (query.next()) {
        const QString state = query.value(0).toString();
        const int count = query.value(1).toInt();
        if (state == QLatin1String("pending"))
            counts.pending = count;
        else if (state == QLatin1String("done"))
            counts.done = count;
        else if (state == QLatin1String("malformed"))
            counts.malformed = count;
    }
    return counts;
}

} // namespace fieldlink::store
