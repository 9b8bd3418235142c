#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace fieldlink::store {

/// One stored webhook delivery.
struct InboxDelivery {
    qint64 id = 0;
    QDateTime receivedAt;
    QByteArray body;
    QString state; ///< pending, done, malformed
    QString error; ///< why a malformed delivery was refused
    qint64 runId = 0;
};

struct InboxCounts {
    int pending = 0;
    int done = 0;
    int malformed = 0;
};

/// The webhook inbox (`webhook_inbox`): every delivery the listener accepts is stored here before it is
/// answered, and the events worker processes from here, so a process killed at any moment loses nothing.
///
/// Durability: the database runs in WAL mode with `synchronous=NORMAL` (Database). A committed transaction
/// is then in the WAL file, handed to the operating system, before add() returns; it survives the process
/// being killed (even with SIGKILL). Only a power cut or an operating-system crash can lose the newest
/// commits, which is the price of not waiting for the disk on every delivery.
class WebhookInbox {
public:
    explicit WebhookInbox(QSqlDatabase database)
        : m_database(std::move(database)) {}

    /// Stores a delivery to process, in one short transaction; its id.
    Result<qint64> add(const QByteArray& body);
    /// Keeps a delivery that could not be read, with the reason, for the admin to inspect; never processed.
    Result<qint64> keepMalformed(const QByteArray& body, const QString& reason);
    /// Up to `limit` deliveries still to process after `afterId`, oldest first.
    Result<QList<InboxDelivery>> pending(qint64 afterId, int limit) const;
    /// Takes a pending delivery for `runId`. False when another live run has taken it already; a run that
    /// is no longer running (its process died) holds nothing.
    Result<bool> claim(qint64 id, qint64 runId);
    /// The delivery has been handled by `runId` (the run's records say how).
    Result<> markDone(qint64 id, qint64 runId);
    Result<InboxCounts> counts() const;
    /// The newest `limit` malformed deliveries, newest first.
    Result<QList<InboxDelivery>> malformed(int limit) const;

private:
    Result<qint64> insert(const QByteArray& body, const QString& state, const QString& error);
    Result<QList<InboxDelivery>> select(const QString& where, const QVariantList& values) const;

    QSqlDatabase m_database;
};

} // namespace fieldlink::store
