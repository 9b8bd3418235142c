#include "support/ListenerProcess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtDebug>

namespace fieldlink::test {

QUrl startListenerProcess(QProcess& process, const QString& cli, const QProcessEnvironment& environment,
                          const QString& database, quint16 port) {
    process.setProcessEnvironment(environment);
    process.setReadChannel(QProcess::StandardError);
    process.start(cli, {QStringLiteral("events"), QStringLiteral("--profile"),
                        QStringLiteral("kixie-calls-to-ghl"), QStringLiteral("--listen"),
                        QString::number(port), QStringLiteral("--db"), database, QStringLiteral("--json")});
    static const QRegularExpression listening(QStringLiteral("Listening for Kixie webhooks on (\\S+)"));
    QByteArray errors;
    const QDeadlineTimer deadline(20000);
    // Waiting on the process's own words, not on time.
    while (!deadline.hasExpired() && process.waitForReadyRead(int(deadline.remainingTime()))) {
        errors += process.readAllStandardError();
        const QRegularExpressionMatch match = listening.match(QString::fromUtf8(errors));
        if (match.hasMatch())
            return QUrl(match.captured(1));
    }
    qWarning() << "the listener did not start:" << errors;
    return {};
}

QJsonObject readInboxReport(const QString& cli, const QString& database) {
    QProcess report;
    report.start(cli, {QStringLiteral("events"), QStringLiteral("--inbox"), QStringLiteral("--db"), database,
                       QStringLiteral("--json")});
    if (!report.waitForFinished(20000) || report.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(report.readAllStandardOutput().trimmed().split('\n').constLast()).object();
}

qint64 peakResidentKiB(qint64 pid) {
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression line(QStringLiteral("VmHWM:\\s+(\\d+)\\s+kB"));
    const QRegularExpressionMatch match = line.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

} // namespace fieldlink::test
