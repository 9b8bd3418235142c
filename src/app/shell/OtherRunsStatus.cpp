#include "app/shell/OtherRunsStatus.h"

#include "core/sync/RunLease.h"

#include <QLocale>

namespace fieldlink {

OtherRunsStatus OtherRunsStatus::from(const QList<store::RunLeaseHolder>& holders, const QDateTime& now,
                                      const QString& ownHost, qint64 ownPid) {
    const sync::LeaseTiming timing = sync::LeaseTiming::fromEnvironment();
    QList<store::RunLeaseHolder> others;
    for (const store::RunLeaseHolder& holder : holders) {
        if ((holder.host != ownHost || holder.pid != ownPid) && !sync::RunLease::isGone(holder, now, timing))
            others << holder;
    }
    OtherRunsStatus status;
    if (others.isEmpty())
        return status;
    const store::RunLeaseHolder& first = others.constFirst();
    const QString target = sync::RunLease::targetOf(first.direction);
    const QString since = QLocale().toString(first.startedAt.toLocalTime().time(), QLocale::ShortFormat);
    const bool scheduled = first.owner == store::RunLeaseHolder::Owner::Cli;
    if (first.runId <= 0)
        status.text = scheduled
                          ? tr("A scheduled run is writing to %1 (since %2)").arg(target, since)
                          : tr("Another Fieldlink window is writing to %1 (since %2)").arg(target, since);
    else
        status.text =
            scheduled ? tr("Scheduled run %1 is writing to %2 (since %3)").arg(first.runId).arg(target, since)
                      : tr("Run %1 of another Fieldlink window is writing to %2 (since %3)")
                            .arg(first.runId)
                            .arg(target, since);
    if (others.size() > 1)
        status.text += tr(", and %n more run(s)", nullptr, static_cast<int>(others.size() - 1));
    QStringList lines;
    for (const store::RunLeaseHolder& holder : std::as_const(others))
        lines << tr("Writing to %1: %2")
                     .arg(sync::RunLease::targetOf(holder.direction), sync::RunLease::describe(holder, now));
    status.toolTip = lines.join(QLatin1Char('\n'));
    return status;
}

} // namespace fieldlink
