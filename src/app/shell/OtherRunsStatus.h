#pragma once

#include "core/store/RunLeaseRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace fieldlink {

/// What the status bar says about runs another process is writing — a scheduled fieldlink-cli, another
/// Fieldlink window — so the admin knows why a run would have to wait. Widget-free, for tests.
class OtherRunsStatus {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::OtherRunsStatus)
public:
    QString text;    ///< empty when no other process writes
    QString toolTip; ///< every such run in full

    /// From the leases held now: this process's own (`ownHost`, `ownPid`) and those whose holder is gone are
    /// left out.
    static OtherRunsStatus from(const QList<store::RunLeaseHolder>& holders, const QDateTime& now,
                                const QString& ownHost, qint64 ownPid);
};

} // namespace fieldlink
