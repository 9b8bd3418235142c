// Every word the admin reads is translated. A pseudo-translator wraps each text that goes through tr() in
// ⟦…⟧; the window then runs on the built-in sandbox through its pages and states, and every visible text,
// tooltip, header, item and menu entry is read back. What is left outside the brackets must be data — names,
// numbers, ids, emails, phone numbers, links, field keys — never a word that bypassed tr().
#include "app/connections/ConnectionsPage.h"
#include "app/mapping/MappingPage.h"
#include "app/shell/AppContext.h"
#include "app/shell/EmbeddedSandbox.h"
#include "app/shell/MainWindow.h"
#include "app/testsync/SyncTestPage.h"
#include "core/mapping/FieldCatalog.h"
#include "support/HttpProbe.h"
#include "support/TestEnvironment.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialog>
#include <QDirIterator>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QTimer>
#include <QTranslator>

using namespace fieldlink;
using namespace fieldlink::test;

namespace {

const QChar openMark(0x27E6);  // ⟦
const QChar closeMark(0x27E7); // ⟧

/// Wraps every source text in ⟦…⟧, so that a text which went through tr() can be told from one which
/// did not. Plurals still work: Qt puts the count in after translating.
class PseudoTranslator : public QTranslator {
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char*, const char* sourceText, const char*, int) const override {
        if (!sourceText || !*sourceText)
            return {};
        return openMark + QString::fromUtf8(sourceText) + closeMark;
    }
};

/// `text` with every ⟦…⟧ (nested ones included) replaced by a line break: what is left was not
/// translated, in the pieces it came in.
QString untranslatedPart(const QString& text) {
    QString left;
    int depth = 0;
    for (const QChar c : text) {
        if (c == openMark) {
            if (depth++ == 0)
                left += QLatin1Char('\n');
        } else if (c == closeMark) {
            depth = std::max(0, depth - 1);
        } else if (depth == 0) {
            left += c;
        }
    }
    return left;
}

/// The words the data brings: contact names, companies, tags, list names, field keys, profile names.
class DataWords {
public:
    void addJson(const QJsonValue& value) {
        if (value.isString()) {
            addText(value.toString());
        } else if (value.isArray()) {
            for (const QJsonValue& item : value.toArray())
                addJson(item);
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                addText(it.key());
                addJson(it.value());
            }
        }
    }
    void addText(const QString& text) {
        m_whole.insert(text.trimmed());
        static const QRegularExpression word(QStringLiteral("[\\p{L}_][\\p{L}\\p{N}_'-]*"));
        for (QRegularExpressionMatchIterator it = word.globalMatch(text); it.hasNext();)
            m_words.insert(it.next().captured().toLower());
    }
    /// A piece of text that holds only data: whole data values, or words the data uses, between numbers,
    /// links, addresses and punctuation.
    bool isData(const QString& piece) const {
        static const QRegularExpression notWords(QStringLiteral(
            R"(https?://\S+|[\w.+-]+@[\w-]+(\.[\w-]+)+|\b[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\b)"));
        static const QRegularExpression word(
            QStringLiteral("[\\p{L}_][\\p{L}\\p{N}_'.-]*[\\p{L}\\p{N}_]|\\p{L}"));
        const QString trimmed = piece.trimmed();
        if (trimmed.isEmpty() || m_whole.contains(trimmed))
            return true;
        // A command to paste into a terminal is shown as the shell needs it.
        if (trimmed.startsWith(QLatin1String("fieldlink-cli ")) ||
            trimmed.startsWith(QLatin1String("fieldlink ")))
            return true;
        // JSON is data, shown as it is (a sample's related records, a payload behind "Show JSON").
        if ((trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('['))) &&
            !QJsonDocument::fromJson(trimmed.toUtf8()).isNull())
            return true;
        QString rest = trimmed;
        rest.replace(notWords, QStringLiteral(" "));
        for (QRegularExpressionMatchIterator it = word.globalMatch(rest); it.hasNext();) {
            const QString found = it.next().captured();
            // A single letter (an initial, "s" of a unit after a number) or an id mixing letters and digits.
            if (found.size() < 2 || found.contains(QRegularExpression(QStringLiteral("\\d"))))
                continue;
            // A key written in code style (firstName, custom_field, customFields.budget): data, never a
            // sentence.
            if (found.contains(QLatin1Char('_')) || found.contains(QLatin1Char('.')) ||
                found.contains(QRegularExpression(QStringLiteral("^[a-z]+[A-Z]"))))
                continue;
            if (!m_words.contains(found.toLower()))
                return false;
        }
        return true;
    }

private:
    QSet<QString> m_whole;
    QSet<QString> m_words;
};

QString plain(const QString& text) {
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

} // namespace

class TestEveryWordTranslated : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void theCheckTellsWordsFromData();
    void everyPageInEveryStateIsTranslated();

private:
    /// Reads every visible text of `window` (and its open popups) and records what was not translated.
    void collect(QWidget* window, const QString& state);
    void check(const QString& text, const QString& where);
    void collectModel(const QAbstractItemView* view, const QString& where);
    void collectMenus(QWidget* window, const QString& state);
    /// Clicks `buttonName`, reads the dialog it opens and closes it.
    void collectDialog(QWidget* window, const char* buttonName, const QString& state);
    void learnData();

    PseudoTranslator* m_translator = nullptr;
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
    DataWords m_data;
    QStringList m_untranslated;
    int m_translatedTexts = 0; ///< texts read that went through tr(): the walk did see the window
};

void TestEveryWordTranslated::initTestCase() {
    // Before any text is made: some are built once and kept (the transform descriptions).
    m_translator = new PseudoTranslator(this);
    QVERIFY(QCoreApplication::installTranslator(m_translator));
    m_context = std::make_unique<AppContext>(m_dir.filePath(QStringLiteral("words.sqlite")));
    QVERIFY(m_context->open().ok());
    m_context->useSessionOnlySecrets(QStringLiteral("test"));
}

void TestEveryWordTranslated::cleanupTestCase() {
    m_context.reset();
    QCoreApplication::removeTranslator(m_translator);
}

void TestEveryWordTranslated::theCheckTellsWordsFromData() {
    DataWords data;
    data.addText(QStringLiteral("Maria Garcia"));
    data.addText(QStringLiteral("Hot Leads"));
    QCOMPARE(untranslatedPart(QStringLiteral("⟦3 created⟧, ⟦1 ⟦nested⟧ updated⟧")), QStringLiteral("\n, \n"));
    for (const QString& piece :
         {QStringLiteral("Maria Garcia"), QStringLiteral("hot leads"), QStringLiteral("+1 415-555-2671"),
          QStringLiteral("maria@example.com"), QStringLiteral("https://example.com/x"),
          QStringLiteral("1,234 · 56"), QStringLiteral("customFields.budget"), QStringLiteral("loc_8f3a2"),
          QStringLiteral("ab12cd34")})
        QVERIFY2(data.isData(piece), qPrintable(piece));
    for (const QString& piece : {QStringLiteral("copy"), QStringLiteral("Maria was created"),
                                 QStringLiteral("OK"), QStringLiteral("3 create")})
        QVERIFY2(!data.isData(piece), qPrintable(piece));
}

void TestEveryWordTranslated::check(const QString& text, const QString& where) {
    if (text.contains(openMark))
        ++m_translatedTexts;
    const QString left = untranslatedPart(plain(text));
    if (m_data.isData(left)) // a value, or JSON, as a whole
        return;
    for (const QString& piece : left.split(QRegularExpression(QStringLiteral("\n| · | → |, |; |: |\\| "))))
        if (!m_data.isData(piece)) {
            // One line per finding: the page and widget, the piece left untranslated, the whole text.
            QString finding = where + QStringLiteral(": \"") + piece.trimmed() + QStringLiteral("\" in \"") +
                              text.left(160) + QLatin1Char('"');
            finding.replace(QLatin1Char('\n'), QChar(0x23CE));
            if (!m_untranslated.contains(finding))
                m_untranslated << finding;
            return;
        }
}

void TestEveryWordTranslated::collectModel(const QAbstractItemView* view, const QString& where) {
    const QAbstractItemModel* model = view->model();
    if (!model)
        return;
    for (int column = 0; column < model->columnCount(); ++column)
        check(model->headerData(column, Qt::Horizontal).toString(), where + QStringLiteral(" header"));
    // The first rows, and the first children of each: enough to see every kind a column shows.
    const auto visit = [&](const QModelIndex& parent, int rows, auto&& self) -> void {
        for (int row = 0; row < std::min(model->rowCount(parent), rows); ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                const QVariant display = index.data(Qt::DisplayRole);
                if (display.typeId() == QMetaType::QString)
                    check(display.toString(), where);
                check(index.data(Qt::ToolTipRole).toString(), where + QStringLiteral(" tooltip"));
                if (column == 0 && model->hasChildren(index))
                    self(index, 8, self);
            }
        }
    };
    visit({}, 40, visit);
}

void TestEveryWordTranslated::collectMenus(QWidget* window, const QString& state) {
    for (QMenu* menu : window->findChildren<QMenu*>()) {
        check(menu->title(), state + QStringLiteral(" menu"));
        for (QAction* action : menu->actions()) {
            check(action->text(), state + QStringLiteral(" menu ") + menu->objectName());
            check(action->toolTip() == QString(action->text()).remove(QLatin1Char('&')) ? QString()
                                                                                        : action->toolTip(),
                  state + QStringLiteral(" menu tooltip"));
        }
    }
}

void TestEveryWordTranslated::collect(QWidget* window, const QString& state) {
    QCoreApplication::processEvents();
    check(window->windowTitle(), state + QStringLiteral(" window title"));
    if (auto* main = qobject_cast<QMainWindow*>(window))
        check(main->statusBar()->currentMessage(), state + QStringLiteral(" status bar"));
    collectMenus(window, state);
    for (QWidget* widget : window->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(window))
            continue;
        const QString where = state + QLatin1Char(' ') + widget->objectName();
        check(widget->toolTip(), where + QStringLiteral(" tooltip"));
        check(widget->accessibleName(), where + QStringLiteral(" accessible name"));
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            check(label->text(), where);
            // A mnemonic on a label gives the focus to its buddy: without one the '&' shows or does nothing.
            static const QRegularExpression mnemonic(QStringLiteral("(^|[^&])&[^&\\s]"));
            if (label->textFormat() != Qt::RichText && !Qt::mightBeRichText(label->text()) &&
                label->text().contains(mnemonic) && !label->buddy())
                m_untranslated << where + QStringLiteral(": a label with a mnemonic and no buddy");
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            check(button->text(), where);
            if (auto* link = qobject_cast<QCommandLinkButton*>(widget))
                check(link->description(), where);
        } else if (auto* group = qobject_cast<QGroupBox*>(widget)) {
            check(group->title(), where);
        } else if (auto* tabs = qobject_cast<QTabWidget*>(widget)) {
            for (int tab = 0; tab < tabs->count(); ++tab) {
                check(tabs->tabText(tab), where);
                check(tabs->tabToolTip(tab), where);
            }
        } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            if (!combo->isEditable())
                for (int item = 0; item < combo->count(); ++item) {
                    check(combo->itemText(item), where);
                    check(combo->itemData(item, Qt::ToolTipRole).toString(),
                          where + QStringLiteral(" tooltip"));
                }
        } else if (auto* line = qobject_cast<QLineEdit*>(widget)) {
            check(line->placeholderText(), where + QStringLiteral(" placeholder"));
        } else if (auto* view = qobject_cast<QAbstractItemView*>(widget);
                   view && !qobject_cast<QHeaderView*>(widget)) { // a header is read with its view
            collectModel(view, where);
        }
    }
}

void TestEveryWordTranslated::collectDialog(QWidget* window, const char* buttonName, const QString& state) {
    auto* opener = window->findChild<QAbstractButton*>(QLatin1String(buttonName));
    QVERIFY2(opener && opener->isEnabled(), buttonName);
    bool read = false;
    // A dialog run with exec() blocks the click: it is read from inside its own event loop.
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!dialog || read)
            return;
        read = true;
        collect(dialog, state);
        dialog->reject();
    });
    poll.start();
    QTest::mouseClick(opener, Qt::LeftButton);
    QTRY_VERIFY2(read, buttonName);
}

void TestEveryWordTranslated::learnData() {
    // The sandbox's own world (contacts, tags, lists, cadences, agents) and what the app holds as data.
    HttpProbe probe(m_context->sandbox()->baseUrl());
    const HttpResult state = probe.get(QStringLiteral("/__sandbox/state"));
    QCOMPARE(state.status, 200);
    m_data.addJson(QJsonDocument::fromJson(state.body).object());
    m_data.addJson(m_context->sandbox()->credentials());
    for (const mapping::Direction direction :
         {mapping::Direction::GhlToKixie, mapping::Direction::KixieToGhl})
        for (const mapping::FieldCatalog& catalog :
             {mapping::FieldCatalog::sourcesFor(direction), mapping::FieldCatalog::targetsFor(direction)})
            for (const mapping::CatalogField& field : catalog.fields())
                m_data.addText(field.path);
    // The default profiles' names, routes and values are the profile's data; their descriptions are not.
    QDirIterator profiles(QStringLiteral(":/profiles"), {QStringLiteral("*.json")}, QDir::Files);
    while (profiles.hasNext()) {
        QFile file(profiles.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject profile = QJsonDocument::fromJson(file.readAll()).object();
        profile.remove(QLatin1String("description"));
        m_data.addJson(profile);
    }
    // The location's custom fields, named by the admin in HighLevel.
    const QJsonObject ghl = m_context->sandbox()->credentials().value(QLatin1String("ghl")).toObject();
    probe.setGhlToken(ghl.value(QLatin1String("token")).toString());
    const HttpResult customFields = probe.ghl(
        "GET",
        QStringLiteral("/locations/%1/customFields").arg(ghl.value(QLatin1String("locationId")).toString()));
    QCOMPARE(customFields.status, 200);
    m_data.addJson(customFields.json());
    // Values as samples show them, names of products and HTTP methods (in the request trace), and what
    // QLocale writes in a date.
    for (const char* word : {"true", "false", "null", "HighLevel", "Kixie", "Fieldlink", "GHL", "GET", "POST",
                             "PUT", "PATCH", "DELETE"})
        m_data.addText(QLatin1String(word));
    const QLocale locale;
    for (int month = 1; month <= 12; ++month)
        m_data.addText(locale.monthName(month, QLocale::ShortFormat) + QLatin1Char(' ') +
                       locale.monthName(month));
    for (int day = 1; day <= 7; ++day)
        m_data.addText(locale.dayName(day, QLocale::ShortFormat) + QLatin1Char(' ') + locale.dayName(day));
    m_data.addText(locale.amText() + QLatin1Char(' ') + locale.pmText());
    m_data.addText(QStringLiteral("Sandbox")); // the connection's name, as the admin could rename it
    m_data.addText(m_context->databasePath());
    m_data.addText(QStringLiteral("fieldlink-cli")); // the command-line program, in the commands shown
}

void TestEveryWordTranslated::everyPageInEveryStateIsTranslated() {
    MainWindow window(*m_context);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    collect(&window, QStringLiteral("Welcome"));

    QSignalSpy ready(&window, &MainWindow::sandboxReady);
    QSignalSpy tested(window.findChild<ConnectionsPage*>(), &ConnectionsPage::testFinished);
    window.startSandbox();
    QVERIFY(!ready.isEmpty() || ready.wait(20000));
    QCOMPARE(ready.at(0).at(0).toString(), QString());
    learnData();
    QTRY_VERIFY_WITH_TIMEOUT(tested.size() >= 2, 30000); // both sides' reports
    collect(&window, QStringLiteral("Connections"));

    window.showPage(MainWindow::Page::Mapping);
    auto* mapping = window.findChild<MappingPage*>();
    collect(&window, QStringLiteral("Mapping"));
    QSignalSpy fetched(mapping, &MappingPage::samplesFetched);
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("fetchSamplesPushButton")),
                      Qt::LeftButton);
    QVERIFY(!fetched.isEmpty() || fetched.wait(20000));
    auto* rules = window.findChild<QAbstractItemView*>(QStringLiteral("rulesTableView"));
    // Each rule in turn, so that the transform editor shows every kind of step the profile uses.
    for (int row = 0; row < rules->model()->rowCount(); ++row) {
        rules->setCurrentIndex(rules->model()->index(row, 0));
        collect(&window, QStringLiteral("Mapping, samples fetched, rule %1").arg(row));
    }
    collectDialog(&window, "pickSourcePushButton", QStringLiteral("Mapping, source picker"));
    collectDialog(&window, "pickTargetPushButton", QStringLiteral("Mapping, target picker"));
    collectDialog(&window, "autoMatchPushButton", QStringLiteral("Mapping, auto-match"));
    if (auto* editors = window.findChild<QTabWidget*>(QStringLiteral("ruleDetailTabWidget"))) {
        for (int tab = 0; tab < editors->count(); ++tab) {
            editors->setCurrentIndex(tab);
            collect(&window, QStringLiteral("Mapping, editor tab %1").arg(tab));
        }
    }

    if (auto* results = window.findChild<QTabWidget*>(QStringLiteral("resultsTabWidget"))) {
        for (int tab = 0; tab < results->count(); ++tab) {
            results->setCurrentIndex(tab);
            collect(&window, QStringLiteral("Mapping, results tab %1").arg(tab));
        }
    }

    window.showPage(MainWindow::Page::TestSync);
    auto* testSync = window.findChild<SyncTestPage*>();
    collect(&window, QStringLiteral("Test Sync"));
    QSignalSpy finished(testSync, &SyncTestPage::runFinished);
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("dryRunPushButton")), Qt::LeftButton);
    QVERIFY(!finished.isEmpty() || finished.wait(60000));
    collect(&window, QStringLiteral("Test Sync, dry run done"));
    auto* plan = window.findChild<QAbstractItemView*>(QStringLiteral("planTableView"));
    for (int row = 0; row < std::min(plan->model()->rowCount(), 6); ++row) {
        plan->setCurrentIndex(plan->model()->index(row, 0));
        collect(&window, QStringLiteral("Test Sync, record %1").arg(row));
    }

    // The other direction: call events into HighLevel, with its own panel and profile.
    auto* records = window.findChild<QComboBox*>(QStringLiteral("recordsComboBox"));
    records->setCurrentIndex(records->count() - 1);
    collect(&window, QStringLiteral("Test Sync, call events"));
    records->setCurrentIndex(0);

    window.showPage(MainWindow::Page::History);
    auto* runs = window.findChild<QAbstractItemView*>(QStringLiteral("runTableView"));
    QTRY_VERIFY(runs && runs->model()->rowCount() > 0);
    runs->setCurrentIndex(runs->model()->index(0, 0));
    collect(&window, QStringLiteral("History, a run chosen"));

    // Last, as it leaves a connection half-made: the form for a new one, in each way to sign in.
    window.showPage(MainWindow::Page::Connections);
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("newConnectionPushButton")),
                      Qt::LeftButton);
    collect(&window, QStringLiteral("Connections, a new one"));
    auto* signIn = window.findChild<QComboBox*>(QStringLiteral("ghlAuthComboBox"));
    for (int way = 0; way < signIn->count(); ++way) {
        signIn->setCurrentIndex(way);
        collect(&window, QStringLiteral("Connections, a new one, sign-in %1").arg(way));
    }

    QVERIFY2(m_translatedTexts > 500, qPrintable(QString::number(m_translatedTexts)));
    for (const QString& finding : std::as_const(m_untranslated))
        qInfo().noquote() << "not through tr():" << finding;
    QVERIFY2(
        m_untranslated.isEmpty(),
        qPrintable(QStringLiteral("%1 text(s) not through tr(), the first:\n").arg(m_untranslated.size()) +
                   QStringList(m_untranslated.mid(0, 10)).join(QLatin1Char('\n'))));
}

FIELDLINK_TEST_MAIN(TestEveryWordTranslated, QApplication)
#include "TestEveryWordTranslated.moc"
