#pragma once

#include "core/schedule/Schedule.h"

#include <QStringList>

namespace fieldlink::schedule {

/// Where no user systemd runs: the crontab lines that run a schedule, for the admin to add with
/// `crontab -e`. Fieldlink never edits a crontab itself.
class CrontabLine {
public:
    /// A periodic sync: one line at its period. A watch: an @reboot line that starts it with the computer
    /// (cron does not restart it when it stops).
    static QStringList lines(const Schedule& schedule,
                             const QString& runtimeDirectory = defaultRuntimeDirectory());
    /// The five time fields for a period from Schedule::everyChoices(): "*/15 * * * *".
    static QString timeFields(int minutes);
    /// $XDG_RUNTIME_DIR, else /run/user/<uid>: where the session bus that reaches the keychain listens.
    static QString defaultRuntimeDirectory();
    /// One shell word, quoted when needed, with '%' escaped (cron turns a bare '%' into a line break).
    static QString word(const QString& word);
};

} // namespace fieldlink::schedule
