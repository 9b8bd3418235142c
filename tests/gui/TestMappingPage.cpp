// The Mapping page on the offscreen platform, by keyboard alone: edit a source in place, undo and redo,
// add and remove a rule; validation follows every edit.
#include "app/mapping/MappingPage.h"
#include "app/mapping/ProfileDocument.h"
#include "app/mapping/models/RuleTableModel.h"
#include "app/shell/AppContext.h"
#include "support/TestEnvironment.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>

using namespace fieldlink;

class TestMappingPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void aSourceIsEditedByKeyboardAndUndone();
    void insertAddsARuleReadyToTypeAndDeleteRemovesIt();
    void validationFollowsEveryEdit();

private:
    QTableView* table() const { return m_page->findChild<QTableView*>(QStringLiteral("rulesTableView")); }
    QString validation() const {
        return m_page->findChild<QLabel*>(QStringLiteral("validationLabel"))->text();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MappingPage> m_page;
};

void TestMappingPage::init() {
    m_context = std::make_unique<AppContext>(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction()))));
    QVERIFY(m_context->open().ok());
    m_context->useSessionOnlySecrets(QStringLiteral("test"));
    m_page = std::make_unique<MappingPage>(*m_context);
    m_page->resize(1000, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->openProfile(QStringLiteral("ghl-contacts-to-kixie-powerlist"));
    table()->setFocus();
}

void TestMappingPage::cleanup() {
    m_page.reset();
    m_context.reset();
}

void TestMappingPage::aSourceIsEditedByKeyboardAndUndone() {
    QAbstractItemModel* model = table()->model();
    const QModelIndex source = model->index(1, RuleTableModel::SourcesColumn);
    const QString before = source.data().toString();
    table()->setCurrentIndex(source);
    QTest::keyClick(table(), Qt::Key_F2);
    auto* editor = table()->findChild<QLineEdit*>();
    QVERIFY(editor && editor->isVisible());
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("name"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The view commits an editor's data once back in the event loop.
    QTRY_COMPARE(source.data().toString(), QStringLiteral("name"));
    auto* undo = m_page->findChild<QToolButton*>(QStringLiteral("undoToolButton"));
    QVERIFY(undo->isEnabled());
    QVERIFY(undo->toolTip().contains(QLatin1String("name")) || undo->text().contains(QLatin1String("name")));
    QTest::keySequence(table(), QKeySequence::Undo);
    QCOMPARE(source.data().toString(), before);
    QVERIFY(!m_page->document()->isModified());
    QTest::keySequence(table(), QKeySequence::Redo);
    QCOMPARE(source.data().toString(), QStringLiteral("name"));
    QVERIFY(m_page->document()->isModified());
}

void TestMappingPage::insertAddsARuleReadyToTypeAndDeleteRemovesIt() {
    QAbstractItemModel* model = table()->model();
    const int rules = model->rowCount();
    table()->setCurrentIndex(model->index(2, RuleTableModel::TargetColumn));
    QTest::keyClick(table(), Qt::Key_Insert);
    QCOMPARE(model->rowCount(), rules + 1);
    auto* editor = table()->findChild<QLineEdit*>();
    QVERIFY(editor && editor->isVisible()); // typing the target at once, below the selected rule
    QTest::keyClicks(editor, QStringLiteral("extraData.Owner"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(model->index(3, RuleTableModel::TargetColumn).data(Qt::EditRole).toString(),
                 QStringLiteral("extraData.Owner"));
    table()->setCurrentIndex(model->index(3, RuleTableModel::SourcesColumn));
    QTest::keyClick(table(), Qt::Key_A); // any key starts editing, with that key
    auto* sourceEditor = table()->findChild<QLineEdit*>();
    QVERIFY(sourceEditor && sourceEditor->isVisible());
    QTest::keyClicks(sourceEditor, QStringLiteral("ssignedTo"));
    QTest::keyClick(sourceEditor, Qt::Key_Return);
    QTRY_COMPARE(m_page->document()->rule(3).value(QLatin1String("source")).toString(),
                 QStringLiteral("assignedTo"));
    table()->setCurrentIndex(model->index(3, RuleTableModel::TargetColumn));
    QTest::keyClick(table(), Qt::Key_Delete);
    QCOMPARE(model->rowCount(), rules);
    QTest::keySequence(table(), QKeySequence::Undo);
    QCOMPARE(model->index(3, RuleTableModel::SourcesColumn).data().toString(), QStringLiteral("assignedTo"));
}

void TestMappingPage::validationFollowsEveryEdit() {
    QVERIFY2(validation().startsWith(QLatin1String("Validates clean")), qPrintable(validation()));
    QAbstractItemModel* model = table()->model();
    // Unmap the phone: the required PowerList target is left without a source.
    const QModelIndex phone = model->index(0, RuleTableModel::SourcesColumn);
    QVERIFY(model->setData(phone, QString()));
    QVERIFY2(validation().contains(QLatin1String("Edited, not saved")), qPrintable(validation()));
    QVERIFY2(!validation().contains(QLatin1String("Validates clean")), qPrintable(validation()));
    QCOMPARE(model->index(0, RuleTableModel::StatusColumn).data(RuleTableModel::SeverityRole).toInt(),
             int(mapping::Severity::Error));
    m_page->document()->undoStack()->undo();
    QVERIFY2(validation().startsWith(QLatin1String("Validates clean")), qPrintable(validation()));
    QCOMPARE(model->index(0, RuleTableModel::StatusColumn).data(RuleTableModel::SeverityRole).toInt(), -1);
}

FIELDLINK_TEST_MAIN(TestMappingPage, QApplication)
#include "TestMappingPage.moc"
