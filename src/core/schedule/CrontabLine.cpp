#include "core/schedule/CrontabLine.h"

#include <QRegularExpression>

#include <unistd.h>

namespace fieldlink::schedule {

QString CrontabLine::word(const QString& word) {
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@,+-]+$"));
    QString quoted = word;
    if (!plain.match(word).hasMatch()) {
        quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
        quoted = QLatin1Char('\'') + quoted + QLatin1Char('\'');
    }
    return quoted.replace(QLatin1Char('%'), QLatin1String("\\%"));
}

QString CrontabLine::timeFields(int minutes) {
    if (minutes == 1440)
        return QStringLiteral("0 0 * * *");
    if (minutes == 60)
        return QStringLiteral("0 * * * *");
    if (minutes % 60 == 0)
        return QStringLiteral("0 */%1 * * *").arg(minutes / 60);
    return QStringLiteral("*/%1 * * * *").arg(minutes);
}

QString CrontabLine::defaultRuntimeDirectory() {
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return runtime.isEmpty() ? QStringLiteral("/run/user/%1").arg(getuid()) : runtime;
}

QStringList CrontabLine::lines(const Schedule& schedule, const QString& runtimeDirectory) {
    // cron starts jobs without the login session's bus; fieldlink-cli finds the keychain through it.
    QStringList words{QStringLiteral("DBUS_SESSION_BUS_ADDRESS=unix:path=") + runtimeDirectory +
                      QStringLiteral("/bus")};
    for (const QString& each : schedule.commandWords())
        words << each;
    QStringList quoted;
    for (const QString& each : words)
        quoted << word(each);
    const QString command = quoted.join(QLatin1Char(' '));
    if (schedule.kind == Schedule::Kind::Watch)
        return {QStringLiteral("@reboot ") + command};
    return {timeFields(schedule.everyMinutes) + QLatin1Char(' ') + command};
}

} // namespace fieldlink::schedule
