// fieldlink-screenshot OUTDIR [--lang CODE] [--dark] [--suffix TEXT]: the main window on the built-in sandbox
// at 1366×768 (a common laptop), page by page, as the README shows it:
//   connections  both connection tests passed
//   mapping      samples fetched from the sandbox
//   test-sync    after a dry run of 25 contacts, the first record selected
//   history      that run selected
// into OUTDIR/<page>-<lang><suffix>.png. --lang loads that translation (as the app does for the system's
// language); --dark uses a dark Fusion palette. The scale factor is QT_SCALE_FACTOR's (scripts/screenshot.sh
// --scale). Renders on the offscreen platform, so no display is needed.
#include "app/connections/ConnectionsPage.h"
#include "app/mapping/MappingPage.h"
#include "app/shell/AppContext.h"
#include "app/shell/MainWindow.h"
#include "app/testsync/SyncTestPage.h"
#include "core/Translations.h"
#include "support/TestEnvironment.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QPushButton>
#include <QSettings>
#include <QStyleFactory>
#include <QTableView>
#include <QTimer>

#include <functional>

namespace {

using fieldlink::MainWindow;

QPalette darkPalette() {
    QPalette palette;
    const QColor window(45, 45, 48), base(30, 30, 32), text(230, 230, 230), disabled(130, 130, 130);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::red);
    palette.setColor(QPalette::Link, QColor(100, 170, 255));
    palette.setColor(QPalette::Highlight, QColor(42, 130, 218));
    palette.setColor(QPalette::HighlightedText, Qt::black);
    palette.setColor(QPalette::PlaceholderText, disabled);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    return palette;
}

/// Walks the pages one after the other, each when the data it shows has arrived.
class Tour : public QObject {
public:
    Tour(MainWindow& window, QString directory, QString name)
        : m_window(window)
        , m_directory(std::move(directory))
        , m_name(std::move(name)) {}

    void connectionsTested() {
        if (++m_testsFinished != 2)
            return;
        QTimer::singleShot(0, this, [this] {
            save(MainWindow::Page::Connections, QStringLiteral("connections"));
            auto* mapping = m_window.findChild<fieldlink::MappingPage*>();
            connect(mapping, &fieldlink::MappingPage::samplesFetched, this, &Tour::samplesFetched,
                    Qt::SingleShotConnection);
            m_window.showPage(MainWindow::Page::Mapping);
            mapping->fetchSamples();
        });
    }

private:
    void samplesFetched(const QString& error) {
        if (!error.isEmpty())
            return fail(error);
        save(MainWindow::Page::Mapping, QStringLiteral("mapping"));
        auto* page = m_window.findChild<fieldlink::SyncTestPage*>();
        connect(page, &fieldlink::SyncTestPage::runFinished, this, &Tour::dryRunFinished,
                Qt::SingleShotConnection);
        m_window.showPage(MainWindow::Page::TestSync);
        m_window.findChild<QPushButton*>(QStringLiteral("dryRunPushButton"))->click();
    }

    void dryRunFinished() {
        QTimer::singleShot(0, this, [this] {
            m_window.findChild<QTableView*>(QStringLiteral("planTableView"))->selectRow(0);
            save(MainWindow::Page::TestSync, QStringLiteral("test-sync"));
            m_window.showPage(MainWindow::Page::History);
            QTimer::singleShot(0, this, [this] {
                m_window.findChild<QTableView*>(QStringLiteral("runTableView"))->selectRow(0);
                save(MainWindow::Page::History, QStringLiteral("history"));
                QApplication::exit(m_failed ? 1 : 0);
            });
        });
    }

    void save(MainWindow::Page page, const QString& pageName) {
        m_window.showPage(page);
        QCoreApplication::sendPostedEvents();
        const QString file =
            QDir(m_directory).filePath(pageName + QLatin1Char('-') + m_name + QStringLiteral(".png"));
        if (m_window.grab().save(file))
            qInfo("wrote %s", qPrintable(file));
        else
            fail(QStringLiteral("could not write %1").arg(file));
    }

    void fail(const QString& why) {
        qCritical("%s", qPrintable(why));
        m_failed = true;
        QApplication::exit(1);
    }

    MainWindow& m_window;
    QString m_directory;
    QString m_name;
    int m_testsFinished = 0;
    bool m_failed = false;
};

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir& home = fieldlink::test::isolateUserEnvironment();
    QApplication application(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("OUTDIR"), QStringLiteral("Where the pictures are written."));
    const QCommandLineOption language(QStringLiteral("lang"), QStringLiteral("Language, e.g. es."),
                                      QStringLiteral("CODE"), QStringLiteral("en"));
    const QCommandLineOption dark(QStringLiteral("dark"), QStringLiteral("A dark Fusion palette."));
    const QCommandLineOption suffix(QStringLiteral("suffix"), QStringLiteral("Appended to each file's name."),
                                    QStringLiteral("TEXT"));
    parser.addOptions({language, dark, suffix});
    parser.addHelpOption();
    parser.process(application);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString directory = parser.positionalArguments().constFirst();
    QDir().mkpath(directory);

    // Qt's test mode keeps settings in one shared place: the pictures show the layout a new admin gets.
    for (const char* group : {"mainWindow", "mapping"})
        QSettings().remove(QLatin1String(group));

    const QLocale locale(parser.value(language));
    QLocale::setDefault(locale);
    fieldlink::installTranslations(application, locale);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (parser.isSet(dark))
        QApplication::setPalette(darkPalette());

    fieldlink::AppContext context(home.filePath(QStringLiteral("screenshot.sqlite")));
    if (const fieldlink::Result<> opened = context.open(); !opened) {
        qCritical("%s", qPrintable(opened.error()));
        return 1;
    }
    // As a user would see it: with a keychain when there is one (scripts/screenshot.sh provides a private
    // one).
    context.probeKeychain();
    MainWindow window(context);
    window.resize(1366, 768);
    window.show();
    Tour tour(window, directory, parser.value(language) + parser.value(suffix));
    QObject::connect(window.findChild<fieldlink::ConnectionsPage*>(),
                     &fieldlink::ConnectionsPage::testFinished, &tour, &Tour::connectionsTested);
    window.startSandbox();
    return QApplication::exec();
}
