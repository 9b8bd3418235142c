// Keyboard and assistive access on every page of the main window, offscreen: each action and button can be
// reached from the keyboard (a shortcut, a mnemonic, or at least the Tab key), icon-only buttons have a name
// a screen reader can say, Tab visits each page in reading order, and Help → User Guide (F1) opens the guide.
#include "app/common/UserGuideDialog.h"
#include "app/shell/AppContext.h"
#include "app/shell/MainWindow.h"
#include "support/TestEnvironment.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>

using namespace fieldlink;

Q_DECLARE_METATYPE(fieldlink::MainWindow::Page)

namespace {

/// The letter after a single '&' ("Sa&ve" → 'V'), or none.
QChar mnemonicOf(const QString& text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) != QLatin1Char('&'))
            return text.at(i + 1).toUpper();
        ++i; // "&&" is a literal ampersand
    }
    return {};
}

QString describe(const QWidget* widget) {
    const auto* button = qobject_cast<const QAbstractButton*>(widget);
    return QStringLiteral("%1 \"%2\" (%3)")
        .arg(QLatin1String(widget->metaObject()->className()), button ? button->text() : QString(),
             widget->objectName());
}

/// `page`'s widgets that Tab stops at, in the order Tab visits them.
QList<QWidget*> tabChain(QWidget* page) {
    QList<QWidget*> chain;
    QWidget* window = page->window();
    for (QWidget* widget = window->nextInFocusChain(); widget != window;
         widget = widget->nextInFocusChain()) {
        if (page->isAncestorOf(widget) && widget->isVisible() && widget->isEnabled() &&
            (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy())
            chain << widget;
    }
    return chain;
}

/// Where a widget is on its page, in the page's coordinates.
QRect placeOn(QWidget* page, QWidget* widget) {
    return QRect(widget->mapTo(page, QPoint(0, 0)), widget->size());
}

} // namespace

class TestKeyboardAccess : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyMenuActionHasAShortcutOrMnemonic();
    void everyButtonIsReachableFromTheKeyboard_data();
    void everyButtonIsReachableFromTheKeyboard();
    void iconOnlyButtonsHaveAccessibleNames_data();
    void iconOnlyButtonsHaveAccessibleNames();
    void tabVisitsEachPageInReadingOrder_data();
    void tabVisitsEachPageInReadingOrder();
    void mnemonicsAreUniqueOnEachPage_data();
    void mnemonicsAreUniqueOnEachPage();
    void f1OpensTheUserGuide();
    void theScopesLinkOpensTheGuideWhereTheyAreSet();

private:
    void addPages();
    QWidget* showPage(MainWindow::Page page, const QString& tab = {});
    /// The visible buttons of the page shown, and of the window around it (the menu bar is not a button).
    QList<QAbstractButton*> visibleButtons(QWidget* page) const;

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
};

void TestKeyboardAccess::initTestCase() {
    m_context = std::make_unique<AppContext>(m_dir.filePath(QStringLiteral("keyboard.sqlite")));
    QVERIFY(m_context->open().ok());
    m_context->useSessionOnlySecrets(QStringLiteral("test"));
    m_window = std::make_unique<MainWindow>(*m_context);
    m_window->resize(1366, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // Every page with something on it: the sandbox connected and tested, its profile open.
    QSignalSpy ready(m_window.get(), &MainWindow::sandboxReady);
    m_window->startSandbox();
    QVERIFY(!ready.isEmpty() || ready.wait(15000));
    QCOMPARE(ready.at(0).at(0).toString(), QString());
}

void TestKeyboardAccess::cleanupTestCase() {
    m_window.reset();
    m_context.reset();
}

void TestKeyboardAccess::addPages() {
    QTest::addColumn<MainWindow::Page>("page");
    QTest::addColumn<QString>("tab"); ///< the object name of a tab page to show first
    QTest::newRow("welcome") << MainWindow::Page::Welcome << QString();
    QTest::newRow("connections") << MainWindow::Page::Connections << QString();
    QTest::newRow("mapping") << MainWindow::Page::Mapping << QString();
    QTest::newRow("mapping, routing") << MainWindow::Page::Mapping << QStringLiteral("routingPageWidget");
    QTest::newRow("test sync") << MainWindow::Page::TestSync << QString();
    QTest::newRow("history") << MainWindow::Page::History << QString();
}

QWidget* TestKeyboardAccess::showPage(MainWindow::Page page, const QString& tab) {
    m_window->showPage(page);
    auto* pages = m_window->findChild<QStackedWidget*>(QStringLiteral("pagesStackedWidget"));
    if (!tab.isEmpty()) {
        auto* tabPage = pages->currentWidget()->findChild<QWidget*>(tab);
        auto* tabs = tabPage ? qobject_cast<QTabWidget*>(tabPage->parentWidget()->parentWidget()) : nullptr;
        if (!tabs)
            qFatal("no tab %s", qPrintable(tab));
        tabs->setCurrentWidget(tabPage);
    }
    QApplication::processEvents();
    return pages->currentWidget();
}

QList<QAbstractButton*> TestKeyboardAccess::visibleButtons(QWidget* page) const {
    QList<QAbstractButton*> buttons;
    for (QAbstractButton* button : page->findChildren<QAbstractButton*>()) {
        // A scroll bar's or a header's inner buttons are part of their widget, not actions of their own.
        if (button->isVisible() && !button->objectName().startsWith(QLatin1String("qt_")) &&
            !button->inherits("QHeaderView") && !button->parentWidget()->inherits("QAbstractSpinBox") &&
            !button->parentWidget()->inherits("QTabBar") && !button->parentWidget()->inherits("QToolBar"))
            buttons << button;
    }
    return buttons;
}

void TestKeyboardAccess::everyMenuActionHasAShortcutOrMnemonic() {
    int checked = 0;
    for (QAction* menu : m_window->menuBar()->actions()) {
        QVERIFY2(!mnemonicOf(menu->text()).isNull(), qPrintable(menu->text()));
        for (QAction* action : menu->menu()->actions()) {
            if (action->isSeparator())
                continue;
            QVERIFY2(!mnemonicOf(action->text()).isNull() || !action->shortcut().isEmpty(),
                     qPrintable(action->text()));
            ++checked;
        }
    }
    QVERIFY(checked >= 8);
    // The shortcut is where the admin sees it: in the menu, and in the sidebar's tooltips.
    auto* guide = m_window->findChild<QAction*>(QStringLiteral("userGuideAction"));
    QVERIFY(guide);
    QCOMPARE(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
    auto* connections = m_window->findChild<QAction*>(QStringLiteral("connectionsAction"));
    QVERIFY2(connections->toolTip().contains(connections->shortcut().toString(QKeySequence::NativeText)),
             qPrintable(connections->toolTip()));
}

void TestKeyboardAccess::everyButtonIsReachableFromTheKeyboard_data() {
    addPages();
}

void TestKeyboardAccess::everyButtonIsReachableFromTheKeyboard() {
    QFETCH(MainWindow::Page, page);
    QFETCH(QString, tab);
    QWidget* shown = showPage(page, tab);
    const QList<QWidget*> chain = tabChain(shown);
    const QList<QAbstractButton*> buttons = visibleButtons(shown);
    QVERIFY(!buttons.isEmpty());
    QStringList unreachable;
    for (QAbstractButton* button : buttons) {
        // A push button is an action: it says its key (Alt+letter, or a shortcut). A tool button or check box
        // may instead be a stop of the Tab key.
        const bool hasKey = !mnemonicOf(button->text()).isNull() || !button->shortcut().isEmpty();
        const bool isAction = qobject_cast<QPushButton*>(button) != nullptr;
        if (!hasKey && (isAction || (!chain.contains(button) && button->isEnabled())))
            unreachable << describe(button);
    }
    QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable.join(QLatin1String(", "))));
}

void TestKeyboardAccess::iconOnlyButtonsHaveAccessibleNames_data() {
    addPages();
}

void TestKeyboardAccess::iconOnlyButtonsHaveAccessibleNames() {
    QFETCH(MainWindow::Page, page);
    QFETCH(QString, tab);
    QWidget* shown = showPage(page, tab);
    QList<QAbstractButton*> buttons = visibleButtons(shown);
    // The sidebar's buttons too: they show text under the icon today, and must keep a name if they ever
    // don't.
    for (QToolButton* button : m_window->findChildren<QToolButton*>()) {
        if (button->parentWidget()->inherits("QToolBar") && button->isVisible())
            buttons << button;
    }
    for (QAbstractButton* button : std::as_const(buttons)) {
        const auto* tool = qobject_cast<QToolButton*>(button);
        const bool iconOnly =
            !button->icon().isNull() &&
            (button->text().isEmpty() || (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly));
        if (!iconOnly)
            continue;
        const QString name = button->accessibleName().isEmpty() && tool && tool->defaultAction()
                                 ? tool->defaultAction()->text()
                                 : button->accessibleName();
        QVERIFY2(!name.isEmpty(), qPrintable(describe(button)));
    }
}

void TestKeyboardAccess::tabVisitsEachPageInReadingOrder_data() {
    addPages();
}

void TestKeyboardAccess::tabVisitsEachPageInReadingOrder() {
    QFETCH(MainWindow::Page, page);
    QFETCH(QString, tab);
    QWidget* shown = showPage(page, tab);
    const QList<QWidget*> chain = tabChain(shown);
    QVERIFY(chain.size() >= 2);
    QStringList jumps;
    // Reading order, widget by widget: of two in one column (they overlap across), the upper comes first; of
    // two in one row (they overlap down), the one on the left. Two that share neither are not compared: a
    // list on the left is read before the form on the right, whatever their heights.
    for (qsizetype later = 1; later < chain.size(); ++later) {
        for (qsizetype earlier = 0; earlier < later; ++earlier) {
            const QRect first = placeOn(shown, chain.at(earlier));
            const QRect second = placeOn(shown, chain.at(later));
            const bool sameColumn = first.left() < second.right() && second.left() < first.right();
            const bool sameRow = first.top() < second.bottom() && second.top() < first.bottom();
            const bool backUp = sameColumn && !sameRow && second.bottom() <= first.top();
            const bool backLeft = sameRow && !sameColumn && second.right() <= first.left();
            if (backUp || backLeft)
                jumps << QStringLiteral("Tab goes from %1 to %2, %3")
                             .arg(describe(chain.at(earlier)), describe(chain.at(later)),
                                  backUp ? QStringLiteral("above it") : QStringLiteral("left of it"));
        }
    }
    QVERIFY2(jumps.isEmpty(), qPrintable(jumps.join(QLatin1Char('\n'))));
}

void TestKeyboardAccess::mnemonicsAreUniqueOnEachPage_data() {
    addPages();
}

void TestKeyboardAccess::mnemonicsAreUniqueOnEachPage() {
    QFETCH(MainWindow::Page, page);
    QFETCH(QString, tab);
    QWidget* shown = showPage(page, tab);
    // Alt+letter is one key for the whole window: a page never takes a letter of the menu bar (Alt+F must
    // open File), and two buttons shown together never share one (Alt would only move the focus between
    // them).
    QHash<QChar, QString> menus;
    for (QAction* menu : m_window->menuBar()->actions())
        menus.insert(mnemonicOf(menu->text()), menu->text());
    QStringList texts;
    for (QLabel* label : shown->findChildren<QLabel*>()) {
        if (label->isVisible() && label->buddy())
            texts << label->text();
    }
    for (QTabWidget* tabs : shown->findChildren<QTabWidget*>()) {
        for (int index = 0; tabs->isVisible() && index < tabs->count(); ++index)
            texts << tabs->tabText(index);
    }
    QHash<QChar, QString> buttons;
    QStringList clashes;
    for (QAbstractButton* button : visibleButtons(shown)) {
        const QChar letter = mnemonicOf(button->text());
        if (letter.isNull())
            continue;
        if (buttons.contains(letter))
            clashes << QStringLiteral("Alt+%1: \"%2\" and \"%3\"")
                           .arg(letter)
                           .arg(buttons.value(letter), button->text());
        buttons.insert(letter, button->text());
        texts << button->text();
    }
    for (const QString& text : std::as_const(texts)) {
        const QChar letter = mnemonicOf(text);
        if (!letter.isNull() && menus.contains(letter))
            clashes << QStringLiteral("Alt+%1: \"%2\" and the menu \"%3\"")
                           .arg(letter)
                           .arg(text, menus.value(letter));
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1String(", "))));
}

void TestKeyboardAccess::f1OpensTheUserGuide() {
    showPage(MainWindow::Page::Connections);
    QTest::keySequence(m_window.get(), QKeySequence(QKeySequence::HelpContents));
    auto* guide = m_window->findChild<UserGuideDialog*>();
    QVERIFY(guide);
    QTRY_VERIFY(guide->isVisible());
    QCOMPARE(guide->currentDocument(), UserGuideDialog::userGuide());
    auto* text = guide->findChild<QTextBrowser*>(QStringLiteral("userGuideTextBrowser"));
    // The guide itself, rendered: its headings are headings, not "## Connections".
    const QString plain = text->toPlainText();
    QVERIFY2(plain.contains(QLatin1String("Connections")) && plain.contains(QLatin1String("Test Sync")),
             qPrintable(plain.left(200)));
    QVERIFY(!plain.contains(QLatin1String("## ")));
    bool headingFound = false;
    for (QTextBlock block = text->document()->begin(); block.isValid(); block = block.next())
        headingFound |=
            block.blockFormat().headingLevel() == 2 && block.text().startsWith(QLatin1String("Connections"));
    QVERIFY(headingFound);
    // F1 again raises the same window rather than opening another.
    QTest::keySequence(m_window.get(), QKeySequence(QKeySequence::HelpContents));
    QCOMPARE(m_window->findChildren<UserGuideDialog*>().size(), 1);
    guide->close();
}

void TestKeyboardAccess::theScopesLinkOpensTheGuideWhereTheyAreSet() {
    QWidget* page = showPage(MainWindow::Page::Connections);
    auto* scopes = page->findChild<QLabel*>(QStringLiteral("ghlScopesLabel"));
    QVERIFY(scopes && scopes->isVisible());
    for (const char* scope : {"contacts.readonly", "contacts.write", "locations/customFields.readonly"})
        QVERIFY2(scopes->text().contains(QLatin1String(scope)), qPrintable(scopes->text()));
    const QString link = scopes->text().section(QLatin1String("href=\""), 1).section(QLatin1Char('"'), 0, 0);
    QVERIFY(!link.isEmpty());
    Q_EMIT scopes->linkActivated(link);
    auto* guide = m_window->findChild<UserGuideDialog*>();
    QVERIFY(guide);
    QTRY_VERIFY(guide->isVisible());
    QCOMPARE(guide->currentDocument(), QStringLiteral("api.md"));
    auto* text = guide->findChild<QTextBrowser*>(QStringLiteral("userGuideTextBrowser"));
    // Scrolled to the section, which says where in HighLevel.
    QVERIFY(text->verticalScrollBar()->value() > 0);
    const QTextBlock at = text->textCursor().block();
    QVERIFY(at.blockFormat().headingLevel() > 0);
    QCOMPARE(UserGuideDialog::anchorOf(at.text()), QUrl(link).fragment());
    QVERIFY(text->toPlainText().contains(QStringLiteral("Settings → Private Integrations")));
    guide->close();
}

FIELDLINK_TEST_MAIN(TestKeyboardAccess, QApplication)
#include "TestKeyboardAccess.moc"
