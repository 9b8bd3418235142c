#include "app/runs/ShellCommand.h"

#include <QRegularExpression>

namespace fieldlink {

QString ShellCommand::word(const QString& word) {
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=@-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString ShellCommand::line(const QStringList& words) {
    QStringList quoted;
    for (const QString& each : words)
        quoted << word(each);
    return quoted.join(QLatin1Char(' '));
}

QString ShellCommand::htmlBlock(const QStringList& words) {
    return QStringLiteral("<pre>") + line(words).toHtmlEscaped() + QStringLiteral("</pre>");
}

} // namespace fieldlink
