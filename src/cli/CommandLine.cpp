#include "CommandLine.h"

#include <QCoreApplication>

namespace fieldlink::cli {
namespace {

QString usage()
{
    return QCoreApplication::translate("fieldlink::cli",
                                       "Usage: fieldlink-cli <command> [options]\n\n"
                                       "Runs Fieldlink headless, from a terminal, cron or a systemd timer.\n\n"
                                       "Options:\n"
                                       "  --help       Show this help.\n"
                                       "  --version    Show the version.\n");
}

} // namespace

int runCommandLine(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    if (arguments.isEmpty()) {
        err << usage();
        return UsageError;
    }
    const QString& command = arguments.constFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        out << usage();
        return Success;
    }
    if (command == QLatin1String("--version")) {
        out << QStringLiteral("fieldlink-cli %1\n").arg(QStringLiteral(FIELDLINK_VERSION));
        return Success;
    }
    err << QCoreApplication::translate("fieldlink::cli", "fieldlink-cli: unknown command '%1'\n\n").arg(command)
        << usage();
    return UsageError;
}

} // namespace fieldlink::cli
