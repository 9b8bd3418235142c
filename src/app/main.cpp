// fieldlink: the desktop app. Only wiring lives here.
#include "app/shell/AppContext.h"
#include "app/shell/MainWindow.h"
#include "core/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char** argv) {
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Fieldlink"));
    QApplication::setOrganizationName(QStringLiteral("Fieldlink"));
    QApplication::setApplicationVersion(QStringLiteral(FIELDLINK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.fieldlink.Fieldlink"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/fieldlink.svg")));
    fieldlink::installTranslations(application);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Connects HighLevel to Kixie."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
                                           QApplication::translate("main", "Work on the built-in sandbox."));
    const QCommandLineOption databaseOption(
        QStringLiteral("db"),
        QApplication::translate("main", "Use this database instead of the default one."),
        QApplication::translate("main", "FILE"), fieldlink::store::Database::defaultPath());
    const QCommandLineOption noKeychainOption(
        QStringLiteral("no-keychain"),
        QApplication::translate("main",
                                "Keep secrets for this session only; do not use the system keychain."));
    parser.addOptions({sandboxOption, databaseOption, noKeychainOption});
    parser.process(application);

    fieldlink::AppContext context(parser.value(databaseOption));
    if (const fieldlink::Result<> opened = context.open(); !opened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Fieldlink"), opened.error());
        return 1;
    }
    if (parser.isSet(noKeychainOption))
        context.useSessionOnlySecrets(QApplication::translate("main", "--no-keychain was given"));
    else
        context.probeKeychain();

    fieldlink::MainWindow window(context);
    window.show();
    if (parser.isSet(sandboxOption))
        window.startSandbox();
    return QApplication::exec();
}
