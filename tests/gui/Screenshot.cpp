// fieldlink-screenshot FILE.png [connections|mapping|test-sync|history]: the main window on the built-in
// sandbox, after both connection tests, on the page given (Connections by default, as the README shows it).
// Renders on the offscreen platform, so no display is needed.
#include "app/connections/ConnectionsPage.h"
#include "app/shell/AppContext.h"
#include "app/shell/MainWindow.h"
#include "support/TestEnvironment.h"

#include <QApplication>
#include <QTimer>

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir& home = fieldlink::test::isolateUserEnvironment();
    QApplication application(argc, argv);
    const QStringList pages = {QStringLiteral("connections"), QStringLiteral("mapping"),
                               QStringLiteral("test-sync"), QStringLiteral("history")};
    const qsizetype pageIndex = argc == 3 ? pages.indexOf(QString::fromLocal8Bit(argv[2])) : 0;
    if (argc < 2 || argc > 3 || pageIndex < 0) {
        qCritical("usage: fieldlink-screenshot FILE.png [connections|mapping|test-sync|history]");
        return 2;
    }
    const QString output = QString::fromLocal8Bit(argv[1]);
    fieldlink::AppContext context(home.filePath(QStringLiteral("screenshot.sqlite")));
    if (const fieldlink::Result<> opened = context.open(); !opened) {
        qCritical("%s", qPrintable(opened.error()));
        return 1;
    }
    // As a user would see it: with a keychain when there is one (scripts/screenshot.sh provides a private
    // one).
    context.probeKeychain();
    fieldlink::MainWindow window(context);
    window.resize(1280, 860);
    window.show();
    auto* page = window.findChild<fieldlink::ConnectionsPage*>();
    int testsFinished = 0;
    QObject::connect(page, &fieldlink::ConnectionsPage::testFinished, &application, [&] {
        if (++testsFinished == 2)
            QTimer::singleShot(0, &application, [&] {
                window.showPage(static_cast<fieldlink::MainWindow::Page>(pageIndex + 1));
                const bool saved = window.grab().save(output);
                QApplication::exit(saved ? 0 : 1);
            });
    });
    window.startSandbox();
    return QApplication::exec();
}
