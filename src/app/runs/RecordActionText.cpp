#include "app/runs/RecordActionText.h"

#include <QCoreApplication>

namespace fieldlink {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::RecordActionText)
};

QString doneText(const QString& action) {
    if (action == QLatin1String("create"))
        return Tr::tr("Created");
    if (action == QLatin1String("update"))
        return Tr::tr("Updated");
    if (action == QLatin1String("remove"))
        return Tr::tr("Removed");
    if (action == QLatin1String("enrol"))
        return Tr::tr("Enrolled in cadence");
    if (action == QLatin1String("note"))
        return Tr::tr("Note written");
    if (action == QLatin1String("task"))
        return Tr::tr("Task created");
    if (action == QLatin1String("tags"))
        return Tr::tr("Tags added");
    if (action == QLatin1String("contact"))
        return Tr::tr("Contact created");
    return {};
}

QString wouldText(const QString& action) {
    if (action == QLatin1String("create"))
        return Tr::tr("Would create");
    if (action == QLatin1String("update"))
        return Tr::tr("Would update");
    if (action == QLatin1String("remove"))
        return Tr::tr("Would remove");
    if (action == QLatin1String("enrol"))
        return Tr::tr("Would enrol in cadence");
    if (action == QLatin1String("note"))
        return Tr::tr("Would write a note");
    if (action == QLatin1String("task"))
        return Tr::tr("Would create a task");
    if (action == QLatin1String("tags"))
        return Tr::tr("Would add tags");
    if (action == QLatin1String("contact"))
        return Tr::tr("Would create the contact");
    return {};
}

} // namespace

QString recordActionText(const QString& action, bool dryRun) {
    if (const QString text = dryRun ? wouldText(action) : doneText(action); !text.isEmpty())
        return text;
    if (action == QLatin1String("unchanged"))
        return Tr::tr("Unchanged");
    if (action == QLatin1String("skip"))
        return Tr::tr("Skipped");
    if (action == QLatin1String("conflict"))
        return Tr::tr("Conflict (held for review)");
    if (action == QLatin1String("failed"))
        return Tr::tr("Failed");
    if (action == QLatin1String("duplicate"))
        return Tr::tr("Already done");
    if (action == QLatin1String("reconciled"))
        return Tr::tr("Found already written");
    return action;
}

bool recordActionSucceeded(const QString& action) {
    return action != QLatin1String("failed") && action != QLatin1String("skip") &&
           action != QLatin1String("conflict");
}

} // namespace fieldlink
