#include "core/sync/RunWords.h"

#include <QLocale>
#include <QStringList>

namespace fieldlink::sync {
namespace {

/// The summary's order: what was written first, then what was left alone, then what needs a look.
const char* const countOrder[] = {"planned",         "created",   "updated",     "enrolled",   "removed",
                                  "events",          "notes",     "noteUpdates", "tasks",      "tags",
                                  "contactsCreated", "unchanged", "duplicates",  "reconciled", "skipped",
                                  "conflicts",       "failed"};

} // namespace

QString RunWords::action(const QString& key, bool dryRun) {
    if (key == QLatin1String("create"))
        return dryRun ? tr("Would create") : tr("Created");
    if (key == QLatin1String("update"))
        return dryRun ? tr("Would update") : tr("Updated");
    if (key == QLatin1String("remove"))
        return dryRun ? tr("Would remove") : tr("Removed");
    if (key == QLatin1String("enrol"))
        return dryRun ? tr("Would enrol in a cadence") : tr("Enrolled in a cadence");
    if (key == QLatin1String("unchanged"))
        return tr("Unchanged");
    if (key == QLatin1String("skip"))
        return tr("Skipped");
    if (key == QLatin1String("conflict"))
        return tr("Held for review");
    if (key == QLatin1String("failed"))
        return tr("Failed");
    // Call events into HighLevel: what one event of a call wrote.
    if (key == QLatin1String("note"))
        return dryRun ? tr("Would write a note") : tr("Note written");
    if (key == QLatin1String("task"))
        return dryRun ? tr("Would create a task") : tr("Task created");
    if (key == QLatin1String("tags"))
        return dryRun ? tr("Would add tags") : tr("Tags added");
    if (key == QLatin1String("contact"))
        return dryRun ? tr("Would create the caller's contact") : tr("Caller's contact created");
    if (key == QLatin1String("duplicate"))
        return tr("Already done (repeated event)");
    if (key == QLatin1String("reconciled"))
        return tr("Already in HighLevel");
    return key;
}

QString RunWords::count(const QString& key, int n, bool dryRun) {
    if (key == QLatin1String("planned"))
        return tr("%Ln planned", nullptr, n);
    if (key == QLatin1String("created"))
        return dryRun ? tr("%Ln would be created", nullptr, n) : tr("%Ln created", nullptr, n);
    if (key == QLatin1String("updated"))
        return dryRun ? tr("%Ln would be updated", nullptr, n) : tr("%Ln updated", nullptr, n);
    if (key == QLatin1String("enrolled"))
        return dryRun ? tr("%Ln would be enrolled in a cadence", nullptr, n)
                      : tr("%Ln enrolled in a cadence", nullptr, n);
    if (key == QLatin1String("removed"))
        return dryRun ? tr("%Ln would be removed", nullptr, n) : tr("%Ln removed", nullptr, n);
    if (key == QLatin1String("unchanged"))
        return tr("%Ln unchanged", nullptr, n);
    if (key == QLatin1String("skipped"))
        return tr("%Ln skipped", nullptr, n);
    if (key == QLatin1String("conflicts"))
        return tr("%Ln held for review", nullptr, n);
    if (key == QLatin1String("failed"))
        return tr("%Ln failed", nullptr, n);
    if (key == QLatin1String("events"))
        return tr("%Ln call event(s)", nullptr, n);
    if (key == QLatin1String("notes"))
        return dryRun ? tr("%Ln note(s) would be written", nullptr, n)
                      : tr("%Ln note(s) written", nullptr, n);
    if (key == QLatin1String("noteUpdates"))
        return tr("%Ln note(s) added to", nullptr, n);
    if (key == QLatin1String("tasks"))
        return tr("%Ln task(s) created", nullptr, n);
    if (key == QLatin1String("tags"))
        return tr("%Ln tag addition(s)", nullptr, n);
    if (key == QLatin1String("contactsCreated"))
        return tr("%Ln caller contact(s) created", nullptr, n);
    if (key == QLatin1String("duplicates"))
        return tr("%Ln repeated event(s) ignored", nullptr, n);
    if (key == QLatin1String("reconciled"))
        return tr("%Ln already in HighLevel", nullptr, n);
    return QLocale().toString(n) + QLatin1Char(' ') + key;
}

QString RunWords::summary(const QJsonObject& counts, bool dryRun) {
    QStringList parts;
    QStringList listed;
    // A sync's "planned" is all its records, which the other counts divide up; only a call-event run's
    // planned actions are a count of their own.
    const bool plannedIsACount = counts.contains(QLatin1String("events"));
    for (const char* key : countOrder) {
        const QString name = QLatin1String(key);
        listed << name;
        if (name == QLatin1String("planned") && !plannedIsACount)
            continue;
        if (const int n = counts.value(name).toInt(); n > 0)
            parts << count(name, n, dryRun);
    }
    // Counts a newer version added still show, after the known ones.
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (!listed.contains(it.key()) && it.value().isDouble() && it.value().toInt() > 0)
            parts << count(it.key(), it.value().toInt(), dryRun);
    }
    return parts.isEmpty() ? tr("nothing") : parts.join(tr(", ", "between the counts of a run"));
}

} // namespace fieldlink::sync
