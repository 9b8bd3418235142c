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
    // Not <pre>, which never wraps: a long command would widen the page past a laptop's screen. Spaces are
    // kept as they are and the line wraps between words; a copied selection is the command unchanged.
    return QStringLiteral("<p style=\"font-family: monospace; white-space: pre-wrap;\">") +
           line(words).toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace fieldlink
