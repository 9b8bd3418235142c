#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace fieldlink::sync {

/// What a run did, in the admin's words: the action of one record ("Created", "Would create") and a run's
/// counts ("3 created, 1 updated"). The store keeps the stable keys (`create`, `skipped`…); only these
/// words are shown, so a translation changes what people read and never what the ledger holds.
class RunWords {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::sync::RunWords)

public:
    /// The action recorded for one record (`create`, `skip`, `note`, `duplicate`…). A dry run sent
    /// nothing, so its actions read as what would happen. An unknown key is shown as it is.
    static QString action(const QString& key, bool dryRun = false);
    /// One count of a run's summary (`created` 3 -> "3 created"), with its plural and the number in the
    /// user's locale.
    static QString count(const QString& key, int n, bool dryRun = false);
    /// Every non-zero count, in a fixed order ("3 created, 1 updated"), or "nothing".
    static QString summary(const QJsonObject& counts, bool dryRun = false);
};

} // namespace fieldlink::sync
