// fieldlink: the desktop app. Only wiring lives here.
#include "EmbeddedSandbox.h"
#include "MainWindow.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char** argv) {
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Fieldlink"));
    QApplication::setOrganizationName(QStringLiteral("Fieldlink"));
    QApplication::setApplicationVersion(QStringLiteral(FIELDLINK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("fieldlink"));
    fieldlink::installTranslations(application);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Connects HighLevel to Kixie."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
                                           QApplication::translate("main", "Work on the built-in sandbox."));
    parser.addOption(sandboxOption);
    parser.process(application);

    fieldlink::MainWindow window;
    fieldlink::EmbeddedSandbox sandbox;
    if (parser.isSet(sandboxOption)) {
        QString error;
        if (!sandbox.start(&error)) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Fieldlink"), error);
            return 1;
        }
        window.useSandbox(&sandbox);
    }
    window.show();
    return QApplication::exec();
}
