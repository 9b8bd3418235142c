#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QUrl>

namespace fieldlink::test {

/// `fieldlink-cli events --profile kixie-calls-to-ghl --listen PORT --db DATABASE --json` started as a real
/// process with `environment` (the sandbox's connection and the webhook secret). Returns the URL it listens
/// on, once it has said so, or an empty URL (after a warning with what it printed) when it did not start.
QUrl startListenerProcess(QProcess& process, const QString& cli, const QProcessEnvironment& environment,
                          const QString& database, quint16 port);

/// `fieldlink-cli events --inbox --db DATABASE --json`: the inbox's counts and malformed deliveries, or an
/// empty object when the command failed.
QJsonObject readInboxReport(const QString& cli, const QString& database);

/// The peak resident memory of a running process in KiB (VmHWM in /proc/<pid>/status), or -1.
qint64 peakResidentKiB(qint64 pid);

} // namespace fieldlink::test
