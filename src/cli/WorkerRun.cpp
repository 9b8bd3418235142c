#include "cli/WorkerRun.h"

#include <QCoreApplication>

#include <unistd.h>

namespace fieldlink::cli {

TerminalProgressLine::TerminalProgressLine(QTextStream& err, bool wanted)
    : m_err(err)
    , m_shown(wanted && ::isatty(STDERR_FILENO) == 1) {
}

void TerminalProgressLine::show(const sync::RunProgress& progress) {
    if (!m_shown)
        return;
    m_err << '\r' << progress.toLine() << QStringLiteral("\x1b[K");
    m_err.flush();
}

void TerminalProgressLine::clear() {
    if (m_shown)
        m_err << '\r' << QStringLiteral("\x1b[K");
}

void reportStopMessage(const QString& message, QTextStream& err) {
    if (!message.isEmpty())
        err << QCoreApplication::translate("fieldlink::cli", "fieldlink-cli: %1").arg(message) << '\n';
}

} // namespace fieldlink::cli
