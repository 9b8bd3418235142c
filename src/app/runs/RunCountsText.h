#pragma once

#include <QJsonObject>
#include <QString>

namespace fieldlink {

/// A run's counts (sync::RunCounts::toJson or sync::EventCounts::toJson) in words, the ones above zero:
/// "created 3, updated 2, enrolled 2 in a cadence, 30 unchanged, 5 skipped". A dry run says what a run would
/// do: "would create 3, would update 2, would enrol 2 in a cadence". "nothing" when every count is zero.
QString runCountsText(const QJsonObject& counts, bool dryRun);

} // namespace fieldlink
