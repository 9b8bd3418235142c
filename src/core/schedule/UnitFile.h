#pragma once

#include "core/Result.h"
#include "core/schedule/Schedule.h"

#include <QString>

namespace fieldlink::schedule {

/// The text of the systemd user units of a schedule, and the schedule read back from them. The service
/// carries the whole schedule as X-Fieldlink-* keys (systemd ignores keys starting with X-), so the units
/// are the record and nothing else needs to remember them.
class UnitFile {
public:
    /// The first line of every unit Fieldlink writes; only such units are listed, changed or removed.
    static QString marker();
    /// fieldlink-<name>.service: a oneshot sync (periodic), or a long-running watch that restarts on failure.
    static QString service(const Schedule& schedule);
    /// fieldlink-<name>.timer (periodic only).
    static QString timer(const Schedule& schedule);
    /// systemd's OnCalendar= for a period from Schedule::everyChoices().
    static QString onCalendar(int minutes);
    /// A unit's text back into the schedule; a failure when Fieldlink did not write it.
    static Result<Schedule> read(const QString& serviceText);

    /// One word of an Exec= line as systemd splits it: quoted when it has spaces or quotes, with '%' and
    /// '$' doubled (systemd would expand them as specifiers and variables).
    static QString execWord(const QString& word);
    /// A value systemd expands specifiers in (Description=): '%' doubled.
    static QString specifierSafe(const QString& text);
};

} // namespace fieldlink::schedule
