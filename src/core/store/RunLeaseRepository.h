#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace fieldlink::store {

/// Who holds a run lease: one row of run_leases.
struct RunLeaseHolder {
    enum class Owner { App, Cli };

    QString leaseKey;
    QString direction; ///< ghl_to_kixie or kixie_to_ghl
    qint64 runId = 0;  ///< 0 until the run is numbered
    Owner owner = Owner::App;
    QString host;
    qint64 pid = 0;
    QString token;
    QDateTime startedAt;
    QDateTime heartbeatAt;

    static QString ownerName(Owner owner) {
        return owner == Owner::Cli ? QStringLiteral("cli") : QStringLiteral("app");
    }
};

/// What acquire() found: the lease is now ours (`holder` then names a dead holder it was taken from, if any),
/// or it is busy and `holder` says who has it.
struct LeaseAnswer {
    bool acquired = false;
    std::optional<RunLeaseHolder> holder;
};

/// The run_leases table: one writer per account and direction across processes. Acquiring reads and writes
/// the row in one `BEGIN IMMEDIATE` transaction, so two processes never both find it free.
class RunLeaseRepository {
public:
    explicit RunLeaseRepository(QSqlDatabase database)
        : m_database(std::move(database)) {}

    /// Takes `claim.leaseKey` for `claim` when it is free or `isGone(holder)` says its holder is gone; a
    /// holder taken over has its run marked interrupted (resumable). Else answers who holds it.
    Result<LeaseAnswer> acquire(const RunLeaseHolder& claim,
                                const std::function<bool(const RunLeaseHolder&)>& isGone);
    /// Refreshes the heartbeat; false when the row is no longer ours (taken over while we were stalled).
    Result<bool> heartbeat(const QString& leaseKey, const QString& token, const QDateTime& now);
    /// Names the run holding the lease, once it has a number.
    Result<> setRun(const QString& leaseKey, const QString& token, qint64 runId);
    /// Gives the lease up; a row someone else took over is left alone.
    Result<> release(const QString& leaseKey, const QString& token);
    /// Every lease held now (for the status bar), oldest first.
    Result<QList<RunLeaseHolder>> holders() const;

private:
    Result<std::optional<RunLeaseHolder>> find(const QString& leaseKey) const;
    Result<> write(const RunLeaseHolder& claim, bool replace);
    Result<LeaseAnswer> decide(const RunLeaseHolder& claim,
                               const std::function<bool(const RunLeaseHolder&)>& isGone);

    QSqlDatabase m_database;
};

} // namespace fieldlink::store
