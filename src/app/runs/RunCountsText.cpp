#include "app/runs/RunCountsText.h"

#include <QCoreApplication>
#include <QStringList>

namespace fieldlink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::RunCountsText)
};

/// One count in words; `key` is its name in the counts object. Empty for a key not said here.
QString countText(const QString& key, int n, bool dryRun) {
    if (key == QLatin1String("created"))
        return dryRun ? Tr::tr("would create %Ln", nullptr, n) : Tr::tr("created %Ln", nullptr, n);
    if (key == QLatin1String("updated"))
        return dryRun ? Tr::tr("would update %Ln", nullptr, n) : Tr::tr("updated %Ln", nullptr, n);
    if (key == QLatin1String("removed"))
        return dryRun ? Tr::tr("would remove %Ln", nullptr, n) : Tr::tr("removed %Ln", nullptr, n);
    if (key == QLatin1String("enrolled"))
        return dryRun ? Tr::tr("would enrol %Ln in a cadence", nullptr, n)
                      : Tr::tr("enrolled %Ln in a cadence", nullptr, n);
    if (key == QLatin1String("unchanged"))
        return Tr::tr("%Ln unchanged", nullptr, n);
    if (key == QLatin1String("skipped"))
        return Tr::tr("%Ln skipped", nullptr, n);
    if (key == QLatin1String("conflicts"))
        return Tr::tr("%Ln held for review", nullptr, n);
    if (key == QLatin1String("failed"))
        return Tr::tr("%Ln failed", nullptr, n);
    if (key == QLatin1String("events"))
        return Tr::tr("%Ln call event(s)", nullptr, n);
    if (key == QLatin1String("notes"))
        return dryRun ? Tr::tr("would write %Ln note(s)", nullptr, n)
                      : Tr::tr("%Ln note(s) written", nullptr, n);
    if (key == QLatin1String("noteUpdates"))
        return Tr::tr("%Ln added to a call's note", nullptr, n);
    if (key == QLatin1String("contactsCreated"))
        return Tr::tr("%Ln contact(s) created", nullptr, n);
    if (key == QLatin1String("tasks"))
        return Tr::tr("%Ln task(s) created", nullptr, n);
    if (key == QLatin1String("tags"))
        return Tr::tr("%Ln tag change(s)", nullptr, n);
    if (key == QLatin1String("duplicates"))
        return Tr::tr("%Ln already done", nullptr, n);
    if (key == QLatin1String("reconciled"))
        return Tr::tr("%Ln found already written", nullptr, n);
    if (key == QLatin1String("planned"))
        return Tr::tr("%Ln planned", nullptr, n);
    return {};
}

} // namespace

QString runCountsText(const QJsonObject& counts, bool dryRun) {
    // In the order an admin asks: what was written, what was left alone, what needs a look.
    static const char* const order[] = {"events",     "created", "updated",     "removed",
                                        "enrolled",   "notes",   "noteUpdates", "contactsCreated",
                                        "tasks",      "tags",    "unchanged",   "duplicates",
                                        "reconciled", "skipped", "conflicts",   "failed"};
    QStringList parts;
    for (const char* key : order) {
        const int n = counts.value(QLatin1String(key)).toInt();
        if (n > 0)
            parts << countText(QLatin1String(key), n, dryRun);
    }
    // A sync's "planned" is all its records (said apart); a call-event dry run's planned actions count here.
    if (const int planned = counts.value(QLatin1String("planned")).toInt();
        planned > 0 && counts.contains(QLatin1String("events")))
        parts << countText(QStringLiteral("planned"), planned, dryRun);
    return parts.isEmpty() ? Tr::tr("nothing") : parts.join(QStringLiteral(", "));
}

} // namespace fieldlink
