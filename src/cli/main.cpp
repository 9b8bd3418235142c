// fieldlink-cli: headless Fieldlink. Only wiring lives here.
#include "cli/CommandLine.h"
#include "core/Translations.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Fieldlink"));
    QCoreApplication::setOrganizationName(QStringLiteral("Fieldlink"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FIELDLINK_VERSION));
    fieldlink::installTranslations(application);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return fieldlink::cli::runCommandLine(arguments, out, err);
}
