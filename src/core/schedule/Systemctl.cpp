#include "core/schedule/Systemctl.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>

namespace fieldlink::schedule {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fieldlink::schedule)
};

const QString program = QStringLiteral("systemctl");

QStringList userArguments(const QStringList& arguments) {
    return QStringList{QStringLiteral("--user")} + arguments;
}

} // namespace

CommandRunner processRunner(int timeoutMs) {
    return [timeoutMs](const QString& name, const QStringList& arguments) {
        QProcess process;
        process.start(name, arguments);
        ProcessOutput result;
        result.started = process.waitForStarted(timeoutMs);
        if (!result.started)
            return result;
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished(1000);
            result.errors =
                Tr::tr("%1 did not answer within %n second(s).", nullptr, timeoutMs / 1000).arg(name);
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.output = QString::fromLocal8Bit(process.readAllStandardOutput());
        result.errors = QString::fromLocal8Bit(process.readAllStandardError());
        return result;
    };
}

Systemctl::Systemctl(CommandRunner runner, QString runtimeDirectory)
    : m_runner(std::move(runner))
    , m_runtimeDirectory(std::move(runtimeDirectory)) {
}

bool Systemctl::userManagerRunning() const {
    // The manager's private socket directory: without it `systemctl --user` has nothing to talk to.
    if (m_runtimeDirectory.isEmpty() || !QDir(m_runtimeDirectory).exists(QStringLiteral("systemd")))
        return false;
    const ProcessOutput answer = m_runner(program, userArguments({QStringLiteral("is-system-running")}));
    const QString state = answer.output.trimmed();
    return answer.started && (state == QLatin1String("running") || state == QLatin1String("degraded") ||
                              state == QLatin1String("starting") || state == QLatin1String("initializing") ||
                              state == QLatin1String("maintenance"));
}

QString Systemctl::notRunningReason() {
    return Tr::tr(
        "Your user's systemd is not running here (as on many servers and containers), so Fieldlink "
        "cannot set up the schedule itself. Add the line below to your crontab instead (crontab -e).");
}

Result<> Systemctl::run(const QStringList& arguments) const {
    const ProcessOutput answer = m_runner(program, userArguments(arguments));
    if (!answer.started)
        return Failure{Tr::tr("systemctl could not be started; is systemd installed?")};
    if (answer.exitCode != 0)
        return Failure{
            Tr::tr("systemctl --user %1 failed: %2")
                .arg(arguments.join(QLatin1Char(' ')), answer.errors.trimmed().isEmpty()
                                                           ? Tr::tr("exit code %1").arg(answer.exitCode)
                                                           : answer.errors.trimmed())};
    return {};
}

QString Systemctl::query(const QStringList& arguments) const {
    return m_runner(program, userArguments(arguments)).output.trimmed();
}

} // namespace fieldlink::schedule
